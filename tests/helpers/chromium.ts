/**
 * Which Chromium the tests and scripts drive, and how to start it: `CHROMIUM_PATH` when set,
 * else Debian's /usr/bin/chromium when installed (what `.ci/run` installs), else the browser that
 * the `@sparticuz/chromium` devDependency ships inside npm (chrome-headless-shell, unpacked to the
 * temp folder on first use, about 2 s), so `npm ci && npm test` needs nothing from apt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's package. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumBinary {
  /** The executable. */
  path: string;
  /** Where it came from, for messages: `CHROMIUM_PATH`, `system` or `@sparticuz/chromium`. */
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Flags it needs besides ours. */
  args: string[];
  /** Environment it needs besides ours (libraries, fonts). */
  env: Record<string, string>;
}

/**
 * Whether the binary starts: it links against NSS and expat, which a machine without Debian's
 * Chromium may lack (the package brings its own, built for Amazon Linux 2023).
 */
function starts(path: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync(path, ['--version'], { env, timeout: 30_000 }).status === 0;
}

const DROPPED_FLAGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

/** The browser of `@sparticuz/chromium`, unpacked; with its own libraries only if the system's are missing. */
async function packagedChromium(): Promise<ChromiumBinary> {
  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  const path = await chromium.executablePath();
  // Its flags, less those for a serverless function that would change what the tests see: one
  // process for every page (crashes Playwright's contexts), and the same-origin policy and mixed
  // content checks turned off (a reader's browser keeps them).
  const args = chromium.args.filter((flag) => !DROPPED_FLAGS.has(flag));
  const env: Record<string, string> = {};
  // Without a fontconfig setup of its own the system has no fonts: use the package's (Open Sans).
  if (!existsSync('/etc/fonts/fonts.conf')) env['FONTCONFIG_PATH'] = await inflate(join(binFolder(), 'fonts.tar.br'));
  if (!starts(path, { ...process.env, ...env })) {
    const libraries = join(await inflate(join(binFolder(), 'al2023.tar.br')), 'lib');
    env['LD_LIBRARY_PATH'] = [libraries, process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  }
  return { path, source: '@sparticuz/chromium', args, env };
}

/** The package's folder of compressed files (beside build/, where its entry point is). */
function binFolder(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin');
}

let found: Promise<ChromiumBinary> | undefined;

/** The browser to drive, found once per process. */
export function findChromium(): Promise<ChromiumBinary> {
  found ??= (async (): Promise<ChromiumBinary> => {
    const configured = process.env['CHROMIUM_PATH'];
    if (configured) {
      if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured}: no such file.`);
      return { path: configured, source: 'CHROMIUM_PATH', args: [], env: {} };
    }
    if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system', args: [], env: {} };
    return packagedChromium();
  })();
  return found;
}

/**
 * Our flags: no GPU, nothing fetched in the background, no HTTP/3 probing of the test servers.
 * Also Lighthouse's (scripts/lighthouse.ts), which starts Chromium through chrome-launcher.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Headless Chromium for every test and script that drives one (tests/browser, scripts/docs,
 * scripts/bench, the office fixtures): the one place a browser is launched.
 * @param extraArgs flags of the caller (a host mapping, a certificate to accept).
 */
export async function launchBrowser(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  const binary = await findChromium();
  return chromium.launch({
    ...options,
    executablePath: binary.path,
    args: [...new Set([...binary.args, ...CHROMIUM_FLAGS, ...extraArgs])],
    env: { ...process.env, ...binary.env, ...options.env },
  });
}
