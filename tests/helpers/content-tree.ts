/**
 * The mini site (tests/helpers/mini-site.ts) written to disk as a project of its own — content/
 * and the award taxonomy — with some files replaced, added or removed, so a test can run the
 * real content check (`scripts/check-content.ts`) or a real build over it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './build.ts';
import { FILES, SITE } from './mini-site.ts';

/** File path (from the project root, `content/…`) → text or bytes; null removes a mini-site file. */
export type TreeChanges = Record<string, string | Buffer | null>;

/** A 1×1 PNG: enough for the check, which only asks whether an image file exists. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Write the mini site with `changes` into `root` (content/ and src/data/award-taxonomy.yaml). */
export function writeTree(root: string, changes: TreeChanges = {}): void {
  const all: TreeChanges = { 'content/site.yaml': SITE, ...FILES, ...changes };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'src/data'), { recursive: true });
  copyFileSync(join(ROOT, 'src/data/award-taxonomy.yaml'), join(root, 'src/data/award-taxonomy.yaml'));
}

export interface CheckRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole command, ms. */
  ms: number;
}

/** `npm run check` in `root`: the CLI a press officer (and CI) runs, on Node 24. */
export function runCheck(root: string): CheckRun {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', BANG_VANG_CONTENT: 'content' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}
