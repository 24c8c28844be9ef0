/**
 * Advance widths straight from a TrueType/OpenType file (tables cmap, hmtx, hhea, head), so
 * fit.ts can tell how many lines a title takes at a given size without drawing it. Kerning is
 * left out: it only narrows text, so a measure without it errs on the safe (wider) side.
 */

export interface FontMetrics {
  /** Width of the text in em units of the font (multiply by the font size for pixels). */
  widthEm(text: string): number;
}

function tables(view: DataView): Map<string, number> {
  const out = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    out.set(tag, view.getUint32(record + 8));
  }
  return out;
}

/** Code point → glyph id, from the Unicode cmap subtable (format 12 preferred, else 4). */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = offset;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 ??= offset;
  }
  if (format12 !== undefined) {
    const table = format12;
    const groups = view.getUint32(table + 12);
    return (codePoint) => {
      let low = 0;
      let high = groups - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const group = table + 16 + mid * 12;
        const start = view.getUint32(group);
        const end = view.getUint32(group + 4);
        if (codePoint < start) high = mid - 1;
        else if (codePoint > end) low = mid + 1;
        else return view.getUint32(group + 8) + codePoint - start;
      }
      return 0;
    };
  }
  if (format4 === undefined) throw new Error('font has no Unicode cmap');
  const table = format4;
  const segments = view.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function fontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = tables(view);
  const need = (tag: string): number => {
    const offset = at.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(need('head') + 18);
  const longMetrics = view.getUint16(need('hhea') + 34);
  const hmtx = need('hmtx');
  const glyphOf = readCmap(view, need('cmap'));
  const advance = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const widths = new Map<number, number>();
  const widthOf = (codePoint: number): number => {
    let width = widths.get(codePoint);
    if (width === undefined) {
      width = advance(glyphOf(codePoint)) / unitsPerEm;
      widths.set(codePoint, width);
    }
    return width;
  };
  return {
    widthEm(text) {
      let total = 0;
      for (const char of text) total += widthOf(char.codePointAt(0) as number);
      return total;
    },
  };
}
