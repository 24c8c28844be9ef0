/**
 * Search on the built sample site, in Chromium: queries typed without accents find the right
 * page in the top three, filters narrow the results and live in the URL, the page works from the
 * keyboard and passes axe in both themes, and a story page downloads nothing for search until
 * its header box is used. The expected pages were chosen by reading content/.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';
import { INSIDE_CAP } from '../../src/search/name-shard.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { readOpenDataJson } from '../helpers/open-data.ts';
import { decodeShard, nameTokens, shardFile, type ShardJson } from '../../src/search/name-shard.ts';

const STORY = '/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/';
const SHOTS_DIR = 'test-results/screenshots';

/** Query typed without accents → a page it must find among the first three results. */
const EXPECTED: [query: string, url: string, why: string][] = [
  ['dong van', '/don-vi/phuong-dong-van/', 'Phường Đồng Văn: đ and tones'],
  ['hoa lu', '/don-vi/phuong-hoa-lu/', 'Phường Hoa Lư, among Nam Hoa Lư and Tây Hoa Lư'],
  [
    'ky ket giao uoc',
    '/tin-tuc/cum-thi-dua-cac-huyen-thanh-pho-nam-dinh-ky-giao-uoc-thi-dua-2023/',
    'the story of the Nam Định cluster signing its covenant',
  ],
  [
    'co thi dua',
    '/khen-thuong/ninh-binh-cum-1-de-nghi-co-thi-dua-chinh-phu-2025/',
    'the proposal for the Government’s Cờ thi đua',
  ],
  [
    'dang thi ngoc thuy',
    '/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/#dang-thi-ngoc-thuy',
    'a recipient in a CSV annex, Đặng with đ',
  ],
  [
    'tran van duc',
    '/khen-thuong/nam-truc-giay-khen-2022-thay-the/#tran-van-duc',
    'a recipient; the replacing decision, not only the revoked one',
  ],
  ['thua thien hue', '/don-vi/tp-hue/', 'Thành phố Huế under its former name Tỉnh Thừa Thiên Huế'],
];

