/**
 * Replace a folder by another in one step, for the atomic build (src/integrations/atomic-output.ts).
 *
 * A folder cannot be renamed over a non-empty one, so the swap is two renames: the old site
 * aside (`dist.previous`), the new one in (`dist.staging` → `dist`), then the old one deleted.
 * Both renames are within one parent folder, so each is a single metadata operation; the
 * moment without a `dist` lasts microseconds. If the process dies in that moment, the next
 * build finds `dist.previous` without `dist` and puts it back before doing anything else.
 *
 * Deleting the old site (40,000 files at 10,000 stories) took longer than the rest of a build
 * after a small change: it is renamed aside (`dist.removing-…`) and deleted by a process of its
 * own that outlives the build; the next build deletes whatever such a process left.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputDirs {
  /** Where the site is published: `dist`. */
  final: string;
  /** Where the build writes: `dist.staging`, beside it (same file system, so rename works). */
  staging: string;
  /** Where the last good site waits during the swap: `dist.previous`. */
  previous: string;
}

export function outputDirs(final: string): OutputDirs {
  const base = final.replace(/[\\/]+$/, '');
  return { final: base, staging: `${base}.staging`, previous: `${base}.previous` };
}

/**
 * Before a build: restore the last good site if a swap was interrupted, and clear what a failed
 * or interrupted build left behind.
 */
export function prepareStaging(dirs: OutputDirs): void {
  if (!existsSync(dirs.final) && existsSync(dirs.previous)) renameSync(dirs.previous, dirs.final);
  rmSync(dirs.previous, { recursive: true, force: true });
  rmSync(dirs.staging, { recursive: true, force: true });
  const parent = dirname(dirs.final);
  const prefix = `${basename(dirs.final)}.removing-`;
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (!name.startsWith(prefix)) continue;
    try {
      rmSync(join(parent, name), { recursive: true, force: true });
    } catch {
      // Its own process is still deleting it.
    }
  }
}

/** Deletes a folder after renaming it aside, in a process of its own that this one does not wait for. */
function removeLater(dirs: OutputDirs, folder: string): void {
  const aside = `${dirs.final}.removing-${process.pid}-${Date.now()}`;
  renameSync(folder, aside);
  const remover = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', aside],
    { detached: true, stdio: 'ignore' },
  );
  remover.on('error', () => undefined);
  remover.unref();
}

/** After a successful build: the staged site becomes the published one. */
export function swapIn(dirs: OutputDirs): void {
  if (!existsSync(dirs.staging)) throw new Error(`Nothing was built in ${dirs.staging}`);
  const hadPrevious = existsSync(dirs.final);
  if (hadPrevious) renameSync(dirs.final, dirs.previous);
  try {
    renameSync(dirs.staging, dirs.final);
  } catch (error) {
    // Put the last good site back before reporting.
    if (hadPrevious) renameSync(dirs.previous, dirs.final);
    throw error;
  }
  if (hadPrevious) removeLater(dirs, dirs.previous);
}

/** After a failed build: drop the half-written site; the published one was never touched. */
export function discardStaging(dirs: OutputDirs): void {
  rmSync(dirs.staging, { recursive: true, force: true });
}
