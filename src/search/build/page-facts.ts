/**
 * What the search build reads from each written page (io/read-indexed-pages.ts). Pure, on bytes
 * (Node's Buffer): kept apart from scopes.ts, which the search page's script bundles.
 */
import { SORT_KEY } from '../keys.ts';

/** As Astro writes it: an attribute without a value, followed by a space or the tag's end. */
const BODY_MARKS = [' data-pagefind-body ', ' data-pagefind-body>', ' data-pagefind-body='];
const SORT_DATE = `data-pagefind-sort="${SORT_KEY}[content]" content="`;

/**
 * What the build needs to know of a written page: whether Pagefind indexes it (it marks its main
 * content with data-pagefind-body) and its sort date, read from the tags SearchTags.astro writes
 * (`<meta … data-pagefind-sort="ngay[content]" content="2024-05-06">`). Works on the file's bytes:
 * the build reads every page, and decoding them as text took longer than the search itself.
 */
export function indexedPageFacts(html: Uint8Array | string): { indexed: boolean; date: string } {
  const bytes = typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.length);
  const indexed = BODY_MARKS.some((mark) => bytes.includes(mark));
  const at = bytes.indexOf(SORT_DATE);
  if (at < 0) return { indexed, date: '' };
  const start = at + SORT_DATE.length;
  const end = bytes.indexOf('"', start);
  return { indexed, date: bytes.toString('utf8', start, end < 0 ? start : end) };
}
