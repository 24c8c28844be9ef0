/**
 * Open data: every recipient of every decision as one flat table, for /du-lieu/khen-thuong.csv
 * and .json. Pure functions; the endpoints only serialise.
 */
import { stringify } from 'csv-stringify/sync';
import { vietnamIsoDate } from '../utils/dates.ts';
import { routesFor } from '../routing/routes.ts';

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
    /** Its name is not published: withheld on request, or a person under 18 (`name` is then empty). */
    nameHidden?: boolean | undefined;
    /** Its row on the decision's pages, from the site's root (routing/routes.ts). */
    href: string;
    /** The public verification code; none for a proposal's rows. */
    code?: string | undefined;
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
  'nameWithheld',
  'kind',
  'unit',
  'unitName',
  'unitFormerNames',
  'position',
  'citation',
  'posthumous',
  'url',
  'code',
  'verifyUrl',
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | boolean>;

export function generateOpenDataRows(decisions: readonly OpenDataDecision[], siteUrl: string): OpenDataRow[] {
  const routes = routesFor(siteUrl);
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
      nameWithheld: r.nameHidden ?? false,
      kind: r.kind,
      unit: r.unit ?? '',
      unitName: r.unitName ?? '',
      unitFormerNames: (r.unitFormerNames ?? []).join('; '),
      position: r.position ?? '',
      citation: r.citation ?? '',
      posthumous: r.posthumous,
      url: new URL(r.href, siteUrl).href,
      code: r.code ?? '',
      verifyUrl: r.code ? new URL(routes.verify(r.code), siteUrl).href : '',
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

/**
 * The JSON array in pieces, one row per line: valid JSON that is also easy to stream, grep and
 * diff, without holding the whole file as one string.
 */
export function* generateOpenDataJsonChunks(rows: readonly OpenDataRow[]): Generator<string> {
  yield '[';
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const lines = rows.slice(start, start + ROWS_PER_CHUNK).map((row) => JSON.stringify(row));
    yield `${start === 0 ? '' : ','}\n${lines.join(',\n')}`;
  }
  yield '\n]\n';
}
