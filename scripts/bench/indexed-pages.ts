/**
 * The built site's pages that Pagefind indexes, read back from the output, with what
 * search/scopes.ts needs to split them: whether each is a story, and its sort date. The build
 * itself takes this list from the data layer (data-access/search-index.ts); the benchmark reads
 * it from the output to time the index step alone, and the sample-site test checks the two agree.
 * Reads every HTML file once, as bytes: decoding them as text took longer than the search itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SECTIONS } from '../../src/routing/routes.ts';
import { SORT_KEY } from '../../src/search/keys.ts';
import type { IndexedPage } from '../../src/search/scopes.ts';

/** As Astro writes it: an attribute without a value, followed by a space or the tag's end. */
const BODY_MARKS = [' data-pagefind-body ', ' data-pagefind-body>', ' data-pagefind-body='];
const SORT_DATE = `data-pagefind-sort="${SORT_KEY}[content]" content="`;

/**
 * Whether Pagefind indexes a written page (it marks its main content with data-pagefind-body) and
 * its sort date, from the tags SearchTags.astro writes
 * (`<meta … data-pagefind-sort="ngay[content]" content="2024-05-06">`).
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

/** @param skip path prefixes inside the output folder to leave out (`pagefind/`). */
export function readIndexedPages(outDir: string, skip: readonly string[] = []): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (skip.some((prefix) => file.startsWith(prefix))) continue;
    const { indexed, date } = indexedPageFacts(readFileSync(join(outDir, file)));
    if (indexed) pages.push({ file, story: file.startsWith(`${SECTIONS.news}/`), date });
  }
  return pages;
}
