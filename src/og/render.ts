/**
 * The rasteriser: card → satori element tree → SVG (text as paths, shaped by HarfBuzz) → PNG
 * by resvg. System fonts are never loaded (all text is already paths), which saves ~100 ms per
 * process and keeps the output the same on every machine.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { CardModel } from './cards.ts';
import { loadFonts } from './fonts.ts';
import { encodePng } from './png.ts';
import { template } from './templates/index.ts';
import { HEIGHT, WIDTH } from './templates/frame.ts';

export { WIDTH, HEIGHT };

export async function renderSvg(card: CardModel): Promise<string> {
  // Satori's parameters are typed with React's ReactNode; our plain element objects are what it reads.
  return satori(template(card) as unknown as Parameters<typeof satori>[0], {
    width: WIDTH,
    height: HEIGHT,
    fonts: loadFonts(),
  });
}

export function rasterise(svg: string): Promise<Uint8Array> {
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** A card as PNG bytes. An exemplar's portrait must already be embedded (`portrait.src`, see portrait.ts). */
export async function renderCard(card: CardModel): Promise<Uint8Array> {
  return rasterise(await renderSvg(card));
}
