/**
 * For a browser test file: the built sample site (tests/helpers/sample-site.ts) served on
 * loopback and a Chromium to open it, started before the file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serve } from './browser.ts';
import { sampleSite } from './sample-site.ts';

export interface SampleBrowser {
  readonly browser: Browser;
  /** The served site's origin: `${url}${routes.home()}` is its home page. */
  readonly url: string;
}

export function sampleSiteInBrowser(): SampleBrowser {
  let browser: Browser | undefined;
  let server: { url: string; stop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    server = await serve(run.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get browser() {
      return browser as Browser;
    },
    get url() {
      return server?.url ?? '';
    },
  };
}
