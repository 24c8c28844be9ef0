/**
 * A digest of the project's code (src/, and the locked dependency versions), for the caches of
 * output the integrations write themselves (reusable-output.ts): Astro's own page cache follows
 * each page's modules, but an integration's output depends on code Astro does not track, so any
 * change to the code renews it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function addTree(hash: ReturnType<typeof createHash>, dir: string, prefix: string): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) addTree(hash, full, `${prefix}${name}/`);
    else hash.update(`${prefix}${name}\0`).update(readFileSync(full)).update('\0');
  }
}

let cached: string | undefined;

export function codeVersion(root: string): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  addTree(hash, join(root, 'src'), 'src/');
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  cached = hash.digest('base64url').slice(0, 16);
  return cached;
}
