/**
 * A site under a base path, as GitHub Pages serves a project site: the sample content with
 * `url: https://example.org/thi-dua-tinh/`, built and served under /thi-dua-tinh/ only (anything
 * else is another site's 404). Chromium opens every page and every address a page names — links,
 * stylesheets, scripts, pictures, the icon, share images, feeds, the sitemap's pages — and finds
 * each answered, among them the English page, the accessibility statement, the open data's page,
 * the public comment notices, the verification page and the 404 page; a search for a name and for
 * a story (in the main index and in the archive of older stories) and a verification by code ask
 * only for files that exist; a story's Markdown links written from the site's root, a decision's
 * signed original (served beside it), the feeds, the open data's addresses,
 * the redirects of a migrated story and the editor's config.yml all point under the base.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { copySampleContent } from '../helpers/cli.ts';
import { readOpenDataJson } from '../helpers/open-data.ts';

const BASE = '/thi-dua-tinh/';
const SITE = `https://example.org${BASE}`;
const STORY = 'articles/2023/cum-thi-dua-cac-huyen-thanh-pho-nam-dinh-ky-giao-uoc-thi-dua-2023.md';
const STORY_PAGE = `${BASE}tin-tuc/cum-thi-dua-cac-huyen-thanh-pho-nam-dinh-ky-giao-uoc-thi-dua-2023/`;
const DECISION_PAGE = `${BASE}khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/`;
/** The sample decision's signed original, kept beside it in content/ and served in its folder. */
const ORIGINAL_URL = `${DECISION_PAGE}lao-cai-bang-khen-khoi-huyen-2023.pdf`;
/** Pages that main's law and portal work added: each must be built and crawled under the base. */
const REQUIRED_PAGES = ['en/', 'tiep-can/', 'du-lieu/', 'lay-y-kien/', 'xac-minh/', '404.html'].map(
  (p) => `${BASE}${p}`,
);
/** The pages that send a migrated story's old addresses on to it. */
const OLD_ADDRESSES = ['news/tin-cu-123.html/', 'index.php/?option=com_content&id=57'];

