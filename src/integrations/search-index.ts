/**
 * Builds the search index once the pages are written (astro:build:done), with Pagefind's Node
 * API: the pages that mark their main content with data-pagefind-body (stories, exemplars,
 * decisions, units, clusters, movements; never listings or the 404). Writes <outDir>/pagefind/.
 * Recipients are not Pagefind records (each would cost every query bytes): they go to the
 * name index (src/search/name-shard.ts), built from the open-data file the build has just
 * written (du-lieu/khen-thuong.json) into <outDir>/tim-kiem/ten/.
 *
 * A failure stops the build with a bilingual message and exit code 1, like the content check:
 * a site whose search silently returns nothing is worse than no new build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { readOpenDataRows } from '../io/read-open-data.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeNameIndex } from '../io/write-name-index.ts';
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

function fail(logger: AstroIntegrationLogger, errors: readonly string[]): never {
  logger.error(
    `Không lập được chỉ mục tìm kiếm / the search index could not be built:\n  ${errors.join('\n  ')}\n` +
      `  Trang web chưa được cập nhật. Hãy báo cho người quản trị kỹ thuật. / The site was not updated; tell the site's technical maintainer.`,
  );
  // Exit rather than throw: a stack trace means nothing to a press officer.
  process.exit(1);
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
        // Pagefind's index chunks keep their default size. Smaller ones (its environment variable
        // PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=4000) cut a first query's index bytes by two thirds on
        // the benchmark corpus, but lost results: the last word is matched as a prefix only within
        // one chunk (`tin so 12` found 164 pages instead of 272, `thi dua` 928 instead of 994).
        const created = await pagefind.createIndex();
        if (!created.index) fail(logger, created.errors);
        const { index } = created;

        const pages = await index.addDirectory({ path: outDir });
        if (pages.errors.length) fail(logger, pages.errors);
        recordPhase('searchIndexPages');

        const bundle = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) fail(logger, written.errors);
        await pagefind.close();
        for (const file of UNUSED_FILES) rmSync(join(bundle, file), { force: true });
        recordPhase('searchIndexPagefind');

        const openData = join(outDir, OPEN_DATA);
        const rows = await readOpenDataRows(openData);
        const names = writeNameIndex(outDir, generateNameIndex(rows));

        recordPhase('searchIndexDone');
        const ms = Math.round(performance.now() - started);
        // Pagefind reads every HTML file but indexes only those with data-pagefind-body.
        const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
        logger.info(
          `Đã lập chỉ mục tìm kiếm: ${indexed} trang, ${rows.length} tập thể, cá nhân được khen (${names.files} tệp tên), ${ms} ms / search index: ${indexed} pages, ${rows.length} recipients in ${names.files} name files, ${ms} ms`,
        );
      },
    },
  };
}
