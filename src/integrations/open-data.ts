/**
 * Writes the open-data files (/du-lieu/khen-thuong.csv, .json) once the pages are done, from what
 * the data layer handed over (data-access/open-data.ts): streamed to disk piece by piece, since
 * a million recipients make files of several hundred megabytes that Astro would hold whole in
 * memory as an endpoint's response. Unchanged since the last build (same digest of what they
 * show, same code), they are linked from the cache instead (io/reusable-output.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOpenData } from '../astro-adapter/handoffs.ts';
import { codeVersion } from '../io/code-version.ts';
import { linkTree, reusableOutput } from '../io/reusable-output.ts';
import { writeTextFile } from '../io/write-text-file.ts';
import { recordPhase } from './phase-timings.ts';

export function openData(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let base = '/';
  return {
    name: 'bang-vang:open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const handoff = takeOpenData();
        if (!handoff) return;
        const key = `${handoff.key}-${codeVersion(root)}`;
        const kept = await reusableOutput(cacheDir, 'open-data', key, async (folder) => {
          for (const file of handoff.files) {
            await writeTextFile(join(folder, file.path.slice(base.length)), await file.chunks());
          }
        });
        linkTree(kept.dir, fileURLToPath(dir));
        recordPhase('openDataDone');
        logger.info(
          kept.reused
            ? 'Dữ liệu mở: không đổi, dùng lại / open data: unchanged, reused'
            : 'Dữ liệu mở: đã ghi / open data: written',
        );
      },
    },
  };
}
