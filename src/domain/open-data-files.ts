/**
 * The open-data files' text, piece by piece (domain/open-data.ts has the columns and rows): the
 * CSV, one flat table; the JSON, each decision once with its recipients. Pure.
 */
import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_COLUMNS, OPEN_DATA_FIELDS, type OpenDataRow } from './open-data.ts';

/**
 * Spreadsheet programs run a cell that starts with = + @ (or a tab or carriage return) as a
 * formula; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
function defuse(value: string | boolean): string {
  const text = String(value);
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows serialised at once: big enough to keep the encoder busy, small enough to keep memory flat. */
const ROWS_PER_CHUNK = 2000;

/** The rows in batches of ROWS_PER_CHUNK, taken from the iterable only as they are needed. */
function* batches(rows: Iterable<OpenDataRow>): Generator<OpenDataRow[]> {
  let batch: OpenDataRow[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === ROWS_PER_CHUNK) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * The CSV in pieces of a few thousand rows, so a build never holds the whole file as one string
 * (at 100,000 recipients that string, its UTF-8 copy and the response buffer together took
 * 300 MB; at about 800,000 it would pass V8's maximum string length), nor every row: the rows
 * may come a decision at a time (data-access/open-data.ts). BOM first, for Excel.
 */
export function* generateOpenDataCsvChunks(rows: Iterable<OpenDataRow>): Generator<string> {
  yield '\uFEFF';
  let header = true;
  const csv = (batch: OpenDataRow[]) =>
    stringify(
      batch.map((row) => OPEN_DATA_COLUMNS.map((column) => defuse(row[column]))),
      // Vietnamese headers for the office that opens it in Excel; the JSON keeps the English keys.
      { header, columns: OPEN_DATA_FIELDS.map((field) => field.titleVi), record_delimiter: '\r\n' },
    );
  for (const batch of batches(rows)) {
    yield csv(batch);
    header = false;
  }
  // An empty site still gets the header, so the file opens with its columns.
  if (header) yield csv([]);
}

/** The whole CSV as one string (tests and small sites). */
export function generateOpenDataCsv(rows: readonly OpenDataRow[]): string {
  return [...generateOpenDataCsvChunks(rows)].join('');
}

/** The columns of a decision, written once per decision in the JSON; the others are a recipient's. */
export const DECISION_COLUMNS = OPEN_DATA_COLUMNS.slice(0, OPEN_DATA_COLUMNS.indexOf('name'));
export const RECIPIENT_COLUMNS = OPEN_DATA_COLUMNS.slice(OPEN_DATA_COLUMNS.indexOf('name'));

/** One decision of the JSON: its columns, then `recipients`, each with the recipient's columns. */
export type OpenDataJsonDecision = Record<(typeof DECISION_COLUMNS)[number], string | boolean> & {
  recipients: Record<(typeof RECIPIENT_COLUMNS)[number], string | boolean>[];
};

const pick = (row: OpenDataRow, columns: readonly (typeof OPEN_DATA_COLUMNS)[number][]) =>
  Object.fromEntries(columns.map((column) => [column, row[column]]));

/**
 * The JSON in pieces: an array of decisions, each written once with its recipients (the rows of
 * a decision are consecutive), one recipient per line — valid JSON that is also easy to stream,
 * grep and diff, without holding the whole file as one string. A flat table repeated the
 * decision's ten columns on every row: at 100,000 recipients 60 MB, this shape about half.
 */
export function* generateOpenDataJsonChunks(rows: Iterable<OpenDataRow>): Generator<string> {
  yield '[';
  let parts: string[] = [];
  let decision: string | undefined;
  for (const row of rows) {
    const head = JSON.stringify(pick(row, DECISION_COLUMNS));
    const recipient = JSON.stringify(pick(row, RECIPIENT_COLUMNS));
    if (head === decision) parts.push(`,\n${recipient}`);
    else {
      parts.push(`${decision === undefined ? '' : '\n]},'}\n${head.slice(0, -1)},"recipients":[\n${recipient}`);
      decision = head;
    }
    if (parts.length >= ROWS_PER_CHUNK) {
      yield parts.join('');
      parts = [];
    }
  }
  yield `${parts.join('')}${decision === undefined ? '' : '\n]}'}\n]\n`;
}

/** The JSON's decisions back as flat rows, as the CSV has them (tests, and readers of the former shape). */
export function flattenOpenDataJson(decisions: readonly OpenDataJsonDecision[]): Record<string, string | boolean>[] {
  return decisions.flatMap(({ recipients, ...head }) => recipients.map((recipient) => ({ ...head, ...recipient })));
}
