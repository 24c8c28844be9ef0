/**
 * One list from the sources: Pagefind's pages (one index, or the main one and the archive) and
 * the name index's recipients. By relevance,
 * names rank above body text: a page whose title is the query comes first ("hoa lu" finds
 * Phường Hoa Lư's unit page before its awards), then recipients named exactly so, then titles and
 * names holding the query in order, then names holding its words in any order, then the records
 * of the units the query names, then the other pages in Pagefind's order. Pure; bundled into the search page's script.
 */

/** A place in the merged list: the i-th page of Pagefind's results, or the i-th name hit. */
export type Slot = { page: number } | { name: number };

/**
 * `pageMatches`: how well the titles of the first pages (those whose data is loaded) match the
 * query (0, 1, 2: see titleMatch); `pageCount`: all pages found; `nameMatches`: each name hit's
 * match (nameMatchLevel), or -1 for a record listed because its unit's name matches
 * (unit-index.ts), the hits already in their order (newest first). Those records come after the
 * names that match and before the pages that only hold the words in their text.
 */
export function relevanceOrder(
  pageMatches: readonly number[],
  pageCount: number,
  nameMatches: readonly number[],
): Slot[] {
  const pages = (match: number): Slot[] => pageMatches.flatMap((m, page) => (m === match ? [{ page }] : []));
  const names = (match: number): Slot[] => nameMatches.flatMap((m, name) => (m === match ? [{ name }] : []));
  const rest: Slot[] = [];
  for (let page = 0; page < pageCount; page++)
    if (page >= pageMatches.length || !pageMatches[page]) rest.push({ page });
  return [...pages(2), ...names(2), ...pages(1), ...names(1), ...names(0), ...names(-1), ...rest];
}

/**
 * Of the next items of several lists, each already in date order (dates `YYYY-MM-DD`, or `YYYY`
 * for a page with a year only, as Pagefind sorts them), which comes first in a date sort: its
 * list's position. Undefined marks a list that is done; on equal dates the earlier list wins
 * (pages before names, the main index before the archive). Undefined: every list is done.
 */
export function nextByDate(heads: readonly (string | undefined)[], order: 'asc' | 'desc'): number | undefined {
  let best: number | undefined;
  heads.forEach((date, i) => {
    if (date === undefined) return;
    const current = best === undefined ? undefined : heads[best];
    if (current === undefined) {
      best = i;
      return;
    }
    const cmp = date.localeCompare(current);
    if (order === 'desc' ? cmp > 0 : cmp < 0) best = i;
  });
  return best;
}

/**
 * Several indexes' results as one list by relevance. Pagefind's scores depend on how common a
 * word is in its own index: in a small archive, where most stories hold the query's words, its
 * best match scores far below a weaker one of the main index. So each list's scores are taken
 * relative to its own best, and the lists interleaved by that (the earlier list first on a tie).
 */
export function mergeByScore<T extends { score: number }>(lists: readonly (readonly T[])[]): T[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const scored = lists.flatMap((list, l) => {
    const best = Math.max(...list.map((item) => item.score), Number.MIN_VALUE);
    return list.map((item, i) => ({ item, relative: item.score / best, l, i }));
  });
  scored.sort((a, b) => b.relative - a.relative || a.l - b.l || a.i - b.i);
  return scored.map((s) => s.item);
}
