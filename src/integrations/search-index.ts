/**
 * Builds the search index once the pages are written (astro:build:done): io/build-search-index.ts
 * (Pagefind's main bundle and, on a large site, its archive of older stories; the name index),
 * from what the data layer handed over (data-access/search-index.ts).
 *
 * A failure stops the build with a bilingual message and exit code 1, like the content check:
 * a site whose search silently returns nothing is worse than no new build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { PagefindErrors, buildSearchIndex, type SearchCache } from '../io/build-search-index.ts';
import { codeVersion } from '../io/code-version.ts';
import { recordPhase } from './phase-timings.ts';
import { takeSearch } from '../astro-adapter/handoffs.ts';

function fail(logger: AstroIntegrationLogger, errors: readonly string[]): never {
  logger.error(
    `Không lập được chỉ mục tìm kiếm / the search index could not be built:\n  ${errors.join('\n  ')}\n` +
      `  Trang web chưa được cập nhật. Hãy báo cho người quản trị kỹ thuật. / The site was not updated; tell the site's technical maintainer.`,
  );
  // Exit rather than throw: a stack trace means nothing to a press officer.
  process.exit(1);
}

export function searchIndex(): AstroIntegration {
  let cache: SearchCache | undefined;
  // The site's base path: the manifest gives the archive's address under it.
  let base = '/';
  return {
    name: 'bang-vang:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = { cacheDir: fileURLToPath(config.cacheDir), codeVersion: codeVersion(fileURLToPath(config.root)) };
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark's goal build leaves the index out (the goals exclude it): npm run bench.
        if (process.env['BANG_VANG_SEARCH'] === '0') return;
        const started = performance.now();
        recordPhase('searchIndexStart');
        const mainPages = Number(process.env['BANG_VANG_SEARCH_MAIN_PAGES']) || undefined;
        // Handed over by the data layer when the search page was built.
        const input = takeSearch();
        if (!input) fail(logger, ['src/pages/tim-kiem/index.astro handed over nothing to index']);
        try {
          const counts = await buildSearchIndex(fileURLToPath(dir), input, {
            base,
            ...(mainPages ? { mainPages } : {}),
            cache,
          });
          recordPhase('searchIndexDone');
          const ms = Math.round(performance.now() - started);
          const vi = counts.archive
            ? ` và ${counts.archive} tin cũ (lưu trữ riêng${counts.archiveReused ? ', không đổi, dùng lại' : ''})`
            : '';
          const en = counts.archive
            ? ` and ${counts.archive} older stories (archive${counts.archiveReused ? ', unchanged, reused' : ''})`
            : '';
          const namesVi = counts.namesReused ? ', không đổi, dùng lại' : '';
          const namesEn = counts.namesReused ? ', unchanged, reused' : '';
          // People proposed in public comment notices are in the name index too, counted apart.
          const proposedVi = input.proposed ? `, ${input.proposed} được đề nghị` : '';
          const proposedEn = input.proposed ? `, ${input.proposed} proposed` : '';
          logger.info(
            `Đã lập chỉ mục tìm kiếm: ${counts.main} trang${vi}, ${input.recipients} tập thể, cá nhân được khen${proposedVi} (${counts.nameFiles} tệp tên${namesVi}), ${ms} ms / search index: ${counts.main} pages${en}, ${input.recipients} recipients${proposedEn} in ${counts.nameFiles} name files${namesEn}, ${ms} ms`,
          );
        } catch (error) {
          fail(logger, error instanceof PagefindErrors ? error.errors : [String(error)]);
        }
      },
    },
  };
}
