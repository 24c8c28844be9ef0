/**
 * Writes the name index's files (src/search/build/name-index.ts, unit-index.ts) and the files about
 * them (`extras`: the catalogue, the unit directory) under <outDir>/tim-kiem/ten/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_INDEX_DIR, type ShardJson } from '../search/name-shard.ts';

export function writeNameIndex(
  outDir: string,
  files: ReadonlyMap<string, ShardJson>,
  extras: Readonly<Record<string, unknown>>,
): { files: number; bytes: number } {
  const dir = join(outDir, NAME_INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [name, shard] of files) {
    const text = JSON.stringify(shard);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, name), text);
  }
  for (const [name, value] of Object.entries(extras)) {
    // A programming error, not a content one: an extra file would replace one of the index.
    if (files.has(name)) throw new Error(`${name} is both a name index file and an extra file`);
    const text = JSON.stringify(value);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, name), text);
  }
  return { files: files.size + Object.keys(extras).length, bytes };
}
