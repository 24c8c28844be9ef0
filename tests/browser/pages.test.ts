/**
 * What a reader gets, in Chromium: each page type renders, passes axe (no serious or critical
 * violation), and a story page carries almost no JavaScript. Screenshots at phone and desktop
 * widths are kept in test-results/screenshots/ for people to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';

const PAGES: [kind: string, path: string][] = [
  ['home', '/'],
  ['story', '/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/'],
  ['news list', '/tin-tuc/'],
  ['category', '/chuyen-muc/tong-ket/'],
  ['tag', '/the/cum-thi-dua/'],
  ['month', '/luu-tru/2026/01/'],
  ['decision', '/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/'],
  ['decisions', '/khen-thuong/'],
  ['notices', '/lay-y-kien/'],
  ['notice', '/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/'],
  ['decided notice', '/lay-y-kien/ninh-binh-huan-chuong-lao-dong-2026/'],
  ['honour roll', '/bang-vang/2024/'],
  ['unit', '/don-vi/tinh-ninh-binh/'],
  ['units', '/don-vi/'],
  ['cluster', '/cum-thi-dua/bac-trung-bo-2023/'],
  ['movement', '/phong-trao/ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so/'],
  ['exemplar', '/dien-hinh/dang-thi-ngoc-thinh/'],
  ['search', '/tim-kiem/?q=dua'],
  ['english', '/en/'],
  ['accessibility', '/tiep-can/'],
  ['open data', '/du-lieu/'],
  ['not found', '/khong-co-trang-nay/'],
];

const SCREENSHOTS = [
  'home',
  'story',
  'decision',
  'unit',
  'honour roll',
  'notices',
  'notice',
  'english',
  'accessibility',
  'open data',
];
const SHOTS_DIR = 'test-results/screenshots';

describe('pages in Chromium', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    server = await serve(run.outDir);
    browser = await launchBrowser();
    mkdirSync(SHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(
    path: string,
    width = 390,
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<{ page: Page; errors: string[]; status: number }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN', colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/404/.test(message.text())) errors.push(message.text());
    });
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return { page, errors, status: response?.status() ?? 0 };
  }

  it.each(PAGES.flatMap(([kind, path]) => (['light', 'dark'] as const).map((scheme) => [kind, path, scheme] as const)))(
    '%s (%s) renders in its language without errors and passes axe, %s theme',
    async (kind, path, scheme) => {
      const { page, errors, status } = await open(path, 390, scheme);
      expect(status).toBe(kind === 'not found' ? 404 : 200);
      // The search page draws its results after loading: check the page with them.
      if (kind === 'search') await page.locator('.search-result').first().waitFor();
      // /en/ is the office in English (Decree 42); every other page is Vietnamese.
      expect(await page.getAttribute('html', 'lang')).toBe(kind === 'english' ? 'en' : 'vi');
      expect((await page.locator('h1').first().textContent())?.trim().length).toBeGreaterThan(3);
      expect(await page.locator('main').count()).toBe(1);
      // Every axe rule (WCAG 2.0–2.2 A/AA and best practices); the issue asks for no serious or
      // critical violation, the pages currently have none of any impact, and this keeps it so.
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map(
        (v) => `${v.impact}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      if (scheme === 'dark') {
        // The system's dark setting really applies.
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(background).toBe('rgb(20, 20, 20)');
      }
      await page.close();
    },
  );

  it('can be used from the keyboard: the first Tab reaches the skip link, which jumps to the content', async () => {
    const { page } = await open(PAGES[1]?.[1] as string, 1280);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chuyển đến nội dung chính');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#noi-dung$/);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
    await page.close();
  });

  it('remembers the night-mode choice across pages', async () => {
    const { page } = await open('/', 390, 'light');
    const toggle = page.locator('#theme-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.goto(`${server.url}/khen-thuong/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(20, 20, 20)',
    );
    expect(await page.locator('#theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('offers read-aloud on stories only, and without JavaScript shows no dead buttons', async () => {
    const { page } = await open(PAGES[1]?.[1] as string);
    await expect.poll(() => page.locator('#read-aloud').isVisible()).toBe(true);
    expect(await page.locator('#read-aloud').textContent()).toBe('Đọc bài viết');
    await page.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}${PAGES[1]?.[1]}`);
    expect(await plain.locator('#read-aloud').isVisible()).toBe(false);
    expect(await plain.locator('#theme-toggle').isVisible()).toBe(false);
    expect(await plain.locator('.story-body p').count()).toBeGreaterThan(3);
    await noScript.close();
  });

  it('prints a story from its visible print button, and saves it without JavaScript', async () => {
    const { page } = await open(PAGES[1]?.[1] as string);
    // The print dialog cannot be seen headless: window.print is replaced by a counter.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    const print = page.getByRole('button', { name: 'In bài' });
    await expect.poll(() => print.isVisible()).toBe(true);
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const save = page.getByRole('link', { name: 'Lưu bài' });
    expect(await save.isVisible()).toBe(true);
    const download = page.waitForEvent('download');
    await save.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026.html');
    expect(await readFile((await file.path()) as string, 'utf8')).toContain('<h1>');
    await page.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}${PAGES[1]?.[1]}`);
    expect(await plain.getByRole('link', { name: 'Lưu bài' }).isVisible()).toBe(true);
    expect(await plain.locator('#print-story').isVisible()).toBe(false);
    await noScript.close();
  });

  it.each(SCREENSHOTS)('takes screenshots of the %s page at 390 px and 1280 px', async (kind) => {
    const path = PAGES.find(([k]) => k === kind)?.[1] as string;
    for (const width of [390, 1280]) {
      const { page } = await open(path, width);
      const file = join(SHOTS_DIR, `${kind.replace(/\s+/g, '-')}-${width}.png`);
      const png = await page.screenshot({ path: file, fullPage: true });
      expect(png.byteLength).toBeGreaterThan(10_000);
      await page.close();
    }
  });

  it('a story page loads at most 3 KB of compressed JavaScript and nothing from another origin', async () => {
    const page = await browser.newPage();
    const scripts: Buffer[] = [];
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.body());
    });
    await page.goto(`${server.url}${PAGES[1]?.[1]}`, { waitUntil: 'networkidle' });
    const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (nodes) =>
      nodes.map((n) => n.textContent ?? ''),
    );
    const bytes = [...scripts, ...inline.map((s) => Buffer.from(s))].reduce(
      (sum, b) => sum + gzipSync(b).byteLength,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
    // Share links are plain links: nothing is fetched from another origin.
    expect(await page.locator('.share a').count()).toBe(3);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('a decision page lists recipients in Vietnamese order by given name', async () => {
    const { page } = await open(PAGES[6]?.[1] as string, 1280);
    const names = await page.locator('table.recipients').nth(1).locator('tbody th .name').allTextContents();
    const key = (name: string) => {
      const words = name.trim().split(/\s+/);
      return [words.at(-1), ...words.slice(0, -1)].join(' ');
    };
    const collator = new Intl.Collator('vi');
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort((a, b) => collator.compare(key(a), key(b)) || collator.compare(a, b)));
    await page.close();
  });
});
