/**
 * The real sample site (content/), built once per test run and shared by every test file that
 * reads it. Test files run one at a time (vitest.config.ts), so the first one to ask builds it
 * and the others read the same dist. Tests must only read it.
 *
 * Its clock is pinned (SAMPLE_NOW), so what it shows never depends on the day the tests run: the
 * sample notice of December 2026 is open, its pages carry the status script.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, ROOT, type BuildRun } from './build.ts';

const BASE = join(ROOT, 'test-results', 'sample-site');

/** The site's clock for the sample build: inside the window of the sample notice (4–24 December 2026). */
export const SAMPLE_NOW = '2026-12-10T12:00:00+07:00';

export interface SampleSite extends BuildRun {
  outDir: string;
}

export function sampleSite(): SampleSite {
  const runId = inject('runId');
  const outDir = join(BASE, 'dist');
  const stamp = join(BASE, 'build.json');
  if (existsSync(stamp)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8')) as SampleSite & { runId: string };
    if (saved.runId === runId) return { status: saved.status, output: saved.output, outDir };
  }
  rmSync(BASE, { recursive: true, force: true });
  mkdirSync(BASE, { recursive: true });
  const run = buildSite('content', outDir, { BANG_VANG_NOW: SAMPLE_NOW });
  writeFileSync(stamp, JSON.stringify({ runId, ...run, outDir }));
  return { ...run, outDir };
}
