/**
 * Write a generated corpus to a folder: `npx node scripts/bench/write-corpus.ts <dir> <stories> <recipients> [seed]`.
 * The folder is replaced. Cover pictures are copies of the sample site's illustrations.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus } from './corpus.ts';

export function writeCorpus(dir: string, stories: number, recipients: number, seed = 42): number {
  rmSync(dir, { recursive: true, force: true });
  const files = generateCorpus({ stories, recipients, seed });
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  mkdirSync(join(dir, 'articles/anh'), { recursive: true });
  const pictures = ['content/articles/2026/anh/hoi-nghi-cum-1.jpg', 'content/articles/2026/anh/ky-giao-uoc-2026.jpg'];
  for (let i = 1; i <= 3; i++) copyFileSync(pictures[i % 2] as string, join(dir, `articles/anh/bia-${i}.jpg`));
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, stories, recipients, seed] = process.argv.slice(2);
  if (!dir || !stories || !recipients) {
    console.error('usage: npx node scripts/bench/write-corpus.ts <dir> <stories> <recipients> [seed]');
    process.exit(2);
  }
  const count = writeCorpus(dir, Number(stories), Number(recipients), seed ? Number(seed) : 42);
  console.log(`${count} files written to ${dir}`);
}
