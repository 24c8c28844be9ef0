/**
 * Read a recipients annex (CSV) beside an award decision. Offices keep these in Excel and
 * export them; the header names the columns, any order.
 */
import { parse } from 'csv-parse/sync';
import { RECIPIENT_CSV_COLUMNS } from '../schemas/recipient.ts';
import { normalizeDeep } from '../utils/text.ts';
import { readYesNo } from './yes-no.ts';

export interface CsvRecipients {
  /**
   * One object per row, with only the non-empty cells; `posthumous` and `minor` turned into
   * booleans, and a `withheld` cell (the reason) into `{ reason }`.
   */
  rows: Record<string, unknown>[];
  /** Line in the CSV file of each row (1-based; the header is line 1). */
  lines: number[];
  /** Problems with the file as a whole: syntax, unknown or missing columns. */
  errors: { line?: number; column?: string; vi: string; en: string; found?: string }[];
}

export function parseRecipientsCsv(text: string): CsvRecipients {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return {
      rows: [],
      lines: [],
      errors: [
        {
          ...(e.lines === undefined ? {} : { line: e.lines }),
          vi: 'Tệp CSV bị lỗi cú pháp (dấu ngoặc kép hoặc số cột không khớp).',
          en: `The CSV file has a syntax error: ${e.message ?? 'unknown'}`,
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) {
    return { rows: [], lines: [], errors: [{ line: 1, vi: 'Tệp CSV trống.', en: 'The CSV file is empty.' }] };
  }
  const columns = header.record.map((name) => name.normalize('NFC').trim());
  const errors: CsvRecipients['errors'] = [];
  const known = new Set<string>(RECIPIENT_CSV_COLUMNS);
  columns.forEach((column) => {
    if (!known.has(column)) {
      errors.push({
        line: 1,
        column,
        vi: `Cột "${column}" không được hỗ trợ.`,
        en: `Unknown column "${column}".`,
        found: column,
      });
    }
  });
  for (const required of ['name', 'kind'] as const) {
    if (!columns.includes(required)) {
      errors.push({
        line: 1,
        column: required,
        vi: `Thiếu cột bắt buộc "${required}".`,
        en: `The required column "${required}" is missing.`,
      });
    }
  }
  const rows = body.map(({ record }) => {
    const row: Record<string, unknown> = {};
    record.forEach((cell, index) => {
      const column = columns[index];
      if (!column || cell === '') return;
      if (column === 'posthumous' || column === 'minor') {
        row[column] = readYesNo(cell) ?? cell;
      } else if (column === 'withheld') {
        row[column] = { reason: cell };
      } else {
        row[column] = cell;
      }
    });
    return normalizeDeep(row);
  });
  // info.lines is the line on which the record ends; a quoted cell may span lines.
  const lines = body.map(({ info }) => info.lines);
  return { rows, lines, errors };
}
