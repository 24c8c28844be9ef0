/**
 * The built site's pages that Pagefind indexes, with what search/scopes.ts needs to split them:
 * whether each is a story, and its date. Reads every HTML file once, as bytes (page-facts.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { STORY_ROUTE } from '../project.ts';
import { indexedPageFacts } from '../search/build/page-facts.ts';
import type { IndexedPage } from '../search/scopes.ts';

/** @param skip path prefixes inside the output folder to leave out (`pagefind/`). */
export function readIndexedPages(outDir: string, skip: readonly string[] = []): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (skip.some((prefix) => file.startsWith(prefix))) continue;
    const { indexed, date } = indexedPageFacts(readFileSync(join(outDir, file)));
    if (indexed) pages.push({ file, story: file.startsWith(`${STORY_ROUTE}/`), date });
  }
  return pages;
}
