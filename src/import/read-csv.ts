/** A CSV annex (already decoded to text, see decode.ts) as a grid of one sheet. Pure. */
import { parse } from 'csv-parse/sync';
import type { Grid, GridRow } from './grid.ts';

/** The delimiter a CSV uses: comma, or semicolon (Excel with Vietnamese regional settings), or tab. */
export function detectDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 20).join('\n');
  const unquoted = sample.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]?.n ? counts[0].d : ',';
}

export class CsvSyntaxError extends Error {
  readonly line: number | undefined;
  constructor(line: number | undefined, message: string) {
    super(message);
    this.line = line;
  }
}

/** Parse CSV text into rows numbered by the line each starts on. Throws CsvSyntaxError on broken quoting. */
export function parseCsvRows(text: string): GridRow[] {
  const delimiter = detectDelimiter(text);
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    let line = 1;
    return records.map(({ record, info }) => {
      const row = { number: line, cells: record.map((cell) => cell.normalize('NFC').trim()) };
      line = info.lines + 1;
      return row;
    });
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new CsvSyntaxError(e.lines, e.message ?? 'CSV syntax error');
  }
}

export function readCsv(text: string, name: string): Grid {
  return { name, rows: parseCsvRows(text), merges: [], hiddenColumns: [], isSheet: false };
}