/** The sample content, under a base path, with what officers and `npm run migrate` write from the site's root. */
function writeContent(content: string): void {
  const site = join(content, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: ${SITE}`));
  const story = join(content, STORY);
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(story, 'utf8')) ?? [];
  writeFileSync(
    story,
    `---\n${front}\nredirectFrom:\n  - /news/tin-cu-123.html\n  - /index.php?option=com_content&id=57\n---\n${body}\n` +
      'Xem [quyết định](/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/#dang-thi-ngoc-thuy), ' +
      `[bảng vàng](${BASE}bang-vang/) và [tìm kiếm](/tim-kiem/?q=giao+uoc).\n`,
  );
}

/** Every address an element of the page names, as the browser resolves it. */
const NAMED = () => [
  ...[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((e) => e.href),
  ...[...document.querySelectorAll<HTMLImageElement | HTMLScriptElement>('img[src], script[src], source[src]')].map(
    (e) => e.src,
  ),
  ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((e) =>
    (e.getAttribute('srcset') ?? '')
      .split(',')
      .map((part) => new URL(part.trim().split(/\s+/)[0] ?? '', location.href).href),
  ),
  ...[...document.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')].map(
    (e) => e.getAttribute('content') ?? '',
  ),
];

describe(`a site under ${BASE}`, () => {
  let dist: string;
  let output: string;
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  const origin = () => new URL(server.url).origin;
  /** The local address of a site address: the public one (https://example.org/…) or a path. */
  const local = (address: string) => new URL(address.replace(/^https:\/\/example\.org/, ''), origin()).href;

  beforeAll(async () => {
    const { dir, content } = copySampleContent();
    writeContent(content);
    dist = join(dir, 'dist');
    // A main search index of 40 pages, so that older stories go to the archive's index.
    const run = buildSite(content, dist, { BANG_VANG_SEARCH_MAIN_PAGES: '40' });
    output = run.output;
    if (run.status !== 0) throw new Error(run.output);
    server = await serve(dist, { base: BASE });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Open a page, noting every request answered with an error or not answered at all. */
  async function open(
    path: string,
  ): Promise<{ page: Page; failed: string[]; requested: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const failed: string[] = [];
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    page.on('pageerror', (error) => failed.push(`error ${error.message}`));
    await page.goto(`${origin()}${path}`);
    return { page, failed, requested, close: () => context.close() };
  }

  const checked = new Map<string, number>();
  /** The status an address is answered with (each fetched once). */
  async function status(address: string): Promise<number> {
    const url = local(address).replace(/#.*$/, '');
    if (!checked.has(url)) checked.set(url, (await fetch(url, { redirect: 'manual' })).status);
    return checked.get(url) ?? 0;
  }

  it('builds every page of the sample site and an archive of older stories for the search', () => {
    expect(output).toMatch(/tin cũ \(lưu trữ riêng\)/);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/pham-vi.json'), 'utf8'))).toMatchObject({
      archive: { path: `${BASE}pagefind/luu-tru/` },
    });
  });

  it('answers every page and every address a page names (links, assets, pictures, share images)', async () => {
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
      .map((file) => file.replace(/index\.html$/, ''))
      .filter((path) => !OLD_ADDRESSES.some((old) => old.startsWith(path)))
      .map((path) => `${BASE}${path}`);
    expect(pages.length).toBeGreaterThan(120);
    expect(pages).toEqual(expect.arrayContaining(REQUIRED_PAGES));
    expect(pages.filter((path) => path.startsWith(`${BASE}lay-y-kien/`)).length).toBeGreaterThan(1);
    const broken: string[] = [];
    let shareImages = 0;
    for (const path of pages) {
      const { page, failed, close } = await open(path);
      broken.push(...failed.map((failure) => `${path}: ${failure}`));
      for (const address of await page.evaluate(NAMED)) {
        const url = new URL(address);
        const internal = url.origin === origin() || url.origin === 'https://example.org';
        if (!internal) continue;
        if (!url.pathname.startsWith(BASE)) broken.push(`${path}: ${address} is outside ${BASE}`);
        else if ((await status(address)) !== 200) broken.push(`${path}: ${address} → ${await status(address)}`);
        if (url.pathname.startsWith(`${BASE}og/`)) shareImages++;
      }
      await close();
    }
    expect(broken).toEqual([]);
    expect(shareImages).toBeGreaterThan(100);
  }, 600_000);

  it('moves the links a story writes from the site’s root under the base, and a decision’s signed original', async () => {
    const { page, failed, close } = await open(STORY_PAGE);
    const hrefs = await page.$$eval('a', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `${BASE}khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/#dang-thi-ngoc-thuy`,
        `${BASE}bang-vang/`,
        `${BASE}tim-kiem/?q=giao+uoc`,
      ]),
    );
    await page.click(`a[href="${BASE}khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/#dang-thi-ngoc-thuy"]`);
    await page.waitForURL(/lao-cai-bang-khen-khoi-huyen-2023/);
    expect(await page.locator('#dang-thi-ngoc-thuy').count()).toBe(1);
    expect(await page.locator(`a[href="${ORIGINAL_URL}"]`).count()).toBe(1);
    const original = await fetch(local(ORIGINAL_URL));
    expect(original.status).toBe(200);
    expect((await original.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect(failed).toEqual([]);
    await close();
  });

  it('verifies an award by its code, asking only for files under the base', async () => {
    const row = readOpenDataJson(dist).find((r) => r['code'] && String(r['url']).includes(DECISION_PAGE));
    expect(row).toBeDefined();
    expect(String(row?.['verifyUrl'])).toBe(`${SITE}xac-minh/?ma=${String(row?.['code'])}`);
    const { page, failed, requested, close } = await open(local(String(row?.['verifyUrl'])).replace(origin(), ''));
    const card = page.locator('.verify-record');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe(row?.['name']);
    const links = await card.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(await status(link), link).toBe(200);
    expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(failed).toEqual([]);
    await close();
  });

  it('writes the open data’s addresses under the base, each answered', async () => {
    const rows = readOpenDataJson(dist);
    const addresses = new Set(rows.flatMap((r) => [String(r['url']), String(r['verifyUrl'])]).filter(Boolean));
    const metadata = JSON.parse(readFileSync(join(dist, 'du-lieu/khen-thuong.csv-metadata.json'), 'utf8')) as {
      url: string;
    };
    addresses.add(metadata.url);
    expect(addresses.size).toBeGreaterThan(10);
    for (const address of addresses) {
      expect(address.startsWith(SITE), address).toBe(true);
      expect(await status(address), address).toBe(200);
    }
  });

  it.each([
    ['a name', 'dang thi ngoc thuy', `${BASE}khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/#dang-thi-ngoc-thuy`],
    ['a story', 'ky ket giao uoc&tin-cu=1', STORY_PAGE],
  ])('searches for %s asking only for files that exist, and links its results under the base', async (_, q, hit) => {
    const { page, failed, requested, close } = await open(`${BASE}tim-kiem/?q=${q}`);
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const results = await page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(results).toContain(hit);
    for (const result of results) expect(result.startsWith(BASE), result).toBe(true);
    expect(failed).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
    if (q.includes('tin-cu')) expect(requested.some((path) => path.startsWith(`${BASE}pagefind/luu-tru/`))).toBe(true);
    await close();
  });

  it('leads a migrated story’s old addresses to it, under the base', async () => {
    for (const old of OLD_ADDRESSES) {
      const { page, failed, close } = await open(`${BASE}${old}`);
      await page.waitForURL(`**${STORY_PAGE}`);
      // The redirect page's own load may be cut short by the redirect it asks for (net::ERR_ABORTED
      // when the machine is busy): that is the redirect working, not a missing file.
      const leftBehind = (entry: string) =>
        entry.startsWith('failed ') &&
        new URL(entry.slice('failed '.length)).pathname.startsWith(`${BASE}${old.split(/[/?]/)[0]}`);
      expect(failed.filter((entry) => !leftBehind(entry))).toEqual([]);
      await close();
    }
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe(`${BASE}news/tin-cu-123.html ${STORY_PAGE} 301\n`);
  });

  it('answers a missing page with the site’s 404 page, drawn with its own styles', async () => {
    const { page, failed, close } = await open(`${BASE}khong-co/trang-nay/`);
    expect(failed.filter((failure) => !failure.includes('/khong-co/'))).toEqual([]);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    await close();
  });

  it('lists only addresses under the base in the sitemap, robots.txt and the feed, each answered', async () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    // The site's feed and the public comment notices' own.
    const feed = ['rss.xml', 'lay-y-kien/rss.xml'].map((file) => readFileSync(join(dist, file), 'utf8')).join('');
    const listed = [...`${sitemap}${feed}`.matchAll(/<(?:loc|link|guid[^>]*)>([^<]+)</g)].map((m) => m[1] ?? '');
    expect(listed.length).toBeGreaterThan(100);
    for (const address of listed) {
      expect(address.startsWith(SITE), address).toBe(true);
      expect(await status(address), address).toBe(200);
    }
    expect(sitemap).not.toContain('/admin/');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Disallow: ${BASE}admin/`);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE}sitemap-0.xml`);
  });

  it('gives the editor its logo, the site and each collection’s preview under the base', async () => {
    const config = parse(readFileSync(join(dist, 'admin/config.yml'), 'utf8')) as {
      logo: { src: string };
      site_url: string;
      public_folder: string;
      collections: { name: string; preview_path?: string }[];
    };
    expect(config.site_url).toBe(SITE);
    expect(await status(config.logo.src)).toBe(200);
    // Sveltia joins a preview path to the origin of site_url (see src/cms/config.ts).
    const preview = (name: string, slug: string) =>
      `${new URL(SITE).origin}/${config.collections.find((c) => c.name === name)?.preview_path?.replace('{{slug}}', slug)}`;
    expect(await status(preview('articles', 'cum-thi-dua-cac-huyen-thanh-pho-nam-dinh-ky-giao-uoc-thi-dua-2023'))).toBe(
      200,
    );
    expect(await status(preview('awards', 'lao-cai-bang-khen-khoi-huyen-2023'))).toBe(200);
    expect(await status(preview('units', 'tp-hue'))).toBe(200);
    // Files are written in content from the site's root, as every path content writes.
    expect(config.public_folder).toBe('/tep');
    const { page, failed, close } = await open(`${BASE}admin/`);
    await page
      .getByRole('button', { name: /^(Đăng nhập|Làm việc)/ })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(failed).toEqual([]);
    await close();
  });
});
