/**
 * One list from two sources: Pagefind's pages and the name index's recipients. By relevance,
 * names rank above body text: a page whose title is the query comes first ("hoa lu" finds
 * Phường Hoa Lư's unit page before its awards), then recipients named exactly so, then titles and
 * names holding the query in order, then names holding its words in any order, then the other
 * pages in Pagefind's order. Pure; bundled into the search page's script.
 */

/** A place in the merged list: the i-th page of Pagefind's results, or the i-th name hit. */
export type Slot = { page: number } | { name: number };

/**
 * `pageMatches`: how well the titles of the first pages (those whose data is loaded) match the
 * query (0, 1, 2: see titleMatch); `pageCount`: all pages found; `nameMatches`: each name hit's
 * match (nameMatchLevel), the hits already in their order (newest first).
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
  return [...pages(2), ...names(2), ...pages(1), ...names(1), ...names(0), ...rest];
}

/**
 * Of the next page and the next name (dates `YYYY-MM-DD`, or `YYYY` for a page with a year
 * only, as Pagefind sorts them), which comes first in a date sort. Undefined: that source is done.
 */
export function nextByDate(
  pageDate: string | undefined,
  nameDate: string | undefined,
  order: 'asc' | 'desc',
): 'page' | 'name' | undefined {
  if (pageDate === undefined) return nameDate === undefined ? undefined : 'name';
  if (nameDate === undefined) return 'page';
  const cmp = pageDate.localeCompare(nameDate);
  return (order === 'desc' ? cmp >= 0 : cmp <= 0) ? 'page' : 'name';
}
