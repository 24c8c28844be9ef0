/**
 * Writes what `npm run qr` makes (Node I/O; the labels and images are made in src/verify/qr/):
 * the label sheet as a PDF, and one QR image per recipient in a folder, named by name and code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FONT_FILES } from '../og/fonts.ts';
import { slugVi } from '../utils/slug.ts';
import { generateLabelsPdf, type Label } from '../verify/qr/generate-labels.ts';
import { qrPng, qrSvg } from '../verify/qr/qr-images.ts';

export async function writeLabelsPdf(path: string, labels: readonly Label[], title: string): Promise<void> {
  const fonts = { regular: readFileSync(FONT_FILES[400]), bold: readFileSync(FONT_FILES[700]) };
  writeFileSync(path, await generateLabelsPdf(labels, fonts, title));
}

/** `nguyen-thi-hoa-C9C-8Y6-9YT.svg`: found by name in a file list, unique by code. */
export async function writeQrImages(folder: string, labels: readonly Label[], kind: 'svg' | 'png'): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const label of labels) {
    const file = join(folder, `${slugVi(label.name)}-${label.code}.${kind}`);
    writeFileSync(file, kind === 'svg' ? await qrSvg(label.url) : await qrPng(label.url));
  }
}

/** Whether the folder a file goes to exists (a PDF's folder is never created: a typo there is a mistake). */
export function folderExists(path: string): boolean {
  return existsSync(dirname(path) || '.');
}
