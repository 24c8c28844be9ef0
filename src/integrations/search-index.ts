/**
 * Builds the search index once the pages are written (astro:build:done), with Pagefind's Node
 * API: the pages that mark their main content with data-pagefind-body (stories, exemplars,
 * decisions, units, clusters, movements; never listings or the 404), plus one record per
 * recipient of every decision, read from the open-data file the build has just written
 * (du-lieu/khen-thuong.json). Writes <outDir>/pagefind/.
 *
 * A failure stops the build with a bilingual message and exit code 1, like the content check:
 * a site whose search silently returns nothing is worse than no new build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recipientRecords } from '../search/recipient-records.ts';
import type { OpenDataRow } from '../utils/open-data.ts';
import { recordPhase } from './phase-timings.ts';

const OPEN_DATA = 'du-lieu/khen-thuong.json';
/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const BATCH = 1000;
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
        const created = await pagefind.createIndex();
        if (!created.index) fail(logger, created.errors);
        const { index } = created;

        const pages = await index.addDirectory({ path: outDir });
        if (pages.errors.length) fail(logger, pages.errors);
        recordPhase('searchIndexPages');

        const openData = join(outDir, OPEN_DATA);
        const rows = existsSync(openData) ? (JSON.parse(readFileSync(openData, 'utf8')) as OpenDataRow[]) : [];
        const records = recipientRecords(rows);
        for (let i = 0; i < records.length; i += BATCH) {
          const added = await Promise.all(records.slice(i, i + BATCH).map((record) => index.addCustomRecord(record)));
          const errors = added.flatMap((a) => a.errors);
          if (errors.length) fail(logger, errors);
        }
        recordPhase('searchIndexRecords');

        const bundle = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) fail(logger, written.errors);
        await pagefind.close();
        for (const file of UNUSED_FILES) rmSync(join(bundle, file), { force: true });

        recordPhase('searchIndexDone');
        const ms = Math.round(performance.now() - started);
        // Pagefind reads every HTML file but indexes only those with data-pagefind-body.
        const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) - records.length;
        logger.info(
          `Đã lập chỉ mục tìm kiếm: ${indexed} trang, ${records.length} tập thể, cá nhân được khen, ${ms} ms / search index: ${indexed} pages, ${records.length} recipient records in ${ms} ms`,
        );
      },
    },
  };
}
