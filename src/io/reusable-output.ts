/**
 * Output a build writes only when its inputs changed: the open-data files, the name index, the
 * search archive. Each kind is kept under <cacheDir>/reuse/<kind>/<key>/, the key a digest of its
 * inputs; a build with the same key links the kept files into the site instead of writing them
 * again. Kept files are never written in place (a new key gets a new folder, an old one is
 * deleted whole), so a site linking them is never changed by a later build.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A hard link where the file system allows one (same disk), else a copy. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

/** Links (or copies) every file of a folder into another, at the same relative paths. */
export function linkTree(from: string, to: string): number {
  const files = filesUnder(from);
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    rmSync(target, { force: true });
    linkOrCopy(join(from, file), target);
  }
  return files.length;
}

/**
 * The folder holding this kind of output for this key: kept from an earlier build, or written
 * now by `write` (into a fresh folder, moved in place when complete). Other keys' folders go.
 * @returns the folder, and whether it was reused.
 */
export async function reusableOutput(
  cacheDir: string,
  kind: string,
  key: string,
  write: (dir: string) => Promise<void> | void,
): Promise<{ dir: string; reused: boolean }> {
  const root = join(cacheDir, 'reuse', kind);
  const dir = join(root, key);
  const reused = existsSync(dir);
  if (!reused) {
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    await write(partial);
    renameSync(partial, dir);
  }
  for (const name of readdirSync(root)) {
    if (name !== key) rmSync(join(root, name), { recursive: true, force: true });
  }
  return { dir, reused };
}
