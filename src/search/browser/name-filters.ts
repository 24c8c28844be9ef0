/**
 * The search page's filters applied to the name index's hits, in the browser (Pagefind filters
 * only the pages), and their counts merged into Pagefind's, so a filter shows one count for both.
 * Pure; bundled into the search page's script.
 */
import { FILTER_KEYS, type FilterKey } from '../keys.ts';
import type { NameHit } from '../name-shard.ts';
import type { SearchState } from './query-state.ts';

export type FilterCounts = Record<string, Record<string, number>>;

/** A hit's value for each filter; `type` is the content type of recipients ("Tập thể, cá nhân được khen"). */
export function hitFilters(hit: NameHit, type: string): Record<FilterKey, string[]> {
  return {
    loai: [type],
    nam: hit.date ? [hit.date.slice(0, 4)] : [],
    'hinh-thuc': hit.awardName ? [hit.awardName] : [],
    cap: hit.level ? [hit.level] : [],
    // Only units of the unit list, as on the pages: free-text units stay out of the unit filter.
    'don-vi': hit.unitId ? [hit.unit] : [],
    'doi-tuong': hit.kind ? [hit.kind] : [],
  };
}

/** Whether a hit passes every filter of the state (any chosen value within one), `except` one left out. */
export function passes(values: Record<FilterKey, string[]>, state: SearchState, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const chosen = state.filters[key];
    return key === except || !chosen?.length || values[key].some((v) => chosen.includes(v));
  });
}

export function filterHits(hits: readonly NameHit[], state: SearchState, type: string): NameHit[] {
  return hits.filter((hit) => passes(hitFilters(hit, type), state));
}

/**
 * Counts per filter value, as Pagefind gives them: for a filter with a choice made, counted as
 * if that filter were not set (what choosing another value would give), the others applied.
 */
export function hitCounts(hits: readonly NameHit[], state: SearchState, type: string): FilterCounts {
  const counts: FilterCounts = Object.fromEntries(FILTER_KEYS.map((key) => [key, {}]));
  for (const hit of hits) {
    const values = hitFilters(hit, type);
    for (const key of FILTER_KEYS) {
      if (!passes(values, state, key)) continue;
      const bucket = counts[key] as Record<string, number>;
      for (const value of values[key]) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return counts;
}

export function mergeCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  const out: FilterCounts = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const merged = { ...a[key] };
    for (const [value, count] of Object.entries(b[key] ?? {})) merged[value] = (merged[value] ?? 0) + count;
    out[key] = merged;
  }
  return out;
}
