/**
 * Reads the open-data file the build wrote (du-lieu/khen-thuong.json) a line at a time: it is
 * written one row per line (domain/open-data.ts) so that no step needs it as one string, which at
 * a million recipients would pass V8's maximum string length.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { OpenDataRow } from '../domain/open-data.ts';

export async function readOpenDataRows(path: string): Promise<OpenDataRow[]> {
  if (!existsSync(path)) return [];
  const rows: OpenDataRow[] = [];
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const row = line.endsWith(',') ? line.slice(0, -1) : line;
    if (row.startsWith('{')) rows.push(JSON.parse(row) as OpenDataRow);
  }
  return rows;
}
