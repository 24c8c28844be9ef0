/**
 * A large site's search in two indexes (src/search/scopes.ts), on the sample content built with a
 * main index of 20 pages, so that its five oldest stories go to the archive. In Chromium: a search
 * downloads nothing of the archive until the reader asks for it (or picks a year or the oldest
 * first order that needs it), says what it did not search, and once asked finds the old stories,
 * ranked and sorted by date together with the main index's pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import type { ScopesManifest } from '../../src/search/scopes.ts';
import { readIndexedPages } from '../../scripts/bench/indexed-pages.ts';

const OUT = join(ROOT, 'test-results', 'search-archive', 'dist');
/** The Nam Định cluster's covenant story (2023-03-30), the oldest: in the archive. */
const OLD_STORY = '/tin-tuc/cum-thi-dua-cac-huyen-thanh-pho-nam-dinh-ky-giao-uoc-thi-dua-2023/';

function pageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(OUT, bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

describe('search with an archive of older stories', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let output = '';

  beforeAll(async () => {
    rmSync(join(ROOT, 'test-results', 'search-archive'), { recursive: true, force: true });
    const run = buildSite('content', OUT, { BANG_VANG_SEARCH_MAIN_PAGES: '20', BANG_VANG_SHARE_IMAGES: '0' });
    output = run.output;
    if (run.status !== 0) throw new Error(run.output);
    server = await serve(OUT);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('writes two indexes and a manifest, and leaves no working folder behind', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'pagefind/pham-vi.json'), 'utf8')) as ScopesManifest;
    expect(manifest.archive).toEqual({
      path: '/pagefind/luu-tru/',
      stories: 5,
      newest: '2024-03-14',
      oldest: '2023-03-30',
    });
    expect(pageCount('pagefind/luu-tru')).toBe(5);
    // Every indexed page is in exactly one of the two.
    const stories = readdirSync(join(OUT, 'tin-tuc'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(join(OUT, 'tin-tuc', d.name, 'index.html')) && d.name !== 'trang',
    ).length;
    expect(stories).toBe(9);
    const main = pageCount('pagefind');
    expect(main).toBeGreaterThan(20);
    // The pages the data layer handed to Pagefind are every page the output marks for it.
    expect(main + pageCount('pagefind/luu-tru')).toBe(readIndexedPages(OUT, ['pagefind/']).length);
    expect(output).toContain(`Đã lập chỉ mục tìm kiếm: ${main} trang và 5 tin cũ (lưu trữ riêng)`);
    expect(readdirSync(OUT).filter((name) => name.startsWith('.search-pages-'))).toEqual([]);
  });

  async function open(query: string): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/tim-kiem/${query}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === null);
    return { page, requests };
  }

  const links = (page: Page) =>
    page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('searches the main index only, says so, and searches the older stories when asked', async () => {
    const { page, requests } = await open('?q=ky+ket+giao+uoc');
    expect(await links(page)).not.toContain(OLD_STORY);
    expect(requests.some((path) => path.startsWith('/pagefind/luu-tru/'))).toBe(false);
    const hint = page.locator('[data-old-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toContain('Chưa tìm trong 5 tin đăng từ 30/03/2023 đến 14/03/2024.');
    expect(await page.locator('#search-old-note').innerText()).toBe('5 tin đăng từ 30/03/2023 đến 14/03/2024');
    // The option and the hint, as a reader on a phone sees them, pass axe.
    mkdirSync(join(ROOT, 'test-results', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'search-archive-hint-390.png') });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.locator('[data-old-button]').click();
    await page.waitForURL(/tin-cu=1/);
    await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === null);
    await expect.poll(async () => (await links(page)).slice(0, 3)).toContain(OLD_STORY);
    expect(requests.some((path) => path.startsWith('/pagefind/luu-tru/index/'))).toBe(true);
    expect(await hint.isVisible()).toBe(false);
    expect(await page.locator('#search-old').isChecked()).toBe(true);
    await page.context().close();
  });

  it('sorts the two indexes’ pages together by date', async () => {
    const { page } = await open('?q=thi+dua&tin-cu=1&sap-xep=moi-nhat');
    // Every result, in order: "Xem thêm" until all are shown.
    while (await page.locator('[data-more]').isVisible()) await page.locator('[data-more]').click();
    const dates = await page.$$eval('[data-results] li .meta', (ps) =>
      ps.map((p) => {
        const text = p.textContent ?? '';
        const full = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
        if (full) return `${full[3]}-${full[2]}-${full[1]}`;
        return /\b(\d{4})\b/.exec(text)?.[1] ?? '';
      }),
    );
    const hrefs = await links(page);
    expect(hrefs).toContain(OLD_STORY);
    expect(hrefs).toContain('/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/');
    expect(dates.length).toBeGreaterThan(10);
    // Newest first; a year alone sorts before that year's dates (as Pagefind sorts them).
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort((a, b) => b.localeCompare(a)));
    await page.context().close();
  });

  it('searches the archive by itself for a year it holds, or oldest first', async () => {
    for (const query of ['?q=giao+uoc&nam=2023', '?q=giao+uoc&sap-xep=cu-nhat']) {
      const { page, requests } = await open(query);
      expect(requests.some((path) => path.startsWith('/pagefind/luu-tru/index/'))).toBe(true);
      expect(await links(page)).toContain(OLD_STORY);
      expect(await page.locator('[data-old-hint]').isVisible()).toBe(false);
      await page.context().close();
    }
    // A year the archive does not hold: the main index alone.
    const { page, requests } = await open('?q=giao+uoc&nam=2026');
    expect(requests.some((path) => path.startsWith('/pagefind/luu-tru/'))).toBe(false);
    await page.context().close();
  });
});
