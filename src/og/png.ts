/**
 * PNG encoding of a rendered card, smaller than resvg's own RGBA PNG in less time:
 * - a card of flat colours and antialiased text (every template but the home page's gradient)
 *   has 280–320 distinct colours: a few inks and papers and the antialiasing ramps between them.
 *   libimagequant (through sharp) chooses 16 colours that keep those ramps, and the card is
 *   written with 4 bits a pixel: ~16 KB instead of ~24 KB with 256 colours. Against the exact
 *   drawing, 0.1–0.3% of the pixels, all on glyph edges, move by more than 24 levels of a
 *   channel (tests/unit/og-png.test.ts bounds it for every template). Share cards are the
 *   largest part of a big site (10,000 stories: 257 MB of 633 MB with 256 colours);
 * - a card of more colours whose 256 most frequent cover all but 0.1% of its pixels is written
 *   with those, one byte a pixel, the few other pixels (on glyph edges) taking the nearest;
 * - a card with a gradient (the home page's: 16 colours would band it) or a photograph (an
 *   exemplar's portrait: it would be posterised) is written as opaque RGB (no transparency).
 * Rows are unfiltered and deflated at zlib level 9: filters cost more time than they save bytes
 * on these images; level 9 saves 9% over level 6 for a few milliseconds.
 */
import sharp from 'sharp';
import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** At most this share of the pixels may take a nearest colour instead of their own. */
const MAX_APPROXIMATED = 0.001;
/**
 * Colours of a flat card, at most: the templates of flat colours and text have 280–320, the home
 * page's gradient about 650, a photograph thousands.
 */
const FLAT_COLOURS = 480;
/** Colours a flat card is written with: 4 bits a pixel. */
const FLAT_PALETTE = 16;

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
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Pixel (RGBA bytes read as one little-endian number) → its channels. */
const red = (pixel: number) => pixel & 0xff;
const green = (pixel: number) => (pixel >>> 8) & 0xff;
const blue = (pixel: number) => (pixel >>> 16) & 0xff;

/** Colour frequencies, counted by runs (most of a card is long runs of one colour). */
function colourCounts(pixels: Uint32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length;) {
    const colour = pixels[i] as number;
    let end = i + 1;
    while (end < pixels.length && pixels[end] === colour) end++;
    counts.set(colour, (counts.get(colour) ?? 0) + end - i);
    i = end;
  }
  return counts;
}

function indexed(pixels: Uint32Array, counts: Map<number, number>, width: number, height: number): Buffer | undefined {
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

/** How far (levels of a channel) a palette colour may be from a colour of the card to be snapped to it. */
const SNAP = 2;

/**
 * libimagequant moves a colour by a level now and then (the paper #fffcf5 came out #fffdf5): each
 * palette colour within SNAP of one of the card's frequent colours (its inks and papers) is set
 * back to it, so that flat areas keep the site's exact colours. The PLTE chunk is rewritten in
 * place, with its checksum.
 */
function snapPalette(png: Buffer, frequent: readonly number[]): Buffer {
  for (let at = SIGNATURE.length; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'PLTE') {
      for (let entry = at + 8; entry < at + 8 + length; entry += 3) {
        const near = frequent.find(
          (colour) =>
            Math.abs(red(colour) - (png[entry] as number)) <= SNAP &&
            Math.abs(green(colour) - (png[entry + 1] as number)) <= SNAP &&
            Math.abs(blue(colour) - (png[entry + 2] as number)) <= SNAP,
        );
        if (near !== undefined) png.set([red(near), green(near), blue(near)], entry);
      }
      png.writeUInt32BE(crc32(png.subarray(at + 4, at + 8 + length)), at + 8 + length);
      return png;
    }
    at += length + 12;
  }
  return png;
}

/** A flat card in FLAT_PALETTE colours chosen by libimagequant, without dithering (it would speckle the paper). */
async function flat(rgba: Uint8Array, width: number, height: number, counts: Map<number, number>): Promise<Buffer> {
  const png = await sharp(rgba, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, colours: FLAT_PALETTE, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();
  const frequent = [...counts].sort((a, b) => b[1] - a[1]).slice(0, FLAT_PALETTE);
  return snapPalette(
    png,
    frequent.map(([colour]) => colour),
  );
}

/** RGBA pixels of an opaque card → PNG bytes. */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  // Little-endian machines (x86, ARM) read RGBA as one 32-bit number per pixel (aligned: copied if not).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const counts = colourCounts(pixels);
  if (counts.size <= FLAT_COLOURS) return flat(rgba, width, height, counts);
  return indexed(pixels, counts, width, height) ?? rgb(rgba, width, height);
}
