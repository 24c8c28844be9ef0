/**
 * A coupling to Astro internals, apart from internals.ts because pages import that file and this
 * one only the build's integrations need; tests/unit/astro-adapter.test.ts checks it with the rest.
 */
import { copyFile, link, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ASTRO_VERSION } from './internals.ts';

/**
 * Astro's incremental build (experimental.incrementalBuild) keeps a copy of every page it
 * rendered under <cacheDir>/dist/ and, for a page it skips, copies that copy back into the output
 * folder (IncrementalBuildCache.restoreOutputFile, astro/dist/core/build/incremental.js). On a
 * site of 25,000 files that copying is most of a small change's build. This makes the restore a
 * hard link (a copy only where the file system cannot link), and the write of a new copy a write
 * aside and a rename: a copy is then never changed in place, so a published page linked to it
 * stays as published until the next build replaces the site.
 */
export async function linkIncrementalRestores(): Promise<void> {
  const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const module = (await import(pathToFileURL(join(astroDir, 'dist/core/build/incremental.js')).href)) as {
    IncrementalBuildCache?: { prototype: Record<string, unknown> };
  };
  const prototype = module.IncrementalBuildCache?.prototype;
  if (
    !prototype ||
    typeof prototype['restoreOutputFile'] !== 'function' ||
    typeof prototype['writeOutputFile'] !== 'function'
  ) {
    throw new Error(`Astro ${ASTRO_VERSION}'s IncrementalBuildCache has moved: see src/astro-adapter/internals.ts`);
  }
  type Settings = { config: { cacheDir: URL } };
  const cached = (settings: Settings, outputFile: string) =>
    fileURLToPath(new URL(outputFile, new URL(INCREMENTAL_OUTPUT_DIR, settings.config.cacheDir)));
  const made = new Set<string>();
  const folder = async (file: string) => {
    const dir = dirname(file);
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };
  prototype['restoreOutputFile'] = async function (settings: Settings, outputFile: string, destination: URL) {
    const from = cached(settings, outputFile);
    const to = fileURLToPath(destination);
    await folder(to);
    try {
      await link(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      await copyFile(from, to);
    }
    return true;
  };
  prototype['writeOutputFile'] = async function (settings: Settings, outputFile: string, body: Uint8Array) {
    const to = cached(settings, outputFile);
    await folder(to);
    const aside = `${to}.${process.pid}.tmp`;
    await writeFile(aside, body);
    await rename(aside, to);
  };
}

/** Where Astro's incremental build keeps its copies of the pages, under cacheDir (incremental.js). */
const INCREMENTAL_OUTPUT_DIR = 'dist/';
