/**
 * The search page's state lives in its URL, so a search can be bookmarked, shared and reached
 * with the back button: `/tim-kiem/?q=dua&nam=2024&nam=2023&tin-cu=1&sap-xep=moi-nhat`. Pure functions:
 * URL ↔ state ↔ Pagefind options, and the folded query words used to highlight excerpts.
 */
import { foldVietnamese } from '../../utils/text.ts';
import { FILTER_KEYS, SORT_KEY, type FilterKey } from '../keys.ts';

export const SORTS = ['', 'moi-nhat', 'cu-nhat'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  sort: Sort;
  /** Selected values per filter; a result matches any selected value of a filter, and every filter. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Search the older stories too (the archive index: scopes.ts), not only the main index. */
  old: boolean;
}

export const SORT_PARAM = 'sap-xep';
/** `tin-cu=1`: the older stories too. */
export const OLD_PARAM = 'tin-cu';

export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean);
    if (values.length) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM) ?? '';
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : '',
    filters,
    old: params.get(OLD_PARAM) === '1',
  };
}

/** `?q=…&nam=…` in a stable order (query, filters in display order, sort); '' for an empty state. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.old) params.set(OLD_PARAM, '1');
  if (state.sort) params.set(SORT_PARAM, state.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function hasFilters(state: SearchState, except?: FilterKey): boolean {
  return FILTER_KEYS.some((key) => key !== except && (state.filters[key]?.length ?? 0) > 0);
}

/**
 * Pagefind's filter option: any of the selected values within a filter, all filters together.
 * `except` leaves one filter out, to count what choosing another of its values would give.
 */
export function pagefindFilters(state: SearchState, except?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (key !== except && values?.length) out[key] = { any: values };
  }
  return out;
}

export function pagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'moi-nhat') return { [SORT_KEY]: 'desc' };
  if (sort === 'cu-nhat') return { [SORT_KEY]: 'asc' };
  return undefined;
}

/** The query's words, folded, for highlighting the words Pagefind found through folded metadata. */
export function queryWords(q: string): string[] {
  return [
    ...new Set(
      q
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .map(foldVietnamese)
        .filter(Boolean),
    ),
  ];
}

/** `2024-01-18` → `18/01/2024`. */
export function displayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Words for the kind of a unit that a name starts with ("Phường Hoa Lư" is "Hoa Lư"), folded. */
const UNIT_TYPE_PREFIX = /^(?:phuong|xa|tinh|huyen|quan|thanh pho|thi xa|thi tran|dac khu) /;

function foldedPhrase(text: string): string {
  return queryWords(text).join(' ');
}

/**
 * How well a title matches the query as a phrase: 2 when the title, or the name after its unit
 * type, is the query ("hoa lu" and "Phường Hoa Lư"); 1 when the title contains the query's words
 * in order; 0 otherwise. Pagefind ranks by word, not by phrase, so "Phường Nam Hoa Lư" can
 * outrank "Phường Hoa Lư" for `hoa lu`; the search page reorders the first results by this (merge.ts).
 */
export function titleMatch(title: string, q: string): 0 | 1 | 2 {
  const query = foldedPhrase(q);
  if (!query) return 0;
  const folded = foldedPhrase(title);
  if (folded === query || folded.replace(UNIT_TYPE_PREFIX, '') === query) return 2;
  return ` ${folded} `.includes(` ${query} `) ? 1 : 0;
}

/**
 * The best match among the names an item goes by: its title and any other (a unit's former
 * names, so that "thua thien hue" puts Thành phố Huế first). merge.ts orders results by it.
 */
export function bestTitleMatch(names: readonly string[], q: string): 0 | 1 | 2 {
  return names.reduce<0 | 1 | 2>((best, name) => Math.max(best, titleMatch(name, q)) as 0 | 1 | 2, 0);
}
