/**
 * The editor's forms that take a list of people, in Chromium against Sveltia's own test
 * repository (the browser's storage): a new public comment notice saved with every required field;
 * an office's workbook picked in the annex field, its rejected row shown where it is and the save
 * refused; the same workbook made clean and saved with its CSV beside the decision; a Word
 * decision read by mammoth's browser build. What is saved is checked by `npm run check` in a copy
 * of the sample content, as a push would be. The annex field's files are the editor's only: no
 * reader's page loads them.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { TWO_SHEETS } from '../fixtures/import/office-fixtures.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { copySampleContent, runScript } from '../helpers/cli.ts';
import {
  fillNewDecision,
  fillNewNotice,
  formField,
  pickAnnex,
  putInTestRepository,
  readTestRepository,
  showField,
} from '../helpers/editor-form.ts';
import { sampleSite } from '../helpers/sample-site.ts';

const FIXTURES = 'tests/fixtures/import';
const readIfThere = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

describe('lists of people in the editor, in Chromium', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let outDir: string;
  const tree = copySampleContent();

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
    rmSync(tree.dir, { recursive: true, force: true });
  });

  interface Visit {
    page: Page;
    /** Requests to another origin (all refused), console errors, uncaught errors. */
    problems: string[];
  }

  /**
   * An entry's form (`collections/awards/new`, `collections/awards/entries/<slug>`), in the test
   * repository holding the sample's units and the sample files named.
   */
  async function openForm(address: string, files: string[] = []): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.route(/.*/, (route) => {
      if (route.request().url().startsWith(server.url)) return route.fallback();
      problems.push(`foreign request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(`${server.url}/admin/`);
    const paths = [...readdirSync('content/units').map((name) => `content/units/${name}`), ...files];
    await putInTestRepository(
      page,
      Object.fromEntries(paths.map((path) => [path, { text: readFileSync(path, 'utf8') }])),
    );
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
    await page.waitForURL(/#\/collections\//, { timeout: 30_000 });
    await page.goto(`${server.url}/admin/#/${address}`);
    await formField(page, 'title').waitFor({ timeout: 30_000 });
    return { page, problems };
  }

  const newEntry = (collection: string) => openForm(`collections/${collection}/new`);

  /** What the editor saved or left (the units put there left out). */
  async function saved(page: Page): Promise<Record<string, string>> {
    const files = await readTestRepository(page);
    return Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('content/units/')));
  }

  /** `npm run check` on the sample content with these files added: its exit code and report. */
  function checkWith(files: Record<string, string>): { status: number | null; output: string } {
    const before = new Map(Object.keys(files).map((path) => [path, readIfThere(join(tree.dir, path))]));
    for (const [path, text] of Object.entries(files)) writeFileSync(join(tree.dir, path), text);
    const run = runScript('check-content.ts', ['--noi-dung', tree.content]);
    for (const [path, text] of before) {
      if (text === undefined) rmSync(join(tree.dir, path));
      else writeFileSync(join(tree.dir, path), text);
    }
    return run;
  }

  const save = (page: Page) => page.getByRole('button', { name: 'Lưu', exact: true }).click();

  it('saves a new public comment notice with every required field, as a file the content check accepts', async () => {
    const { page, problems } = await newEntry('consultations');
    await fillNewNotice(page);
    await save(page);
    await page.getByText('Đã lưu bài viết.').waitFor({ timeout: 15_000 });
    const files = await saved(page);
    const paths = Object.keys(files);
    expect(paths).toEqual([
      'content/consultations/lay-y-kien-nhan-dan-doi-voi-ca-nhan-duoc-de-nghi-xet-tang-danh-hieu-chien-si-thi-dua-toan-quoc.yaml',
    ]);
    expect(parse(files[paths[0] as string] ?? '')).toMatchObject({
      award: 'chien-si-thi-dua-toan-quoc',
      proposedBy: 'tinh-ninh-binh',
      workingDays: 15,
      contact: { email: 'thiduakhenthuong@ninhbinh.gov.vn' },
      recipients: [{ name: 'Đặng Thị Ngọc Thịnh', kind: 'ca-nhan' }],
    });
    const check = checkWith(files);
    expect(check.output).not.toContain('lay-y-kien-nhan-dan-doi-voi');
    expect(check.status).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  /** A new decision, its required fields filled, and the office's two-sheet workbook picked in its annex field. */
  async function decisionWithWorkbook(): Promise<Visit> {
    const visit = await newEntry('awards');
    await fillNewDecision(visit.page);
    await pickAnnex(visit.page, `${FIXTURES}/hai-trang-tinh.xlsx`);
    return visit;
  }

  it('shows the rejected row of an office’s workbook where it is, and refuses to save', async () => {
    const { page, problems } = await decisionWithWorkbook();
    const report = page.locator('[data-annex-report]');
    expect(await report.getAttribute('data-annex-report')).toBe('rejected');
    await expect.poll(() => report.getByRole('status').textContent()).toContain('8 dòng nhận, 1 dòng bị từ chối');
    expect(await report.textContent()).toContain('Tiêu đề của tệp ghi: Quyết định số 2160/QĐ-UBND ngày 15/01/2026');
    const error = report.locator('tr[data-severity="error"]');
    expect(await error.count()).toBe(1);
    const cells = (await error.locator('td').allTextContents()).map((text) => text.trim());
    expect(cells.slice(0, 3)).toEqual(['Cá nhân', '13', 'B (Họ và tên)']);
    expect(cells[3]).toContain('hãy thay bằng: "Lương Thị Hường"');
    // The name as the .VnTime font stored it.
    expect(cells[4]).toMatch(/^"L\S+ng ThÞ H\S+êng"$/);

    await save(page);
    await formField(page, 'recipientsFile')
      .getByText(/Danh sách có 1 dòng bị từ chối/)
      .first()
      .waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(await page.getByText('Đã lưu bài viết.').count()).toBe(0);
    expect(await saved(page)).toEqual({});
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saves the decision and its CSV beside it once the list is clean, both accepted by the content check', async () => {
    const { page, problems } = await decisionWithWorkbook();
    await page.getByLabel('Tự chuyển chữ TCVN3/VNI sang Unicode').check();
    await page.locator('[data-annex-report="ok"]').waitFor({ timeout: 30_000 });
    await save(page);
    await page.getByText('Đã lưu bài viết.').waitFor({ timeout: 15_000 });

    const files = await saved(page);
    const slug = 'tang-bang-khen-cho-cac-tap-the-ca-nhan-co-thanh-tich-xuat-sac-nam-2025';
    expect(Object.keys(files).sort()).toEqual([`content/awards/${slug}.csv`, `content/awards/${slug}.yaml`]);
    expect(parse(files[`content/awards/${slug}.yaml`] ?? '')).toMatchObject({
      decision: '2160/QĐ-UBND',
      award: 'bang-khen-bo-tinh',
      recipientsFile: `${slug}.csv`,
    });
    const csv = parseRecipientsCsv(files[`content/awards/${slug}.csv`] ?? '');
    expect(csv.errors).toEqual([]);
    expect(csv.rows).toEqual(TWO_SHEETS.written);
    const check = checkWith(files);
    expect(check.output).not.toContain(slug);
    expect(check.status).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('replaces the list of a decision already published, and says to delete the old file', async () => {
    const slug = 'lao-cai-bang-khen-khoi-huyen-2023';
    const { page, problems } = await openForm(`collections/awards/entries/${slug}`, [
      `content/awards/${slug}.yaml`,
      `content/awards/${slug}.csv`,
    ]);
    await showField(page, 'recipientsFile');
    expect(await formField(page, 'recipientsFile').textContent()).toContain(`Danh sách đang dùng: ${slug}.csv`);
    await pickAnnex(page, `${FIXTURES}/cot-dao-thu-tu.xlsx`);
    expect(await page.locator('[data-annex-report]').getAttribute('data-annex-report')).toBe('ok');
    expect(await page.getByRole('note').textContent()).toContain(`Danh sách cũ ${slug}.csv sẽ không còn được dùng`);
    await save(page);
    await page.getByText('Đã lưu bài viết.').waitFor({ timeout: 15_000 });
    const files = await saved(page);
    // The editor never overwrites a file: the new list gets a number, the old one stays until deleted.
    expect(Object.keys(files).sort()).toEqual([
      `content/awards/${slug}-1.csv`,
      `content/awards/${slug}.csv`,
      `content/awards/${slug}.yaml`,
    ]);
    expect(parse(files[`content/awards/${slug}.yaml`] ?? '')).toMatchObject({ recipientsFile: `${slug}-1.csv` });
    expect(parseRecipientsCsv(files[`content/awards/${slug}-1.csv`] ?? '').rows).toHaveLength(4);
    const check = checkWith(files);
    expect(check.status).toBe(0);
    expect(check.output).toContain(`${slug}.csv`);
    expect(check.output).toContain('Tệp CSV này không được quyết định nào dùng');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads a Word decision with mammoth’s browser build, loaded only then', async () => {
    const { page, problems } = await newEntry('awards');
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await fillNewDecision(page, {
      decision: '2161/QĐ-UBND',
      title: 'Tặng Bằng khen theo Quyết định 2161',
      signed: '2026-01-16',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
      award: 'Bằng khen của Bộ, ban, ngành, tỉnh',
      period: '2025',
    });
    await pickAnnex(page, `${FIXTURES}/hai-trang-tinh.xlsx`);
    const word = () => loaded.filter((path) => path.endsWith('/admin/nhap/word.js'));
    const before = word().length;
    await page.getByRole('button', { name: 'Bỏ tệp này' }).click();
    await pickAnnex(page, `${FIXTURES}/quyet-dinh-kem-danh-sach.docx`);
    expect(before).toBe(0);
    expect(word().length).toBeGreaterThan(0);
    expect(await page.locator('[data-annex-report]').getAttribute('data-annex-report')).toBe('ok');
    expect(await page.locator('[data-annex-report]').getByRole('status').textContent()).toContain('(Word)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaves the readers’ pages as they were: only /admin/ loads the annex field', () => {
    const pages = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.html') && !path.startsWith('admin'));
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) expect(readFileSync(join(outDir, path), 'utf8'), path).not.toContain('/admin/nhap/');
    expect(readFileSync(join(outDir, 'admin/index.html'), 'utf8')).toContain('src="/admin/nhap/widget.js"');
  });
});
