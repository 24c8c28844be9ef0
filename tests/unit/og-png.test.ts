/** The card PNG encoder: indexed when a card has few colours, RGB otherwise; decoded by sharp to the same pixels. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/og/png.ts';

const WIDTH = 64;
const HEIGHT = 32;

function image(colour: (x: number, y: number) => [number, number, number]): Uint8Array {
  const rgba = new Uint8Array(WIDTH * HEIGHT * 4);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      rgba.set([...colour(x, y), 255], (y * WIDTH + x) * 4);
    }
  }
  return rgba;
}

async function decode(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

const rgbOf = (rgba: Uint8Array) => Buffer.from(rgba.filter((_, i) => i % 4 !== 3));

describe('encodePng', () => {
  it('writes a card with few colours as an indexed PNG, pixel for pixel', async () => {
    const flat = image((x, y) => (x < 20 ? [165, 14, 14] : y % 3 ? [255, 252, 245] : [26, 26, 26]));
    const png = encodePng(flat, WIDTH, HEIGHT);
    expect(png[25]).toBe(3); // IHDR colour type: palette
    expect(png.includes(Buffer.from('PLTE'))).toBe(true);
    expect((await decode(png)).equals(rgbOf(flat))).toBe(true);
  });

  it('writes a photograph (thousands of colours) as RGB, pixel for pixel', async () => {
    const photo = image((x, y) => [(x * 4) % 256, (y * 8) % 256, (x * y) % 256]);
    const png = encodePng(photo, WIDTH, HEIGHT);
    expect(png[25]).toBe(2); // IHDR colour type: RGB
    expect((await decode(png)).equals(rgbOf(photo))).toBe(true);
  });

  it('gives a rare colour the nearest palette colour when 256 others cover almost every pixel', async () => {
    // 256 frequent colours, then one pixel of a 257th, [1, 254, 129]: nearest is colour 1, [1, 254, 128].
    const colours: [number, number, number][] = Array.from({ length: 256 }, (_, i) => [i, 255 - i, 128]);
    const rgba = image((x, y) => colours[(y * WIDTH + x) % 256] as [number, number, number]);
    const big = new Uint8Array(rgba.length * 4);
    for (let copy = 0; copy < 4; copy++) big.set(rgba, copy * rgba.length);
    big.set([1, 254, 129, 255], 0);
    const png = encodePng(big, WIDTH, HEIGHT * 4);
    expect(png[25]).toBe(3);
    const decoded = await decode(png);
    expect([...decoded.subarray(0, 3)]).toEqual([1, 254, 128]);
    expect([...decoded.subarray(3, 6)]).toEqual([1, 254, 128]);
  });
});
