/**
 * Safe output: text from content never becomes markup. A mini site whose titles, names,
 * citations and site identity carry </script>, <img onerror>, quotes and ampersands
 * (tests/helpers/hostile-site.ts) is built and read the way readers and machines read it:
 * every page in Chromium (no element, attribute or script made from the text; the text shown
 * exactly), JSON-LD parsed as JSON, RSS and the sitemap parsed as XML, open data parsed back.
 * Search results and share images are not built yet (other branches) and are not covered here.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { writeTree } from '../helpers/content-tree.ts';
import { EVIL, EVIL_SHORT, FORMULA, HOSTILE } from '../helpers/hostile-site.ts';
import { readOpenDataFiles } from '../helpers/open-data.ts';

const STORY = '/tin-tuc/hoi-nghi-cum-1/';

describe('text from content never becomes markup', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-hostile-'));
  const outDir = join(root, 'dist');
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let pages: string[];

  beforeAll(async () => {
    writeTree(root, HOSTILE);
    const run = buildSite(join(root, 'content'), outDir);
    if (run.status !== 0) throw new Error(run.output);
    pages = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      // The editor shows no content text; its own policy is tested in csp.test.ts.
      .filter((file) => !file.startsWith('admin/'))
      .map((file) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`)
      .map((path) => (path === '/404/' ? '/khong-co-trang-nay/' : path))
      .sort();
    server = await serve(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** One tab that records CSP violations, reused across pages (a new tab per page costs ~1 s). */
  let tab: { page: Page; violations: string[] } | undefined;
  async function open(path: string): Promise<{ page: Page; violations: string[] }> {
    if (!tab) {
      const page = await browser.newPage();
      const violations: string[] = [];
      await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
            `${event.violatedDirective} ${event.blockedURI}`,
          ),
        );
      });
      tab = { page, violations };
    }
    tab.violations.length = 0;
    await tab.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return tab;
  }

  it('builds every page of the hostile site', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain(STORY);
  });

  it('no page has an element, attribute or script made from content text', async () => {
    const found: string[] = [];
    for (const path of pages) {
      const { page, violations } = await open(path);
      const markup = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        images: document.querySelectorAll('img[src="x"]').length,
        handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
        bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Đậm').length,
        scripts: [...document.scripts].filter(
          (s) => (s.textContent ?? '').includes('window.__xss=1') && s.type !== 'application/ld+json',
        ).length,
      }));
      if (
        markup.xss !== undefined ||
        markup.images ||
        markup.handlers ||
        markup.bold ||
        markup.scripts ||
        violations.length
      )
        found.push(`${path}: ${JSON.stringify({ ...markup, violations })}`);
    }
    expect(found).toEqual([]);
  });

  it('shows the text exactly, in the page, its title and its meta description', async () => {
    const { page } = await open(STORY);
    expect(await page.locator('h1').textContent()).toBe(`Tổng kết ${EVIL}`);
    expect(await page.title()).toBe(`Tổng kết ${EVIL} | Bảng Vàng ${EVIL_SHORT}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(`Các phường ${EVIL}`);
    expect(await page.locator('.site-footer').textContent()).toContain(`Nguyễn Văn ${EVIL_SHORT}`);
    // The share link carries the title as data, encoded.
    const x = new URL((await page.locator('.share a[href^="https://x.com/"]').getAttribute('href')) as string);
    expect(x.searchParams.get('text')).toBe(`Tổng kết ${EVIL}`);
    const decision = await open('/khen-thuong/bang-khen-2025/');
    expect(await decision.page.locator('tbody th .name').allTextContents()).toEqual(
      expect.arrayContaining([`Nguyễn Thị ${EVIL}`, FORMULA]),
    );
  });

  it('keeps JSON-LD valid JSON with the exact text, and unable to close its script element', async () => {
    const html = readFileSync(join(outDir, 'tin-tuc/hoi-nghi-cum-1/index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/<\/script/i);
    const [article, breadcrumbs] = JSON.parse(blocks[0] as string) as [
      { headline: string; description: string; author: { name: string }[] },
      { itemListElement: { name: string }[] },
    ];
    expect(article.headline).toBe(`Tổng kết ${EVIL}`);
    expect(article.description).toBe(`Các phường ${EVIL}`);
    expect(article.author[0]?.name).toBe(`Xuân Thu ${EVIL_SHORT}`);
    expect(breadcrumbs.itemListElement[0]?.name).toBe(`Bảng Vàng ${EVIL_SHORT}`);
  });

  it('keeps RSS and the sitemap well-formed XML with the exact text', async () => {
    const { page } = await open('/');
    const feed = await page.evaluate(async () => {
      const parseXml = async (url: string) =>
        new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      const rss = await parseXml('/rss.xml');
      const sitemap = await parseXml('/sitemap-0.xml');
      return {
        errors: rss.querySelectorAll('parsererror').length + sitemap.querySelectorAll('parsererror').length,
        channel: rss.querySelector('channel > title')?.textContent,
        item: rss.querySelector('item > title')?.textContent,
        description: rss.querySelector('item > description')?.textContent,
        // Bylines are Dublin Core creators (escaped by the build, not by @astrojs/rss).
        creator: rss.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent,
        urls: sitemap.querySelectorAll('url').length,
      };
    });
    expect(feed).toEqual({
      errors: 0,
      channel: `Bảng Vàng ${EVIL_SHORT}`,
      item: `Tổng kết ${EVIL}`,
      description: `Các phường ${EVIL}`,
      creator: `Xuân Thu ${EVIL_SHORT}`,
      urls: expect.any(Number),
    });
    expect(feed.urls).toBeGreaterThan(10);
  });

  it('gives open data back exactly, with a spreadsheet formula kept as text in the CSV', () => {
    const { csv, json } = readOpenDataFiles(outDir);
    expect(csv.map((r) => r['name']).sort()).toEqual([`'${FORMULA}`, `Nguyễn Thị ${EVIL}`].sort());
    expect(csv.find((r) => r['kind'] === 'ca-nhan')?.['citation']).toBe(EVIL);
    expect(json.map((r) => r['name']).sort()).toEqual([FORMULA, `Nguyễn Thị ${EVIL}`].sort());
  });
});
