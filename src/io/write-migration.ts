/**
 * Write a migration plan: stories, decisions and annexes never overwrite a file (a file that is
 * there with the same content is left as it is), pictures are copied. Node I/O only.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PlannedWrite } from '../migrate/plan.ts';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  /** Files that exist with other content: left alone. */
  conflicts: string[];
}

/** Writes nothing at all when any file is in the way (`conflicts`), so a run is whole or not at all. */
export function writeMigration(root: string, writes: readonly PlannedWrite[], dryRun = false): WriteResult {
  const result: WriteResult = { written: [], unchanged: [], conflicts: [] };
  const pending: { write: PlannedWrite; target: string; bytes: Buffer }[] = [];
  for (const write of writes) {
    const target = resolve(root, write.path);
    const bytes = 'text' in write ? Buffer.from(write.text) : readFileSync(write.copyFrom);
    if (existsSync(target)) (readFileSync(target).equals(bytes) ? result.unchanged : result.conflicts).push(write.path);
    else pending.push({ write, target, bytes });
  }
  if (result.conflicts.length || dryRun) return { ...result, written: dryRun ? pending.map((p) => p.write.path) : [] };
  for (const { write, target, bytes } of pending) {
    mkdirSync(dirname(target), { recursive: true });
    if ('text' in write) writeFileSync(target, bytes, { flag: 'wx' });
    else copyFileSync(write.copyFrom, target);
    result.written.push(write.path);
  }
  return result;
}
