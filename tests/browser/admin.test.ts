/**
 * The browser editor at /admin in Chromium: it loads from the site's own origin only, speaks
 * Vietnamese, and its forms show the fields the schemas define (with Sveltia's in-memory test
 * repository in place of GitHub, which needs a sign-in). Kept out of the sitemap and search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';

describe('/admin in Chromium', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let outDir: string;

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
    server = await serve(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Open /admin/, blocking and recording every request to another origin. */
  async function openAdmin(testRepository: boolean): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(/.*/, (route) => {
      if (route.request().url().startsWith(server.url)) return route.fallback();
      foreign.push(route.request().url());
      return route.abort();
    });
    if (testRepository) {
      await page.route(/\/admin\/config\.yml/, async (route) => {
        const response = await route.fetch();
        const text = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
        await route.fulfill({ response, body: text });
      });
    }
    await page.goto(`${server.url}/admin/`);
    return { page, foreign, errors };
  }

  it('loads in Vietnamese and asks nothing of another origin but the git host', async () => {
    const { page, foreign, errors } = await openAdmin(false);
    await page.getByText('Đăng nhập bằng mã truy cập').waitFor({ timeout: 30_000 });
    await expect(page.getByText('Biên tập Bảng Vàng').first().isVisible()).resolves.toBe(true);
    // Fonts, interface strings and the script itself come from /admin/; only GitHub's status is asked.
    expect(foreign.filter((url) => !url.startsWith('https://www.githubstatus.com/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every field of a story, labelled in Vietnamese, in its form', async () => {
    const { page, foreign } = await openAdmin(true);
    await page.getByRole('button', { name: /kho mã nguồn thử nghiệm/ }).click();
    await page.waitForURL(/#\/collections\//, { timeout: 30_000 });
    await page.goto(`${server.url}/admin/#/collections/articles/new`);
    // Sveltia wraps names it interpolates in Unicode isolates: "Tạo \u2068tin bài\u2069".
    await page
      .getByText(/Tạo\s*\u2068?tin bài/)
      .first()
      .waitFor({ timeout: 30_000 });
    const config = parse(readFileSync(join(outDir, 'admin/config.yml'), 'utf8')) as {
      collections: { name: string; fields: { label: string }[] }[];
    };
    const labels = config.collections.find((c) => c.name === 'articles')?.fields.map((f) => f.label) ?? [];
    expect(labels).toContain('Sapo (đoạn mở đầu)');
    // The editor draws fields as they scroll into view: scroll the form to its end, reading as we go.
    let text = '';
    for (let step = 0; step < 20; step++) {
      text += (await page.textContent('body')) ?? '';
      await page.mouse.move(300, 600);
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    expect(labels.filter((label) => !text.includes(label))).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('is kept out of the sitemap and of search engines', () => {
    const html = readFileSync(join(outDir, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const sitemaps = readdirSync(outDir).filter((name) => name.startsWith('sitemap-') && name !== 'sitemap-index.xml');
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(join(outDir, name), 'utf8')).not.toContain('/admin');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
  });
});
