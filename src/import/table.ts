/** A sheet of cells as read from a CSV or Excel file, each row with the number the office sees. */
import { parse } from 'csv-parse/sync';

export interface SheetRow {
  /** Row number as shown by Excel (1-based); for CSV, the line on which the row starts. */
  number: number;
  /** Cell texts, trimmed; '' for an empty cell. */
  cells: string[];
}

/** Column letter as Excel shows it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

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

/** Parse CSV text into rows. Throws CsvSyntaxError (with its line) on broken quoting. */
export function parseCsvRows(text: string): SheetRow[] {
  const delimiter = detectDelimiter(text);
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number; raw?: string } }[];
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
