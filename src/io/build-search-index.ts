/**
 * The search index of a built site (Node I/O; integrations/search-index.ts runs it at the end of
 * the build, the benchmark runs it again on the same output to time it alone), from what the data
 * layer handed over (data-access/search-index.ts). Pagefind, through its Node API, reads the pages
 * listed, which mark their main content with data-pagefind-body, and writes the main bundle and,
 * on a large site, the archive of older stories (search/scopes.ts); the name index's files
 * (search/name-shard.ts) are written meanwhile into <outDir>/tim-kiem/ten/.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordPhase } from '../integrations/phase-timings.ts';
import {
  ARCHIVE_BUNDLE_DIR,
  MAIN_BUNDLE_DIR,
  SCOPES_MANIFEST_FILE,
  filesGlob,
  planScopes,
  type ScopePlan,
} from '../search/scopes.ts';
import type { SearchHandoff } from '../astro-adapter/handoffs.ts';
import { writeNameIndex } from './write-name-index.ts';

/** Pagefind's ready-made interfaces. The site has its own search page, so they are not published. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind's own messages. */
export class PagefindErrors extends Error {
  readonly errors: readonly string[];
  constructor(errors: readonly string[]) {
    super(errors.join('; '));
    this.errors = errors;
  }
}

/**
 * Pagefind's index chunks hold whole words, a few kilobytes of them each (its default is ten
 * times that). On the 10k-story corpus this cut a first query's index bytes from 64 to 35 KB
 * (docs/benchmark.md). The cost: Pagefind extends a query's words to longer ones ("hoa" to
 * "hoàng") only within the chunk it loaded, so fewer such extensions are found (with the default
 * size too, only some are). Whole words are always found.
 */
const INDEX_CHUNK_SIZE = '4000';

/** Pagefind's index of these pages of the output folder, written to a bundle folder; the pages it indexed. */
async function writeBundle(outDir: string, files: readonly string[], bundle: string): Promise<number> {
  const created = await pagefind.createIndex();
  if (!created.index) throw new PagefindErrors(created.errors);
  const { index } = created;
  const pages = files.length ? await index.addDirectory({ path: outDir, glob: filesGlob(files) }) : undefined;
  if (pages?.errors.length) throw new PagefindErrors(pages.errors);
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new PagefindErrors(written.errors);
  for (const file of UNUSED_FILES) rmSync(join(bundle, file), { force: true });
  return pages?.page_count ?? 0;
}

/**
 * The main bundle and the archive's when there is one, indexed at the same time (Pagefind's
 * process leaves a core idle while it writes one bundle: on the 10k benchmark, 9.5 s against
 * 12.2 s one after the other, median of three each), then the manifest the search page reads.
 */
async function writeBundles(outDir: string, plan: ScopePlan): Promise<{ main: number; archive: number }> {
  const mainBundle = join(outDir, MAIN_BUNDLE_DIR);
  const archiveTemp = join(outDir, '.pagefind-archive');
  rmSync(mainBundle, { recursive: true, force: true });
  rmSync(archiveTemp, { recursive: true, force: true });
  const [main, archive] = await Promise.all([
    writeBundle(outDir, plan.main, mainBundle).then((pages) => {
      recordPhase('searchIndexPages');
      return pages;
    }),
    // Written beside the main bundle and moved into it once both are done, so that neither
    // Pagefind run can touch the other's files.
    plan.archive.length ? writeBundle(outDir, plan.archive, archiveTemp) : 0,
  ]);
  await pagefind.close();
  if (archive) renameSync(archiveTemp, join(outDir, ARCHIVE_BUNDLE_DIR));
  writeFileSync(join(outDir, SCOPES_MANIFEST_FILE), JSON.stringify(plan.manifest));
  recordPhase('searchIndexPagefind');
  return { main, archive };
}

export interface SearchIndexCounts {
  /** Pages in the main index and in the archive (0 without one). */
  main: number;
  archive: number;
  /** Files of the name index. */
  nameFiles: number;
}

/** How the index is split and addressed: scopes.ts. */
export interface SearchIndexOptions {
  /** Size of the main index, for tests. */
  mainPages?: number;
  /** The site's base path ('/' unless site.yaml's url has a path). */
  base?: string;
}

/** Pagefind's bundles of these pages (the benchmark times this step alone). */
export function writePagefindIndex(
  outDir: string,
  pages: SearchHandoff['pages'],
  options: SearchIndexOptions = {},
): Promise<{ main: number; archive: number }> {
  // Read by Pagefind's process, which the first createIndex starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const plan = planScopes(pages, options);
  recordPhase('searchIndexPlanned');
  return writeBundles(outDir, plan);
}

/** The whole search index: Pagefind's bundles, and the name index written while Pagefind works. */
export async function buildSearchIndex(
  outDir: string,
  input: Pick<SearchHandoff, 'pages' | 'names' | 'extras'>,
  options: SearchIndexOptions = {},
): Promise<SearchIndexCounts> {
  // Pagefind runs in its own process: the name index is written meanwhile.
  const bundles = writePagefindIndex(outDir, input.pages, options);
  const names = writeNameIndex(outDir, input.names, input.extras);
  recordPhase('searchIndexNames');
  return { ...(await bundles), nameFiles: names.files };
}
