/**
 * Open data: every recipient of every decision, for /du-lieu/khen-thuong.csv (one flat table, as
 * an office opens it in Excel) and .json (each decision once, with its recipients). Pure
 * functions; the endpoints only serialise.
 */
import { stringify } from 'csv-stringify/sync';
import { vietnamIsoDate } from '../utils/dates.ts';

export interface OpenDataDecision {
  decision: string;
  signed: Date;
  issuer: string;
  issuerName: string;
  /** Level of the conferring authority (`nha-nuoc`, `chinh-phu`, `bo-tinh`, `co-so`): "cấp khen". */
  level: string;
  award: string;
  awardName: string;
  class?: string | undefined;
  period: string;
  status: string;
  recipients: readonly {
    name: string;
    kind: string;
    unit?: string | undefined;
    unitName?: string | undefined;
    /** Names the unit had before (2025 mergers, renamings), so old records are found under them. */
    unitFormerNames?: readonly string[] | undefined;
    position?: string | undefined;
    citation?: string | undefined;
    posthumous: boolean;
    /** Its row on the decision's pages, from the site's root (routing/routes.ts). */
    href: string;
  }[];
}

export const OPEN_DATA_COLUMNS = [
  'decision',
  'signed',
  'issuer',
  'issuerName',
  'level',
  'award',
  'awardName',
  'class',
  'period',
  'status',
  'name',
  'kind',
  'unit',
  'unitName',
  'unitFormerNames',
  'position',
  'citation',
  'posthumous',
  'url',
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | boolean>;

export function generateOpenDataRows(decisions: readonly OpenDataDecision[], siteUrl: string): OpenDataRow[] {
  return decisions.flatMap((d) =>
    d.recipients.map((r) => ({
      decision: d.decision,
      signed: vietnamIsoDate(d.signed),
      issuer: d.issuer,
      issuerName: d.issuerName,
      level: d.level,
      award: d.award,
      awardName: d.awardName,
      class: d.class ?? '',
      period: d.period,
      status: d.status,
      name: r.name,
      kind: r.kind,
      unit: r.unit ?? '',
      unitName: r.unitName ?? '',
      unitFormerNames: (r.unitFormerNames ?? []).join('; '),
      position: r.position ?? '',
      citation: r.citation ?? '',
      posthumous: r.posthumous,
      url: new URL(r.href, siteUrl).href,
    })),
  );
}

/**
 * Spreadsheet programs run a cell that starts with = + @ (or a tab or carriage return) as a
 * formula; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
function defuse(value: string | boolean): string {
  const text = String(value);
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV with a BOM so Excel opens the Vietnamese text as UTF-8. */
/** Rows serialised at once: big enough to keep the encoder busy, small enough to keep memory flat. */
const ROWS_PER_CHUNK = 2000;

/**
 * The CSV in pieces of a few thousand rows, so a build never holds the whole file as one string
 * (at 100,000 recipients that string, its UTF-8 copy and the response buffer together took
 * 300 MB; at about 800,000 it would pass V8's maximum string length). BOM first, for Excel.
 */
export function* generateOpenDataCsvChunks(rows: readonly OpenDataRow[]): Generator<string> {
  yield '\uFEFF';
  for (let start = 0; start === 0 || start < rows.length; start += ROWS_PER_CHUNK) {
    yield stringify(
      rows.slice(start, start + ROWS_PER_CHUNK).map((row) => OPEN_DATA_COLUMNS.map((column) => defuse(row[column]))),
      { header: start === 0, columns: [...OPEN_DATA_COLUMNS], record_delimiter: '\r\n' },
    );
  }
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
export function* generateOpenDataJsonChunks(rows: readonly OpenDataRow[]): Generator<string> {
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
