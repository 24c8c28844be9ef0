/** Writes text produced piece by piece to a file, a piece at a time (for files too big to hold whole). */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function writeTextFile(path: string, pieces: Iterable<string>): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await pipeline(Readable.from(pieces, { objectMode: false }), createWriteStream(path));
}
