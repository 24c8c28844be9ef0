/**
 * What a page tells the search index about itself, beyond its text: its filters (content type,
 * year, award, conferring level, units, recipient kind), its date for sorting, and its words with
 * đ written with d (see fold.ts). Pure; components/SearchTags.astro writes them as <meta> tags.
 */
import { vietnamIsoDate } from '../../utils/dates.ts';
import { dStrokeWords } from '../fold.ts';
import { FILTER_KEYS, META, SORT_KEY, type FilterKey } from '../keys.ts';

export interface PageSearchInput {
  /** Content type, one of the `searchType…` strings. */
  type: string;
  title: string;
  /** Title shown in results when the page's h1 is not enough ("Cụm Thi đua số 1 (2023)"). */
  resultTitle?: string | undefined;
  /** Date for sorting and display; pages without one (units) are left out of date-sorted results. */
  date?: Date | undefined;
  /** Or only a year (an exemplar's year, a cluster's): shown as the year, sorted before its dates. */
  year?: number | undefined;
  /** The other filters; empty and repeated values are dropped. */
  filters?: Partial<Record<Exclude<FilterKey, 'loai'>, readonly (string | number | undefined)[]>>;
  /** A unit's former names: searchable and ranked like the title. */
  formerNames?: readonly string[] | undefined;
  /** Every text of the indexed part of the page, for the đ-folded words. */
  texts: readonly (string | undefined)[];
}

export interface PageSearchTags {
  filters: [key: FilterKey, value: string][];
  meta: [key: string, value: string][];
  sort: [key: string, value: string][];
}

export function pageSearchTags(input: PageSearchInput): PageSearchTags {
  const filters: PageSearchTags['filters'] = [['loai', input.type]];
  for (const key of FILTER_KEYS) {
    if (key === 'loai') continue;
    const values = new Set((input.filters?.[key] ?? []).map((v) => (v === undefined ? '' : String(v).trim())));
    for (const value of values) if (value) filters.push([key, value]);
  }
  const meta: PageSearchTags['meta'] = input.resultTitle ? [['title', input.resultTitle]] : [];
  const sort: PageSearchTags['sort'] = [];
  const when = input.date ? vietnamIsoDate(input.date) : input.year ? String(input.year) : undefined;
  if (when) {
    meta.push([META.date, when]);
    sort.push([SORT_KEY, when]);
  }
  if (input.formerNames?.length) meta.push([META.formerNames, input.formerNames.join('; ')]);
  const ascii = dStrokeWords(input.title, ...input.texts);
  if (ascii) meta.push([META.ascii, ascii]);
  const asciiTitle = dStrokeWords(input.title);
  if (asciiTitle) meta.push([META.asciiTitle, asciiTitle]);
  return { filters, meta, sort };
}
