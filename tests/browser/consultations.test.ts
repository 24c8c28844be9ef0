/**
 * A notice's status in the reader's browser, on the sample site built while the December 2026
 * notice was open (SAMPLE_NOW): with the page's clock pinned, the page turns to "closed" when the
 * clock passes the closing moment without a reload, a page opened later says "closed" at once,
 * the list and the home page do the same, and without JavaScript the built status and the closing
 * day are there to read. The bundled script runs under the site's Content-Security-Policy.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { sampleSite } from '../helpers/sample-site.ts';

const NOTICE = '/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/';
const OPEN = 'Đang lấy ý kiến';
const CLOSED = 'Đã hết hạn lấy ý kiến';

describe('the status of a notice in Chromium', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    server = await serve(run.outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  /** A page of the site opened with the browser's clock at `now`; CSP violations and errors are collected. */
  async function open(path: string, now: string, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    await page.clock.install({ time: new Date(now) });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.exposeFunction('__cspViolation', (text: string) => problems.push(`CSP: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
        ),
      );
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return page;
  }

  const status = (page: Page) => page.locator('[data-window-status]').first();

  it('keeps "open" two seconds before the deadline, then turns to "closed" as the clock passes it', async () => {
    const page = await open(NOTICE, '2026-12-24T23:59:58+07:00');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('open');
    expect(await status(page).textContent()).toBe(OPEN);
    await page.clock.runFor(2_500);
    await expect.poll(() => status(page).textContent()).toBe(CLOSED);
    expect(await status(page).getAttribute('data-state')).toBe('closed');
    // The closing day stays in the text.
    expect(await page.locator('main').textContent()).toContain('đến hết ngày 24/12/2026');
    expect(problems).toEqual([]);
  });

  it.each(['/', '/lay-y-kien/', NOTICE])('says "closed" at once on %s opened after the deadline', async (path) => {
    const page = await open(path, '2026-12-25T08:00:00+07:00');
    await expect.poll(() => status(page).textContent()).toBe(CLOSED);
    // Its colour follows: grey like every ended notice (--ended-bg), no longer green.
    expect(await status(page).getAttribute('data-state')).toBe('closed');
    expect(await status(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(236, 235, 232)',
    );
    expect(problems).toEqual([]);
  });

  it('says "upcoming" on a reader whose clock is before the window', async () => {
    const page = await open(NOTICE, '2026-12-03T20:00:00+07:00');
    await expect.poll(() => status(page).textContent()).toBe('Sắp lấy ý kiến');
    await page.clock.runFor(4 * 3600_000);
    await expect.poll(() => status(page).textContent()).toBe(OPEN);
    expect(problems).toEqual([]);
  });

  it('without JavaScript shows the status it was built with, and the closing day', async () => {
    const page = await open(NOTICE, '2026-12-25T08:00:00+07:00', false);
    expect(await status(page).textContent()).toBe(OPEN);
    const text = await page.locator('main').textContent();
    expect(text).toMatch(/Từ ngày\s*04\/12\/2026\s*đến hết ngày\s*24\/12\/2026/);
  });
});
