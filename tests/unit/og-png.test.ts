/**
 * The card PNG encoder: a card of flat colours in 16 colours chosen by libimagequant (4 bits a
 * pixel), close to the exact drawing; a gradient with its 256 most frequent colours; a
 * photograph as RGB, pixel for pixel. Decoded by sharp.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CardModel } from '../../src/og/cards.ts';
import { encodePng } from '../../src/og/png.ts';
import { portraitDataUrl } from '../../src/og/portrait.ts';
import { renderSvg } from '../../src/og/render.ts';
import { SAMPLE_CARDS } from '../helpers/og-samples.ts';

const WIDTH = 64;
const HEIGHT = 32;

function image(colour: (x: number, y: number) => [number, number, number], width = WIDTH, height = HEIGHT): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      rgba.set([...colour(x, y), 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

async function decode(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

const rgbOf = (rgba: Uint8Array) => Buffer.from(rgba.filter((_, i) => i % 4 !== 3));
/** IHDR's bit depth and colour type (3: palette, 2: RGB). */
const header = (png: Buffer) => ({ bits: png[24], colourType: png[25] });

/** Share of the pixels that moved by more than `tolerance` in some channel, and the largest move. */
function drift(exact: Buffer, written: Buffer, tolerance: number): { share: number; worst: number } {
  let moved = 0;
  let worst = 0;
  for (let i = 0; i < exact.length; i += 3) {
    const change = Math.max(
      Math.abs((exact[i] as number) - (written[i] as number)),
      Math.abs((exact[i + 1] as number) - (written[i + 1] as number)),
      Math.abs((exact[i + 2] as number) - (written[i + 2] as number)),
    );
    if (change > tolerance) moved++;
    worst = Math.max(worst, change);
  }
  return { share: moved / (exact.length / 3), worst };
}

describe('encodePng', () => {
  it('writes a card of few flat colours with a small palette, pixel for pixel', async () => {
    const flat = image((x, y) => (x < 20 ? [165, 14, 14] : y % 3 ? [255, 252, 245] : [26, 26, 26]));
    const png = await encodePng(flat, WIDTH, HEIGHT);
    expect(header(png).colourType).toBe(3);
    expect((await decode(png)).equals(rgbOf(flat))).toBe(true);
  });

  it('writes a photograph (thousands of colours) as RGB, pixel for pixel', async () => {
    const photo = image((x, y) => [(x * 4) % 256, (y * 8) % 256, (x * y) % 256]);
    const png = await encodePng(photo, WIDTH, HEIGHT);
    expect(header(png).colourType).toBe(2);
    expect((await decode(png)).equals(rgbOf(photo))).toBe(true);
  });

  it('gives a rare colour the nearest of the 256 that cover almost every pixel', async () => {
    // A card-sized image: 256 frequent colours, and 300 single pixels of other colours (0.04%),
    // so that it is neither flat nor a photograph. Pixel 0 is [1, 254, 129]: nearest [1, 254, 128].
    const [width, height] = [1200, 630];
    const colours: [number, number, number][] = Array.from({ length: 256 }, (_, i) => [i, 255 - i, 128]);
    const rgba = image((x, y) => colours[(y * width + x) % 256] as [number, number, number], width, height);
    for (let rare = 0; rare < 300; rare++) rgba.set([rare % 256, Math.floor(rare / 256), 7, 255], rare * 4 * 997);
    rgba.set([1, 254, 129, 255], 0);
    const png = await encodePng(rgba, width, height);
    expect(header(png)).toEqual({ bits: 8, colourType: 3 });
    const decoded = await decode(png);
    expect([...decoded.subarray(0, 3)]).toEqual([1, 254, 128]);
    expect([...decoded.subarray(3, 6)]).toEqual([1, 254, 128]);
  });
});

describe('cards as written, against the exact drawing', () => {
  async function ready(card: CardModel): Promise<CardModel> {
    if (card.kind !== 'exemplar' || !card.portrait) return card;
    return { ...card, portrait: { ...card.portrait, src: await portraitDataUrl(card.portrait.path) } };
  }

  it.each(Object.keys(SAMPLE_CARDS))('%s', async (name) => {
    const drawn = new Resvg(await renderSvg(await ready(SAMPLE_CARDS[name] as CardModel)), {
      font: { loadSystemFonts: false },
      fitTo: { mode: 'original' },
    }).render();
    const png = await encodePng(drawn.pixels, drawn.width, drawn.height);
    const { share, worst } = drift(rgbOf(drawn.pixels), await decode(png), 24);
    // Flat cards: 16 colours, 4 bits a pixel; a few glyph-edge pixels move, none far. The home
    // page's gradient (650 colours, too many for 256) and a portrait's card are RGB.
    const expected = { home: { bits: 8, colourType: 2 }, exemplar: { bits: 8, colourType: 2 } }[name] ?? {
      bits: 4,
      colourType: 3,
    };
    expect(header(png)).toEqual(expected);
    expect(share).toBeLessThanOrEqual(0.005);
    expect(worst).toBeLessThanOrEqual(expected.bits === 4 ? 96 : 48);
  });
});
