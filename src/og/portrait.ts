/**
 * Exemplar portraits: the local picture cropped to the card's portrait box (twice its size for
 * sharpness would double the PNG for no visible gain at 1200×630) and embedded as a data URL.
 * sharp is used on the main thread only: loading it in worker threads can unload libvips under
 * glibc (sharp issue #2263).
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
