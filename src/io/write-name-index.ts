/** Writes the name index's files (src/search/name-index.ts) and its catalogue under <outDir>/tim-kiem/ten/. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_FILE, NAME_INDEX_PATH, type ShardJson } from '../search/name-shard.ts';

export function writeNameIndex(
  outDir: string,
  files: ReadonlyMap<string, ShardJson>,
  catalogue: string,
): { files: number; bytes: number } {
  const dir = join(outDir, NAME_INDEX_PATH);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [name, shard] of files) {
    const text = JSON.stringify(shard);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, name), text);
  }
  const text = JSON.stringify(catalogue);
  writeFileSync(join(dir, CATALOGUE_FILE), text);
  return { files: files.size + 1, bytes: bytes + Buffer.byteLength(text) };
}