describe('search', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let site: SampleSite;

  beforeAll(async () => {
    site = sampleSite();
    if (site.status !== 0) throw new Error(site.output);
    server = await serve(site.outDir);
    browser = await launchBrowser();
    mkdirSync(SHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 390, height: 900 },
      locale: 'vi-VN',
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    return { page, errors, close: () => context.close() };
  }

  /** Wait until the status line reports the search for the page's query. */
  async function settled(page: Page): Promise<string> {
    await page.waitForFunction(() =>
      /kết quả|Không tìm thấy/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    return (await page.textContent('[data-status]')) ?? '';
  }

  async function resultUrls(page: Page): Promise<string[]> {
    return page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  function count(status: string): number {
    return Number(/Tìm thấy ([\d.]+) kết quả/.exec(status)?.[1]?.replace(/\./g, '') ?? 0);
  }

  it('is built with the site: the pages marked for indexing, and every recipient in the name index', () => {
    const bundle = join(site.outDir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    // Pagefind's own interfaces are not published: the site has its own page.
    expect(existsSync(join(bundle, 'pagefind-ui.js'))).toBe(false);
    const rows = readOpenDataJson(site.outDir) as { name: string; url: string }[];
    const log =
      /Đã lập chỉ mục tìm kiếm: (\d+) trang, (\d+) tập thể, cá nhân được khen, (\d+) được đề nghị \((\d+) tệp tên\), \d+ ms/.exec(
        site.output,
      );
    expect(log, site.output).not.toBeNull();
    expect(Number(log?.[2])).toBe(rows.length);
    // The people and collectives proposed in the two sample notices.
    expect(Number(log?.[3])).toBe(4);
    // Only real pages: stories, exemplars, decisions, units, clusters, movements, notices — no listings, no recipients.
    const real = ['tin-tuc', 'dien-hinh', 'khen-thuong', 'don-vi', 'cum-thi-dua', 'phong-trao', 'lay-y-kien'].reduce(
      (sum, dir) =>
        sum +
        readdirSync(join(site.outDir, dir), { withFileTypes: true }).filter(
          (d) => d.isDirectory() && d.name !== 'trang' && existsSync(join(site.outDir, dir, d.name, 'index.html')),
        ).length,
      0,
    );
    expect(readdirSync(join(bundle, 'fragment')).length).toBe(real);
    // Each recipient is in the file of its name's last word, with its page and anchor.
    const names = join(site.outDir, 'tim-kiem/ten');
    expect(readdirSync(names).length).toBe(Number(log?.[4]));
    for (const row of rows) {
      const file = join(names, shardFile(nameTokens(row.name).at(-1) as string));
      const hits = decodeShard(JSON.parse(readFileSync(file, 'utf8')) as ShardJson);
      expect(hits.map((hit) => hit.url)).toContain(new URL(row.url).pathname + new URL(row.url).hash);
    }
  });

  it.each(EXPECTED)('“%s” finds %s in the top three (%s)', async (query, url) => {
    const { page, errors, close } = await open(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    const status = await settled(page);
    const top = (await resultUrls(page)).slice(0, 3);
    expect(top, status).toContain(url);
    expect(errors).toEqual([]);
    await close();
  });

  it('“dua” finds pages that only have “đua”, and marks the word in the excerpt', async () => {
    const { page, close } = await open('/tim-kiem/?q=dua');
    expect(count(await settled(page))).toBeGreaterThan(10);
    const titles = await page.$$eval('.search-result h2', (hs) => hs.slice(0, 3).map((h) => h.textContent ?? ''));
    for (const title of titles) expect(title).toMatch(/đua/i);
    expect(await page.locator('.search-result .excerpt mark', { hasText: /^đua$/i }).count()).toBeGreaterThan(0);
    await close();
  });

  it('lists ten results at a time; “more” adds ten and moves the focus to the first new one', async () => {
    const { page, close } = await open('/tim-kiem/?q=dua');
    const total = count(await settled(page));
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('.search-result').count()).toBe(10);
    await page.locator('[data-more]').click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(20);
    const focused = await page.evaluate(
      () => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10],
    );
    expect(focused).toBe(true);
    await close();
  });

  it('shows a recipient’s award, decision, year, present unit and kind, and filters recipients by type', async () => {
    const { page, close } = await open(
      `/tim-kiem/?q=kenji+watanabe&loai=${encodeURIComponent('Tập thể, cá nhân được khen')}`,
    );
    await settled(page);
    const urls = await resultUrls(page);
    expect(urls).toContain('/khen-thuong/thua-thien-hue-cong-dan-danh-du-2023/#kenji-watanabe');
    expect(urls.every((url) => url.includes('#'))).toBe(true);
    // The result shows award, decision number, year and the unit's present name.
    const kenji = page.locator('.search-result', { hasText: 'Kenji Watanabe' });
    expect(await kenji.locator('.meta').textContent()).toBe(
      'Công dân danh dự · Quyết định số 2988/QĐ-UBND · 2023 · Thành phố Huế · Cá nhân',
    );
    await close();
  });

  it('finds a person proposed in a public comment notice, shown as a proposal that links the notice', async () => {
    const { page, errors, close } = await open('/tim-kiem/?q=le+minh+tuan');
    await settled(page);
    expect(await resultUrls(page)).toContain('/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/#le-minh-tuan');
    const result = page.locator('.search-result', { hasText: 'Lê Minh Tuấn' });
    // Marked "Đề nghị" as proposals are, with no decision number: never read as an award conferred.
    expect(await result.locator('.kicker .badge').textContent()).toBe('Đề nghị');
    expect(await result.locator('.badge').getAttribute('class')).toContain('badge-de-nghi');
    expect(await result.locator('.meta').textContent()).toBe(
      'Chiến sĩ thi đua toàn quốc · 2026 · Phường Tam Điệp · Cá nhân',
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('finds a public comment notice as a page of its own type', async () => {
    const type = encodeURIComponent('Thông báo lấy ý kiến');
    const { page, errors, close } = await open(`/tim-kiem/?q=lay+y+kien+chien+si+thi+dua+toan+quoc&loai=${type}`);
    await settled(page);
    const urls = await resultUrls(page);
    expect(urls[0]).toBe('/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/');
    expect(urls.every((url) => url.startsWith('/lay-y-kien/'))).toBe(true);
    expect(await page.locator('.search-result .kicker').first().textContent()).toBe('Thông báo lấy ý kiến');
    expect(errors).toEqual([]);
    await close();
  });

  it('lists the records of a unit named by its former name, after the unit’s page', async () => {
    const { page, errors, close } = await open('/tim-kiem/?q=thua+thien+hue');
    await settled(page);
    const urls = await resultUrls(page);
    expect(urls[0]).toBe('/don-vi/tp-hue/');
    // Kenji Watanabe's name holds none of the words: he is listed as a record of Thành phố Huế.
    const kenji = urls.indexOf('/khen-thuong/thua-thien-hue-cong-dan-danh-du-2023/#kenji-watanabe');
    expect(kenji).toBeGreaterThan(0);
    expect(await page.locator('.search-result', { hasText: 'Kenji Watanabe' }).locator('.meta').textContent()).toBe(
      'Công dân danh dự · Quyết định số 2988/QĐ-UBND · 2023 · Thành phố Huế · Cá nhân',
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('answers “who in this district got a Giấy khen in 2022” with one query and two filters', async () => {
    const award = encodeURIComponent('Giấy khen');
    const { page, close } = await open(`/tim-kiem/?q=nam+truc`);
    const all = count(await settled(page));
    await page.goto(`${server.url}/tim-kiem/?q=nam+truc&nam=2022&hinh-thuc=${award}`);
    const narrowed = count(await settled(page));
    expect(narrowed).toBeLessThan(all);
    const urls = await resultUrls(page);
    // The replacing decision's rows and the revoked one's, each person under Huyện Nam Trực.
    expect(urls).toEqual(
      expect.arrayContaining([
        '/khen-thuong/nam-truc-giay-khen-2022-thay-the/#pham-van-an',
        '/khen-thuong/nam-truc-giay-khen-2022-thay-the/#tran-van-duc',
        '/khen-thuong/nam-truc-giay-khen-2022/#pham-van-an',
      ]),
    );
    const metas = await page.$$eval('.search-result .meta', (ps) => ps.map((p) => p.textContent ?? ''));
    const recipients = metas.filter((meta) => meta.includes('· Cá nhân'));
    expect(recipients.length).toBeGreaterThanOrEqual(3);
    for (const meta of recipients)
      expect(meta).toMatch(/^Giấy khen · Quyết định số \S+ · 2022 · Huyện Nam Trực · Cá nhân$/);
    await close();
  });

  it('fetches a name’s few small index files; lists the few names holding common words, or asks for the full name', async () => {
    const { page, close } = await open('/tim-kiem/');
    const names: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/tim-kiem/ten/')) names.push(path);
    });
    await page.goto(`${server.url}/tim-kiem/?q=dang+thi+ngoc+thuy`);
    await settled(page);
    expect(names.sort()).toEqual(['dang', 'danh-muc', 'ngoc', 'thi', 'thuy'].map((w) => `/tim-kiem/ten/${w}.json`));
    // A word in no name is not asked for: the catalogue (fetched once) says it has no file.
    names.length = 0;
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.locator('#search-q').fill('ky ket giao uoc');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('“ky ket giao uoc”'),
    );
    await page.waitForLoadState('networkidle');
    expect(names).toEqual([]);
    expect(failed).toEqual([]);
    // "Thị" is inside more names than its file lists (INSIDE_CAP) and ends none: the page says
    // how many names hold it and asks for the full name.
    await page.goto(`${server.url}/tim-kiem/?q=thi`);
    const asked = /có thể còn tới (\d+) người khác có tên chứa các từ “thi”\. Hãy gõ đủ họ và tên/.exec(
      await settled(page),
    );
    expect(Number(asked?.[1])).toBeGreaterThan(INSIDE_CAP);
    // "Nguyễn Thị" ends no name either, but "Nguyễn" is inside only four: they are listed, not asked for.
    await page.goto(`${server.url}/tim-kiem/?q=nguyen+thi`);
    expect(await settled(page)).not.toMatch(/Hãy gõ đủ họ và tên/);
    const people = await page.$$eval('.search-result h2 a', (links) =>
      links.filter((a) => a.getAttribute('href')?.includes('#')).map((a) => a.textContent),
    );
    expect(people.sort()).toEqual(['Nguyễn Thị Lượng', 'Nguyễn Thị Ngọc Ánh', 'Nguyễn Thị Ân'].sort());
    await close();
  });

  it('lands on the recipient’s row of the decision page', async () => {
    const { page, close } = await open('/tim-kiem/?q=tran+van+duc');
    await settled(page);
    await page.locator('.search-result h2 a').first().click();
    await page.waitForURL(/#tran-van-duc$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('TR');
    expect(await page.locator('tr:target .name').textContent()).toBe('Trần Văn Đức');
    await close();
  });

  it('narrows results with filters that show counts, keeps them in the URL, and restores them from it', async () => {
    const { page, close } = await open('/tim-kiem/?q=dua', { width: 1280 });
    const all = count(await settled(page));
    await page.locator('details.search-filters summary').click();
    const year = page.locator('fieldset', { hasText: 'Năm' }).locator('label', { hasText: '2023' });
    await year.waitFor();
    const shown = Number(/\((\d+)\)/.exec((await year.textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await year.locator('input').check();
    await page.waitForURL(/nam=2023/);
    await page.waitForFunction(
      (n) => document.querySelector('[data-status]')?.textContent?.includes(`${n} kết quả`),
      shown,
    );
    const dates = await page.$$eval('.search-result .meta', (ps) => ps.map((p) => p.textContent ?? ''));
    for (const date of dates) expect(date).toMatch(/2023/);

    // A second filter narrows further; the reader's choices survive a reload.
    const type = page.locator('fieldset', { hasText: 'Loại nội dung' }).locator('label', { hasText: 'Tin bài' });
    await type.locator('input').check();
    await page.waitForURL(/loai=/);
    const both = count(await settled(page));
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(shown);
    await page.reload();
    expect(count(await settled(page))).toBe(both);
    expect(await page.locator('details.search-filters').getAttribute('open')).not.toBeNull();
    expect(await page.locator('input[name="nam"][value="2023"]').isChecked()).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('loai='));
    expect(count(await settled(page))).toBe(shown);
    await close();
  });

  it('sorts by date, newest first, on request', async () => {
    const { page, close } = await open('/tim-kiem/?q=khen+thuong&sap-xep=moi-nhat', { width: 1280 });
    await settled(page);
    const years = await page.$$eval('.search-result .meta', (ps) =>
      ps.map((p) => /\b(?:19|20)\d{2}\b/.exec(p.textContent ?? '')?.[0] ?? ''),
    );
    expect(years.length).toBeGreaterThan(3);
    expect(years).toEqual([...years].sort().reverse());
    await close();
  });

  it('with filters alone, says recipients are not listed and links each chosen year’s honour roll', async () => {
    const { page, close } = await open('/tim-kiem/?nam=2022&nam=2024&nam=1999', { width: 390 });
    await settled(page);
    const note = page.locator('[data-roll-note]');
    expect(await note.isVisible()).toBe(true);
    // 1999 has no roll: no link to a page that does not exist.
    const links = await note
      .locator('a')
      .evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
    expect(links).toEqual([
      ['Bảng vàng năm 2024', '/bang-vang/2024/'],
      ['Bảng vàng năm 2022', '/bang-vang/2022/'],
    ]);
    for (const [, path] of links) expect((await page.request.get(`${server.url}${path}`)).status()).toBe(200);
    // With words, recipients are searched by name: no note.
    await page.locator('#search-q').fill('thi dua');
    await page.locator('#search-q').press('Enter');
    await settled(page);
    expect(await note.isVisible()).toBe(false);
    await close();
  });

  it('with the unit filter alone, lists that unit’s records, narrowed by the other filters', async () => {
    const unit = encodeURIComponent('Huyện Nam Trực');
    const { page, close } = await open(`/tim-kiem/?don-vi=${unit}&nam=2022`, { width: 390 });
    await settled(page);
    const urls = await resultUrls(page);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/khen-thuong/nam-truc-giay-khen-2022-thay-the/#pham-van-an',
        '/khen-thuong/nam-truc-giay-khen-2022-thay-the/#tran-van-duc',
      ]),
    );
    // Only 2022: the Cờ thi đua of 2023 (decided for 2022) is left out.
    expect(urls.some((url) => url.includes('nam-dinh-co-don-vi-dan-dau-2022/#'))).toBe(false);
    // The note that recipients are not listed is not shown: they are.
    expect(await page.locator('[data-roll-note]').isVisible()).toBe(false);
    await close();
  });

  it('can be used from the keyboard alone', async () => {
    const { page, close } = await open('/tim-kiem/', { width: 1280 });
    await page.locator('#search-q').focus();
    await page.keyboard.type('hoang thi uoc');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=hoang\+thi\+uoc/);
    await settled(page);
    // Tab order: box, button, sort, filters, then the results.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await close();
  });

  it('says, without JavaScript, that it needs it and links the honour roll', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/?q=dua`);
    const notice = page.locator('.search-form .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/cần JavaScript/);
    expect(await notice.locator('a').getAttribute('href')).toBe('/bang-vang/');
    expect(await page.locator('.search-tools').isVisible()).toBe(false);
    await context.close();
  });

  it('a story page downloads nothing for search until its box is used; the box is a plain form', async () => {
    const { page, close } = await open(STORY, { width: 1280 });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('#site-search-q').focus();
    await page.waitForTimeout(300);
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('form.site-search').getAttribute('action')).toBe('/tim-kiem/');
    await page.keyboard.type('dong van');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dong\+van$/);
    await settled(page);
    expect(requests.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    expect((await resultUrls(page))[0]).toBe('/don-vi/phuong-dong-van/');
    await close();
  });

  it.each(['light', 'dark'] as const)('passes axe with results and open filters (%s theme)', async (colorScheme) => {
    const { page, errors, close } = await open('/tim-kiem/?q=dua&nam=2023', { colorScheme });
    await settled(page);
    await page.locator('.facets fieldset').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes screenshots of /tim-kiem/?q=dua at 390 px and 1280 px, light and dark', async () => {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, close } = await open('/tim-kiem/?q=dua', { width, colorScheme });
        await settled(page);
        const png = await page.screenshot({
          path: join(SHOTS_DIR, `search-${width}-${colorScheme}.png`),
          fullPage: true,
        });
        expect(png.byteLength).toBeGreaterThan(10_000);
        await close();
      }
    }
  });
});
