/**
 * The open-data files of a built site, parsed as their users would: the CSV as a spreadsheet
 * reads it (BOM, header row), the JSON with a plain JSON.parse (so the file must be valid JSON),
 * its decisions flattened to rows like the CSV's.
 * The CSV's headers are Vietnamese (for Excel); its rows are returned under the JSON's English
 * keys, by the one description of the columns (src/domain/open-data.ts), so both compare.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_DATA_FIELDS } from '../../src/domain/open-data.ts';
import { flattenOpenDataJson, type OpenDataJsonDecision } from '../../src/domain/open-data-files.ts';

const keyOfTitle = new Map<string, string>(OPEN_DATA_FIELDS.map((field) => [field.titleVi, field.key]));

/** A CSV of the open data, its rows keyed by the JSON's keys (a header that is not a column's title fails). */
export function parseOpenDataCsv(text: string): Record<string, string>[] {
  return parse(text, {
    bom: true,
    columns: (headers: string[]) =>
      headers.map((header) => {
        const key = keyOfTitle.get(header);
        if (!key) throw new Error(`not a column title of the open data: ${header}`);
        return key;
      }),
  }) as Record<string, string>[];
}

/** The JSON's text (each decision with its recipients) as flat rows, one per recipient, as the CSV has them. */
export function parseOpenDataJson(text: string): Record<string, unknown>[] {
  return flattenOpenDataJson(JSON.parse(text) as OpenDataJsonDecision[]);
}

/** A built site's /du-lieu/khen-thuong.json as flat rows. */
export function readOpenDataJson(outDir: string): Record<string, unknown>[] {
  return parseOpenDataJson(readFileSync(join(outDir, 'du-lieu/khen-thuong.json'), 'utf8'));
}

export function readOpenDataFiles(outDir: string): { csv: Record<string, string>[]; json: Record<string, unknown>[] } {
  const csv = parseOpenDataCsv(readFileSync(join(outDir, 'du-lieu/khen-thuong.csv'), 'utf8'));
  return { csv, json: readOpenDataJson(outDir) };
}
