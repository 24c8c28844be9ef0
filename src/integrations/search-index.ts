/**
 * Builds the search index once the pages are written (astro:build:done), with Pagefind's Node
 * API: the pages that mark their main content with data-pagefind-body (stories, exemplars,
 * decisions, units, clusters, movements; never listings or the 404). Two bundles when the site is
 * large (search/scopes.ts): <outDir>/pagefind/ with all but the older stories, which go to
 * <outDir>/pagefind/luu-tru/, and the manifest <outDir>/pagefind/pham-vi.json that says so.
 * Recipients are not Pagefind records (each would cost every query bytes): they go to the
 * name index (src/search/name-shard.ts), built from the open-data file the build has just
 * written (du-lieu/khen-thuong.json) into <outDir>/tim-kiem/ten/.
 *
 * A failure stops the build with a bilingual message and exit code 1, like the content check:
 * a site whose search silently returns nothing is worse than no new build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rmSync, writeFileSync } from 'node:fs';
import { readOpenDataRows } from '../io/read-open-data.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readIndexedPages } from '../io/read-indexed-pages.ts';
import { writeNameIndex } from '../io/write-name-index.ts';
import {
  ARCHIVE_BUNDLE_PATH,
  MAIN_BUNDLE_PATH,
  SCOPES_MANIFEST,
  filesGlob,
  planScopes,
  type ScopePlan,
} from '../search/scopes.ts';
import { generateNameIndex } from '../search/name-index.ts';
import { recordPhase } from './phase-timings.ts';

const OPEN_DATA = 'du-lieu/khen-thuong.json';
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

/** Pagefind's own messages, for fail(). */
class PagefindErrors extends Error {
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

function fail(logger: AstroIntegrationLogger, errors: readonly string[]): never {
  logger.error(
    `Không lập được chỉ mục tìm kiếm / the search index could not be built:\n  ${errors.join('\n  ')}\n` +
      `  Trang web chưa được cập nhật. Hãy báo cho người quản trị kỹ thuật. / The site was not updated; tell the site's technical maintainer.`,
  );
  // Exit rather than throw: a stack trace means nothing to a press officer.
  process.exit(1);
}

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

/** The main bundle, the archive's when there is one, and the manifest the search page reads. */
async function writeBundles(outDir: string, plan: ScopePlan): Promise<{ main: number; archive: number }> {
  const mainBundle = join(outDir, MAIN_BUNDLE_PATH);
  rmSync(mainBundle, { recursive: true, force: true });
  const main = await writeBundle(outDir, plan.main, mainBundle);
  recordPhase('searchIndexPages');
  const archive = plan.archive.length ? await writeBundle(outDir, plan.archive, join(outDir, ARCHIVE_BUNDLE_PATH)) : 0;
  await pagefind.close();
  writeFileSync(join(outDir, SCOPES_MANIFEST), JSON.stringify(plan.manifest));
  recordPhase('searchIndexPagefind');
  return { main, archive };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'bang-vang:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark's goal build leaves the index out (the goals exclude it): npm run bench.
        if (process.env['BANG_VANG_SEARCH'] === '0') return;
        const started = performance.now();
        recordPhase('searchIndexStart');
        const outDir = fileURLToPath(dir);
        const mainPages = Number(process.env['BANG_VANG_SEARCH_MAIN_PAGES']) || undefined;
        // Read by Pagefind's process, which the first createIndex starts.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        try {
          const plan = planScopes(readIndexedPages(outDir, ['pagefind/']), mainPages ? { mainPages } : {});
          recordPhase('searchIndexPlanned');
          // Pagefind runs in its own process: the name index is built meanwhile.
          const [counts, { rows, names }] = await Promise.all([
            writeBundles(outDir, plan),
            readOpenDataRows(join(outDir, OPEN_DATA)).then((rows) => {
              const names = writeNameIndex(outDir, generateNameIndex(rows));
              recordPhase('searchIndexNames');
              return { rows: rows.length, names };
            }),
          ]);
          recordPhase('searchIndexDone');
          const ms = Math.round(performance.now() - started);
          const vi = counts.archive ? ` và ${counts.archive} tin cũ (lưu trữ riêng)` : '';
          const en = counts.archive ? ` and ${counts.archive} older stories (archive)` : '';
          logger.info(
            `Đã lập chỉ mục tìm kiếm: ${counts.main} trang${vi}, ${rows} tập thể, cá nhân được khen (${names.files} tệp tên), ${ms} ms / search index: ${counts.main} pages${en}, ${rows} recipients in ${names.files} name files, ${ms} ms`,
          );
        } catch (error) {
          fail(logger, error instanceof PagefindErrors ? error.errors : [String(error)]);
        }
      },
    },
  };
}
