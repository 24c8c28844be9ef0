/**
 * The open-data files of a built site, parsed as their users would: the CSV as a spreadsheet
 * reads it (BOM, header row), the JSON with a plain JSON.parse (so the file must be valid JSON),
 * its decisions flattened to rows like the CSV's.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenOpenDataJson, type OpenDataJsonDecision } from '../../src/domain/open-data.ts';

export function readOpenDataFiles(outDir: string): { csv: Record<string, string>[]; json: Record<string, unknown>[] } {
  const csv = parse(readFileSync(join(outDir, 'du-lieu/khen-thuong.csv'), 'utf8'), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const json = flattenOpenDataJson(
    JSON.parse(readFileSync(join(outDir, 'du-lieu/khen-thuong.json'), 'utf8')) as OpenDataJsonDecision[],
  );
  return { csv, json };
}
