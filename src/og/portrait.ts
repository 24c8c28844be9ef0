/**
 * Exemplar portraits: the local picture cropped to the card's portrait box at the card's own
 * scale (the card is a 1200×630 image: more pixels would only grow the PNG) and embedded as a
 * JPEG data URL. sharp runs on the main thread only: loaded first in a worker thread, libvips can
 * be unloaded when the worker ends under glibc (sharp issue #2263).
 */
import sharp from 'sharp';
import { PORTRAIT } from './templates/exemplar.ts';

export async function portraitDataUrl(path: string): Promise<string> {
  const jpeg = await sharp(path)
    .rotate()
    .resize(PORTRAIT.width, PORTRAIT.height, { fit: 'cover', position: sharp.strategy.attention })
    .jpeg({ quality: 88 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
