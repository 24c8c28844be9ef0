/**
 * The search index of a built site (Node I/O; integrations/search-index.ts runs it at the end of
 * the build, the benchmark runs it again on the same output to time it alone), from what the data
 * layer handed over (data-access/search-index.ts). Pagefind, through its Node API, reads the pages
 * listed, which mark their main content with data-pagefind-body, and writes the main bundle and,
 * on a large site, the archive of older stories (search/scopes.ts); the name index's files
 * (search/name-shard.ts) are written meanwhile into <outDir>/tim-kiem/ten/.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
import { linkTree, reusableOutput } from './reusable-output.ts';
import { NAME_INDEX_PATH } from '../search/name-shard.ts';

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
 * Where a build keeps what it can reuse (io/reusable-output.ts), and the code's digest (a change
 * of code renews everything kept).
 */
export interface SearchCache {
  cacheDir: string;
  codeVersion: string;
}

/** Digest of the archive's pages as built: the same pages, byte for byte, index the same. */
function archiveKey(outDir: string, files: readonly string[], cache: SearchCache): string {
  const hash = createHash('sha256').update(`${cache.codeVersion}\0${INDEX_CHUNK_SIZE}\0`);
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(outDir, file)))
      .update('\0');
  return hash.digest('base64url').slice(0, 22);
}

/**
 * The archive's bundle: indexed by Pagefind into the cache, or kept there from a build whose
 * archive pages were the same, and linked into the site.
 */
async function keptArchive(
  outDir: string,
  files: readonly string[],
  cache: SearchCache,
): Promise<{ pages: number; reused: boolean; dir: string }> {
  const key = archiveKey(outDir, files, cache);
  const kept = await reusableOutput(cache.cacheDir, 'search-archive', key, async (dir) => {
    const pages = await writeBundle(outDir, files, join(dir, ARCHIVE_BUNDLE_DIR));
    writeFileSync(join(dir, 'pages.txt'), String(pages));
  });
  const pages = Number(readFileSync(join(kept.dir, 'pages.txt'), 'utf8'));
  return { pages, reused: kept.reused, dir: join(kept.dir, ARCHIVE_BUNDLE_DIR) };
}

/**
 * The main bundle and the archive's when there is one, indexed at the same time (Pagefind's
 * process leaves a core idle while it writes one bundle: on the 10k benchmark, 9.5 s against
 * 12.2 s one after the other, median of three each), then the manifest the search page reads.
 * With a cache, an archive whose pages did not change is reused rather than indexed again.
 */

async function writeBundles(
  outDir: string,
  plan: ScopePlan,
  cache?: SearchCache,
): Promise<{ main: number; archive: number; archiveReused: boolean }> {
  const mainBundle = join(outDir, MAIN_BUNDLE_DIR);
  const archiveTemp = join(outDir, '.pagefind-archive');
  rmSync(mainBundle, { recursive: true, force: true });
  rmSync(archiveTemp, { recursive: true, force: true });
  // Written beside the main bundle (in the cache, or in a folder of the site) and moved or linked
  // into it once both are done, so that neither Pagefind run can touch the other's files.
  const archive = !plan.archive.length
    ? Promise.resolve({ pages: 0, reused: false, dir: '' })
    : cache
      ? keptArchive(outDir, plan.archive, cache)
      : writeBundle(outDir, plan.archive, archiveTemp).then((pages) => ({ pages, reused: false, dir: archiveTemp }));
  const [main, archived] = await Promise.all([
    writeBundle(outDir, plan.main, mainBundle).then((pages) => {
      recordPhase('searchIndexPages');
      return pages;
    }),
    archive,
  ]);
  await pagefind.close();

  if (archived.dir === archiveTemp) renameSync(archiveTemp, join(outDir, ARCHIVE_BUNDLE_DIR));
  else if (archived.dir) linkTree(archived.dir, join(outDir, ARCHIVE_BUNDLE_DIR));
  writeFileSync(join(outDir, SCOPES_MANIFEST_FILE), JSON.stringify(plan.manifest));
  recordPhase('searchIndexPagefind');
  return { main, archive: archived.pages, archiveReused: archived.reused };
}

export interface SearchIndexCounts {
  /** Pages in the main index and in the archive (0 without one). */
  main: number;
  archive: number;
  /** Whether the archive's index was reused from the last build. */
  archiveReused: boolean;
  /** Files of the name index. */
  nameFiles: number;
  /** Whether the name index was reused from the last build. */
  namesReused: boolean;
}

/** How the index is split and addressed (scopes.ts), and where a build keeps what it can reuse. */
export interface SearchIndexOptions {
  /** Size of the main index, for tests. */
  mainPages?: number;
  /** The site's base path ('/' unless site.yaml's url has a path). */
  base?: string;
  /** Without one (the benchmark's timed runs), everything is indexed again. */
  cache?: SearchCache | undefined;
}

/** Pagefind's bundles of these pages (the benchmark times this step alone, without a cache). */
export function writePagefindIndex(
  outDir: string,
  pages: SearchHandoff['pages'],
  options: SearchIndexOptions = {},
): Promise<{ main: number; archive: number; archiveReused: boolean }> {
  // Read by Pagefind's process, which the first createIndex starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const plan = planScopes(pages, options);
  recordPhase('searchIndexPlanned');
  return writeBundles(outDir, plan, options.cache);
}

/** The name index's files, written now or, unchanged since the last build, linked from the cache. */
async function writeNames(
  outDir: string,
  input: Pick<SearchHandoff, 'names' | 'namesKey'>,
  cache: SearchCache | undefined,
): Promise<{ files: number; reused: boolean }> {
  if (!cache) {
    const { names, extras } = await input.names();
    return { files: writeNameIndex(outDir, names, extras).files, reused: false };
  }
  const kept = await reusableOutput(
    cache.cacheDir,
    'name-index',
    `${input.namesKey}-${cache.codeVersion}`,
    async (dir) => {
      const { names, extras } = await input.names();
      writeNameIndex(dir, names, extras);
    },
  );
  rmSync(join(outDir, NAME_INDEX_PATH), { recursive: true, force: true });
  return { files: linkTree(join(kept.dir, NAME_INDEX_PATH), join(outDir, NAME_INDEX_PATH)), reused: kept.reused };
}

/** The whole search index: Pagefind's bundles, and the name index written while Pagefind works. */
export async function buildSearchIndex(
  outDir: string,
  input: Pick<SearchHandoff, 'pages' | 'names' | 'namesKey'>,
  options: SearchIndexOptions = {},
): Promise<SearchIndexCounts> {
  // Pagefind runs in its own process: the name index is written meanwhile.
  const bundles = writePagefindIndex(outDir, input.pages, options);
  const names = await writeNames(outDir, input, options.cache);
  recordPhase('searchIndexNames');
  return { ...(await bundles), nameFiles: names.files, namesReused: names.reused };
}
