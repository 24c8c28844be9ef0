/**
 * /xac-minh/ in Chromium over the built sample site (issue 19): a record found by its code (as a
 * QR code or a link opens it), by decision number and name typed without accents, or by a code
 * typed loosely, is the same record; it names the unit as it was called then and now; a revoked
 * decision's record says so and links what replaced it; a proposal is never shown as an award;
 * every row of a decision page links to its record. axe and html-validate on the page with a
 * record, and it prints on one A4 page. A withheld record (a small site built here) shows no name.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { buildSite } from '../helpers/build.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { writeTree } from '../helpers/content-tree.ts';
import { FILES } from '../helpers/mini-site.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { readOpenDataJson } from '../helpers/open-data.ts';

const SHOTS_DIR = 'test-results/screenshots';

interface Row {
  decision: string;
  name: string;
  code: string;
  verifyUrl: string;
  status: string;
}

function openData(outDir: string): Row[] {
  return readOpenDataJson(outDir) as unknown as Row[];
}

describe('verifying an award on /xac-minh/', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let rows: Row[];
  const problems: string[] = [];
  const codeOf = (name: string, decision: string) =>
    rows.find((r) => r.name === name && r.decision === decision)?.code as string;

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    rows = openData(run.outDir);
    server = await serve(run.outDir);
    browser = await launchBrowser();
    mkdirSync(SHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page that records console errors and policy violations into `problems`. */
  async function open(path: string, width = 390): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      ),
    );
    await page.goto(`${server.url}${path}`);
    return page;
  }

  /** The record as a reader sees it: the verdict, the name, and every fact with its label. */
  async function record(page: Page): Promise<{ verdict: string; name: string; facts: Record<string, string> }> {
    const card = page.locator('.verify-record');
    await card.waitFor();
    const facts = await card
      .locator('.facts > div')
      .evaluateAll((divs) =>
        Object.fromEntries(
          divs.map((d) => [d.querySelector('dt')?.textContent?.trim(), d.querySelector('dd')?.textContent?.trim()]),
        ),
      );
    return {
      verdict: (await card.locator('[data-slot="verdict"]').textContent()) ?? '',
      name: (await card.locator('h2').textContent()) ?? '',
      facts,
    };
  }

  it('opens a record straight from its code’s address, with the unit as named then and now', async () => {
    const code = codeOf('Tôn Nữ Thị Ân', '2987/QĐ-UBND');
    const page = await open(`/xac-minh/?ma=${code}`);
    expect(await record(page)).toEqual({
      verdict: 'Khen thưởng có hiệu lực',
      name: 'Tôn Nữ Thị Ân',
      facts: {
        'Đối tượng': 'Cá nhân',
        'Chức vụ': 'Nghệ nhân thêu tay',
        'Đơn vị (khi khen thưởng)': 'Tỉnh Thừa Thiên Huế (nay là Thành phố Huế)',
        'Hình thức khen thưởng': 'Công dân tiêu biểu',
        'Số quyết định': '2987/QĐ-UBND',
        'Ngày ký': '20/12/2023',
        'Cấp khen thưởng': 'Ủy ban nhân dân tỉnh — Thành phố Huế',
        'Năm thành tích': '2020–2022',
        'Trang quyết định': 'Xem quyết định và danh sách được khen',
        'Mã xác minh': code,
      },
    });
    // The former name links to the unit's page, which lists its records under every name.
    expect(await page.getByRole('link', { name: 'Tỉnh Thừa Thiên Huế' }).getAttribute('href')).toBe('/don-vi/tp-hue/');
    // Focus moves to the record, for screen readers and so that a phone scrolls to it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-record-name');
    await page.screenshot({ path: join(SHOTS_DIR, 'verify-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(SHOTS_DIR, 'verify-1280.png'), fullPage: true });
    const rowLink = await page
      .getByRole('link', { name: 'Xem quyết định và danh sách được khen' })
      .getAttribute('href');
    expect(rowLink).toBe('/khen-thuong/thua-thien-hue-cong-dan-tieu-bieu-2020-2022/#ton-nu-thi-an');
    await page.context().close();
  });

  it('finds the same record by decision number and a name typed without accents, from the keyboard', async () => {
    const code = codeOf('Tôn Nữ Thị Ân', '2987/QĐ-UBND');
    const byCode = await open(`/xac-minh/?ma=${code}`);
    const expected = await record(byCode);
    await byCode.context().close();

    const page = await open('/xac-minh/');
    await page.locator('#verify-so').focus();
    await page.keyboard.type('2987/QD-UBND');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ton nu thi an');
    await page.keyboard.press('Enter');
    expect(await record(page)).toEqual(expected);
    // The address now holds the code: what the reader prints or shares is the record's address.
    expect(new URL(page.url()).search).toBe(`?ma=${code}`);

    // And a code typed loosely: lower case, spaces for hyphens.
    await page.locator('#verify-ma').fill(code.toLowerCase().replaceAll('-', ' '));
    await page.locator('#verify-ma').press('Enter');
    expect(await record(page)).toEqual(expected);
    await page.context().close();
  });

  it('says a revoked decision is revoked and links what replaced it, and the same person’s new record', async () => {
    const page = await open(`/xac-minh/?so=${encodeURIComponent('Số 1502/QĐ-UBND')}&ten=vu thi dao`);
    const revoked = await record(page);
    expect(revoked.verdict).toBe('Quyết định đã bị thu hồi');
    expect(revoked.facts['Số quyết định']).toBe('1502/QĐ-UBND');
    const note = page.locator('[data-slot="note"]');
    expect(await note.textContent()).toContain(
      'Khen thưởng theo quyết định này không còn giá trị. Được thay thế bằng 1561/QĐ-UBND.',
    );
    expect(await note.getByRole('link', { name: '1561/QĐ-UBND' }).getAttribute('href')).toBe(
      '/khen-thuong/nam-truc-giay-khen-2022-thay-the/',
    );
    const replacement = codeOf('Vũ Thị Đào', '1561/QĐ-UBND');
    await note.getByRole('link', { name: replacement }).click();
    await expect.poll(async () => (await record(page)).name).toBe('Vũ Thị Đào');
    expect((await record(page)).verdict).toBe('Khen thưởng có hiệu lực');
    expect(await page.locator('[data-slot="note"]').textContent()).toContain('Quyết định này thay thế 1502/QĐ-UBND.');
    await page.context().close();
  });

  it('never shows a proposal’s row as an award', async () => {
    expect(rows.filter((r) => r.status === 'de-nghi').every((r) => r.code === '' && r.verifyUrl === '')).toBe(true);
    const page = await open(`/xac-minh/?so=03/TTr-CTD1&ten=${encodeURIComponent('Phường Đông A')}`);
    const status = page.locator('[data-status]');
    await expect.poll(() => status.textContent()).toContain('là đề nghị khen thưởng, chưa phải quyết định khen thưởng');
    expect(await page.locator('.verify-record').count()).toBe(0);
    expect(await status.getByRole('link').getAttribute('href')).toBe(
      '/khen-thuong/ninh-binh-cum-1-de-nghi-bang-khen-2025/',
    );
    const proposalPage = await open('/khen-thuong/ninh-binh-cum-1-de-nghi-bang-khen-2025/');
    expect(await proposalPage.locator('a.row-code').count()).toBe(0);
    await page.context().close();
    await proposalPage.context().close();
  });

  it('says what was wrong with a code or a name that finds nothing', async () => {
    const page = await open('/xac-minh/?ma=0O1-IL2-345');
    const status = page.locator('[data-status]');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Mã xác minh không dùng các ký tự 0, O, 1, I, L: hãy kiểm tra lại (mã chỉ gồm chữ số 2–9 và các chữ A C E H M T U X Y).',
      );
    await page.goto(`${server.url}/xac-minh/?ma=222-222-222`);
    await expect.poll(() => status.textContent()).toContain('Không có hồ sơ nào mang mã 222-222-222.');
    await page.goto(`${server.url}/xac-minh/?so=156/QD-UBND&ten=nguyen van khong`);
    await expect
      .poll(() => status.textContent())
      .toContain('Không tìm thấy “nguyen van khong” trong Quyết định số 156/QĐ-UBND.');
    await page.goto(`${server.url}/xac-minh/?so=9999/QD-UBND&ten=nguyen van an`);
    await expect.poll(() => status.textContent()).toContain('Trang này không có quyết định số 9999/QD-UBND.');
    await page.context().close();
  });

  it('links every row of a decision page to its record', async () => {
    const page = await open('/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/');
    const links = page.locator('table.recipients tbody tr a.row-code');
    expect(await links.count()).toBe(40);
    expect(await page.locator('table.recipients tbody tr').count()).toBe(40);
    const row = page.locator('table.recipients tbody tr', { hasText: 'Hoàng Văn Vượng' });
    await row.locator('a.row-code').click();
    expect((await record(page)).name).toBe('Hoàng Văn Vượng');
    expect(new URL(page.url()).search).toBe(`?ma=${codeOf('Hoàng Văn Vượng', '156/QĐ-UBND')}`);
    await page.context().close();
  });

  it('passes axe (light and dark) and html-validate with a record shown, and prints it on one A4 page', async () => {
    const code = codeOf('Phạm Văn Ân', '1502/QĐ-UBND');
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(`/xac-minh/?ma=${code}`);
      await page.emulateMedia({ colorScheme });
      await record(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.impact}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
      if (colorScheme === 'light') {
        const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(await page.content());
        expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
        const pdf = await page.pdf({ format: 'A4' });
        const printed = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
        expect(printed.numPages).toBe(1);
        const text = await (await printed.getPage(1)).getTextContent();
        // Chromium's PDF splits runs of text at marks: compare without spaces.
        const words = text.items
          .map((item) => ('str' in item ? item.str : ''))
          .join('')
          .replace(/\s+/g, '');
        expect(words).toContain('PhạmVănÂn');
        expect(words).toContain('Quyếtđịnhđãbịthuhồi');
        expect(words).not.toContain('Tratheomãxácminh');
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('without JavaScript, says what to do instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/xac-minh/?ma=${codeOf('Tôn Nữ Thị Ân', '2987/QĐ-UBND')}`);
    const notice = page.locator('main .notice');
    expect(await notice.textContent()).toContain('Trang xác minh cần JavaScript để tra cứu.');
    expect(await notice.getByRole('link').getAttribute('href')).toBe('/khen-thuong/');
    await context.close();
  });
});

describe('a withheld or minor record on /xac-minh/', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-withheld-'));
  const outDir = join(root, 'dist');
  const WITHHELD = 'Hồ Thị Kín Đáo';
  const MINOR = 'Lê Minh Khôi';
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    const award = (FILES['content/awards/bang-khen-2025.yaml'] as string).concat(
      `  - name: ${WITHHELD}\n    kind: ca-nhan\n    unit: phuong-hoa-lu\n    code: 7HC-M4X-2EA\n    withheld:\n      reason: Theo đề nghị của cá nhân (thử nghiệm)\n`,
      `  - name: ${MINOR}\n    kind: ca-nhan\n    unit: phuong-dong-a\n    minor: true\n`,
    );
    writeTree(root, { 'content/awards/bang-khen-2025.yaml': award });
    const run = buildSite(join(root, 'content'), outDir);
    if (run.status !== 0) throw new Error(run.output);
    server = await serve(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('says only that the record exists and is not published', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/xac-minh/?ma=7hc-m4x-2ea`);
    const card = page.locator('.verify-record');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Hồ sơ có thật, không được công bố');
    expect(await card.locator('.facts dt').allTextContents()).toEqual(['Mã xác minh']);
    expect(await card.locator('[data-slot="note"]').textContent()).toContain('không được công bố');
    expect(await page.locator('main').textContent()).not.toContain('Kín');
    // Looked up by name, it is not found, and the decision says it has records not published.
    await page.goto(`${server.url}/xac-minh/?so=123/QD-UBND&ten=ho thi kin dao`);
    const status = page.locator('[data-status]');
    await expect.poll(() => status.textContent()).toContain('Quyết định này có 2 hồ sơ không được công bố');
    expect(await page.locator('.verify-record').count()).toBe(0);
    await page.close();
  });

  it('has no withheld or minor name in any lookup file', () => {
    const folder = join(outDir, 'xac-minh');
    const files = readdirSync(folder, { recursive: true })
      .map(String)
      .filter((file) => statSync(join(folder, file)).isFile() && file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const all = files.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    expect(all).toContain('Nguyễn Thị Hoa');
    for (const hidden of [WITHHELD, 'ho thi kin dao', MINOR, 'le minh khoi']) expect(all).not.toContain(hidden);
  });
});
