/**
 * Atomic output: `astro build` replaces dist/ only when the whole build succeeded. Pages are
 * written to dist.staging/ beside it; after every other integration's `astro:build:done`
 * (sitemap, share images, search index, redirects) the staged site is swapped in
 * (src/io/swap-dir.ts). A build that fails at any point — a content error, a page that throws
 * while rendering, an integration that fails — leaves the last good site exactly as it was,
 * and its half-written staging folder is removed when the process exits.
 *
 * Integrations run their `astro:build:done` hooks in the order they are listed, so this one must
 * be the last: use `withAtomicOutput([...])` in astro.config.mjs, which appends it, and the
 * build stops with a clear message if anything ends up after it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { discardStaging, outputDirs, prepareStaging, swapIn, type OutputDirs } from '../io/swap-dir.ts';

export const ATOMIC_OUTPUT = 'bang-vang:atomic-output';

export function atomicOutput(): AstroIntegration {
  let dirs: OutputDirs | undefined;
  let swapped = false;
  return {
    name: ATOMIC_OUTPUT,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // Only builds write a site; dev and preview must keep reading the real outDir.
        if (command !== 'build') return;
        dirs = outputDirs(fileURLToPath(config.outDir));
        prepareStaging(dirs);
        const staging = dirs;
        process.once('exit', () => {
          if (!swapped) discardStaging(staging);
        });
        updateConfig({ outDir: pathToFileURL(`${dirs.staging}/`) });
      },
      'astro:config:done': ({ config }) => {
        if (!dirs) return;
        const names = config.integrations.map((integration) => integration.name);
        if (names.at(-1) !== ATOMIC_OUTPUT) {
          throw new Error(
            `${ATOMIC_OUTPUT} must be the last integration (after ${names.slice(names.indexOf(ATOMIC_OUTPUT) + 1).join(', ')}): ` +
              'its astro:build:done hook publishes the site, so every other hook must run before it. ' +
              'List integrations inside withAtomicOutput([...]) in astro.config.mjs.',
          );
        }
      },
      'astro:build:done': ({ logger }) => {
        if (!dirs) return;
        swapIn(dirs);
        swapped = true;
        logger.info(`Đã thay trang web mới vào ${dirs.final} / published the new site to ${dirs.final}`);
      },
    },
  };
}

/** The project's integrations with the atomic output appended, so it always runs last. */
export function withAtomicOutput(integrations: AstroIntegration[]): AstroIntegration[] {
  return [...integrations, atomicOutput()];
}
