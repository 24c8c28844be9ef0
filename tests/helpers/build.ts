/** Run `astro build` on a content folder, as a press officer's push would, and capture what it prints. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * The environment without what Vitest adds (DEV=1, MODE=test, NODE_ENV=test…): Astro reads
 * process.env into import.meta.env, so a build run from a test would otherwise act as a dev build.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(DEV|PROD|SSR|MODE|BASE_URL|TEST|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** @param env extra environment, e.g. another TZ to show the output does not depend on it. */
export function buildSite(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): BuildRun {
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: ROOT,
    env: {
      ...cleanEnvironment(),
      BANG_VANG_CONTENT: contentDir,
      BANG_VANG_OUT: outDir,
      BANG_VANG_CACHE: `${outDir}-cache`,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
