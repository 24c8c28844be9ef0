/**
 * Every recipient of every decision as its own search record: found by name (also typed without
 * accents, đ included) and by the former names of its unit, landing on its anchor on the decision
 * page, showing award, class, decision number, year and unit. Built from the open-data rows
 * (/du-lieu/khen-thuong.json), the single list of every recipient the build already writes.
 * Pure: the integration reads the file and hands the records to Pagefind.
 */
import { t } from '../i18n/index.ts';
import { AWARD_STATUS_LABELS, type AwardStatus } from '../schemas/award.ts';
import { ID_PATTERN, type RecipientKind } from '../schemas/common.ts';
import { AWARD_CLASS_LABELS, AWARD_LEVEL_LABELS, type AwardClass, type AwardLevel } from '../schemas/taxonomy.ts';
import type { OpenDataRow } from '../utils/open-data.ts';
import { dStrokeWords } from './fold.ts';
import { META, SORT_KEY, type FilterKey } from './keys.ts';

/** What Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Record<string, string>;
}

/** Filter values of recipient kinds, as the decision pages head their tables. */
export const KIND_FILTER_LABELS: Record<RecipientKind, string> = {
  'tap-the': t.collectives,
  'ca-nhan': t.individuals,
  'ho-gia-dinh': t.households,
};

function text(value: string | boolean | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

/** `2024-01-18` → `18/01/2024`, without Intl: the date is already Vietnam's calendar date. */
function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The page path and anchor of an open-data URL (which is absolute, on the site's domain). */
function pathOf(url: string): string {
  const parsed = new URL(url, 'https://example.invalid');
  return `${parsed.pathname}${parsed.hash}`;
}

export function recipientRecord(row: OpenDataRow): SearchRecord {
  const name = text(row.name);
  const signed = text(row.signed);
  const cls = text(row.class) as AwardClass | '';
  const award = `${text(row.awardName)}${cls ? ` ${AWARD_CLASS_LABELS[cls]}` : ''}`;
  const kind = KIND_FILTER_LABELS[text(row.kind) as RecipientKind] ?? text(row.kind);
  const level = AWARD_LEVEL_LABELS[text(row.level) as AwardLevel] ?? text(row.level);
  const status = text(row.status) as AwardStatus;
  const unitName = text(row.unitName);
  const formerNames = text(row.unitFormerNames);
  const decision = text(row.decision);
  const title = row.posthumous === true ? `${name} (${t.posthumous})` : name;

  // Readable sentences: the result's excerpt is cut from here.
  const content = [
    title,
    text(row.position),
    // A collective is often its own unit ("Phường Hoa Lư" of Phường Hoa Lư): say it once.
    unitName && unitName !== name ? unitName : '',
    formerNames ? `${t.searchFormerNames}: ${formerNames}` : '',
    award,
    `${t.searchDecisionNo} ${decision}, ${shortDate(signed)}`,
    text(row.citation),
  ]
    .filter(Boolean)
    .join('. ');

  const meta: Record<string, string> = {
    title,
    [META.date]: signed,
    [META.award]: award,
    [META.decision]: decision,
    [META.kind]: kind,
  };
  if (unitName) meta[META.unit] = unitName;
  if (status !== 'quyet-dinh' && AWARD_STATUS_LABELS[status]) meta[META.status] = AWARD_STATUS_LABELS[status];
  const ascii = dStrokeWords(content);
  if (ascii) meta[META.ascii] = ascii;
  const asciiTitle = dStrokeWords(name);
  if (asciiTitle) meta[META.asciiTitle] = asciiTitle;

  const filters: SearchRecord['filters'] = {
    loai: [t.searchTypeRecipient],
    nam: [signed.slice(0, 4)],
    'hinh-thuc': [text(row.awardName)],
    cap: [level],
    'doi-tuong': [kind],
  };
  // Only units of the unit list: free-text units ("Trường THCS Nguyễn Du") would make the unit
  // filter a list of every school in the province.
  if (unitName && ID_PATTERN.test(text(row.unit))) filters['don-vi'] = [unitName];

  return { url: pathOf(text(row.url)), content, language: 'vi', meta, filters, sort: { [SORT_KEY]: signed } };
}

export function recipientRecords(rows: readonly OpenDataRow[]): SearchRecord[] {
  return rows.map(recipientRecord);
}
