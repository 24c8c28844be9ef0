/**
 * PNG encoding of a rendered card, smaller than resvg's own RGBA PNG in less time:
 * - a card is flat colours and antialiased text: about 300 distinct colours, of which the 256
 *   most frequent cover all but ~70 of its 756,000 pixels. It is written as an indexed PNG
 *   (one byte per pixel) with those 256 colours; the few other pixels, all on glyph edges, take
 *   the nearest palette colour. ~27 KB instead of ~42 KB (RGB) or ~60 KB (resvg);
 * - a card with a photograph (an exemplar's portrait) has thousands of colours and would be
 *   posterised: it is written as opaque RGB (the card has no transparency).
 * Rows are unfiltered and deflated at zlib level 6: filters and higher levels cost more time
 * than they save bytes on these images.
 */
import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** At most this share of the pixels may take a nearest colour instead of their own. */
const MAX_APPROXIMATED = 0.001;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(width: number, height: number, colourType: 2 | 3, raw: Buffer, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample (RGB) or per index (palette)
  header[9] = colourType;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Pixel (RGBA bytes read as one little-endian number) → its channels. */
const red = (pixel: number) => pixel & 0xff;
const green = (pixel: number) => (pixel >>> 8) & 0xff;
const blue = (pixel: number) => (pixel >>> 16) & 0xff;

function indexed(pixels: Uint32Array, width: number, height: number): Buffer | undefined {
  // Colour frequencies, counted by runs (most of a card is long runs of one colour).
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length;) {
    const colour = pixels[i] as number;
    let end = i + 1;
    while (end < pixels.length && pixels[end] === colour) end++;
    counts.set(colour, (counts.get(colour) ?? 0) + end - i);
    i = end;
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]);
  const palette = byFrequency.slice(0, 256).map(([colour]) => colour);
  const others = byFrequency.slice(256);
  if (others.reduce((sum, [, count]) => sum + count, 0) > pixels.length * MAX_APPROXIMATED) return undefined;

  const index = new Map(palette.map((colour, i) => [colour, i]));
  for (const [colour] of others) {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, i) => {
      const distance =
        (red(colour) - red(candidate)) ** 2 +
        (green(colour) - green(candidate)) ** 2 +
        (blue(colour) - blue(candidate)) ** 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    });
    index.set(colour, best);
  }

  const raw = Buffer.alloc((width + 1) * height);
  let out = 0;
  let previous = -1;
  let previousIndex = 0;
  for (let y = 0, i = 0; y < height; y++) {
    raw[out++] = 0; // filter: none
    for (let x = 0; x < width; x++, i++) {
      const colour = pixels[i] as number;
      if (colour !== previous) {
        previous = colour;
        previousIndex = index.get(colour) as number;
      }
      raw[out++] = previousIndex;
    }
  }
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => {
    plte[i * 3] = red(colour);
    plte[i * 3 + 1] = green(colour);
    plte[i * 3 + 2] = blue(colour);
  });
  return png(width, height, 3, raw, plte);
}

function rgb(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0, source = 0; y < height; y++) {
    let target = y * stride + 1; // filter byte 0: none
    for (let x = 0; x < width; x++, source += 4) {
      raw[target++] = rgba[source] as number;
      raw[target++] = rgba[source + 1] as number;
      raw[target++] = rgba[source + 2] as number;
    }
  }
  return png(width, height, 2, raw);
}

/** RGBA pixels of an opaque card → PNG bytes. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  // Little-endian machines (x86, ARM) read RGBA as one 32-bit number per pixel (aligned: copied if not).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  return indexed(pixels, width, height) ?? rgb(rgba, width, height);
}
