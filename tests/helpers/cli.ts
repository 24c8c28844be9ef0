/** Run one of the project's command-line scripts as a press officer would, and capture what it prints. */
import { cpSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build.ts';

export interface CliRun {
  status: number | null;
  output: string;
}

export function runScript(script: string, args: string[], env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** A temporary copy of the sample content, to import into and check. */
export function copySampleContent(): { dir: string; content: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bang-vang-cli-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return { dir, content: join(dir, 'content') };
}

/** A stack trace line, which no message to a press officer may contain. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
