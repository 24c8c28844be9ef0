/**
 * Driving the browser editor (/admin) as an officer does, for the browser tests and the guide's
 * screenshots: another git host's backend in place of the built one, the required fields of a new
 * story, decision or public comment notice filled in, an annex picked in the annex field.
 */
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { sveltiaBackend } from '../../src/cms/backend.ts';
import { editorSchema } from '../../src/schemas/editor.ts';

/** config.yml with the Sveltia backend (and publish mode) an `editor:` block of site.yaml gives. */
export function withEditor(configYaml: string, editor: Record<string, unknown>): string {
  const { backend, publishMode } = sveltiaBackend(editorSchema.parse(editor));
  const config = parse(configYaml) as Record<string, unknown>;
  delete config['publish_mode'];
  return stringify({ ...config, backend, ...(publishMode ? { publish_mode: publishMode } : {}) });
}

/** A field of the open form, by its key path (`contact.email`). */
export const formField = (page: Page, key: string) => page.locator(`section.field[data-key-path="${key}"]`);

/** Choose an option of a select or relation field (a few options are drawn as radio buttons). */
async function choose(page: Page, key: string, option: string): Promise<void> {
  const box = formField(page, key).getByRole('combobox').first();
  if (!(await box.count())) return formField(page, key).getByRole('radio', { name: option, exact: true }).check();
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Bring a field into view: the editor draws fields as they scroll into view, so scroll the form
 * down until it is there.
 */
export async function showField(page: Page, key: string): Promise<void> {
  const field = formField(page, key);
  for (let step = 0; step < 40 && !(await field.count()); step++) {
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await field.scrollIntoViewIfNeeded();
}

/** The decision of tests/fixtures/import/hai-trang-tinh.xlsx, as an officer types it into a new decision's form. */
export const DECISION_FORM = {
  decision: '2160/QĐ-UBND',
  title: 'Tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc năm 2025',
  signed: '2026-01-15',
  issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
  award: 'Bằng khen của Bộ, ban, ngành, tỉnh',
  period: '2025',
};

/** Fill every required field of the open "new decision" form (the list aside). */
export async function fillNewDecision(page: Page, form = DECISION_FORM): Promise<void> {
  await formField(page, 'decision').locator('input').fill(form.decision);
  await formField(page, 'title').locator('input').fill(form.title);
  await formField(page, 'signed').locator('input').first().fill(form.signed);
  await choose(page, 'issuer', form.issuer);
  await choose(page, 'award', form.award);
  await formField(page, 'period').locator('input').fill(form.period);
}

/**
 * Fill every required field of the open "new public comment notice" form, its one proposed
 * person typed in the form. Its body is a unit of the site: the test repository must hold the units.
 */
export async function fillNewNotice(page: Page): Promise<void> {
  await formField(page, 'title')
    .locator('input')
    .fill('Lấy ý kiến Nhân dân đối với cá nhân được đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc');
  await choose(page, 'award', 'Chiến sĩ thi đua toàn quốc');
  await choose(page, 'proposedBy', 'Tỉnh Ninh Bình');
  await showField(page, 'opens');
  await formField(page, 'opens').locator('input').first().fill('2027-03-01');
  await formField(page, 'workingDays').locator('input').fill('15');
  await showField(page, 'contact');
  // An optional group of fields is added with its box first.
  await formField(page, 'contact').getByRole('checkbox').first().check();
  await formField(page, 'contact.email').locator('input').fill('thiduakhenthuong@ninhbinh.gov.vn');
  await showField(page, 'recipients');
  await formField(page, 'recipients').getByRole('button', { name: /Thêm/ }).first().click();
  await showField(page, 'recipients.0.name');
  await formField(page, 'recipients.0.name').locator('input').fill('Đặng Thị Ngọc Thịnh');
  await choose(page, 'recipients.0.kind', 'Cá nhân');
}

/** Pick a file in the annex field and wait for its report. */
export async function pickAnnex(page: Page, file: string): Promise<void> {
  await showField(page, 'recipientsFile');
  await page.locator('.bang-vang-annex input[type=file]').setInputFiles(file);
  await page.locator('[data-annex-report]').waitFor({ timeout: 30_000 });
}

/** Fill every required field of the open "new story" form; the date starts as now. */
export async function fillNewStory(page: Page, title: string): Promise<void> {
  const field = (key: string) => page.locator(`section.field[data-key-path="${key}"]`);
  await field('title').locator('input').fill(title);
  await field('description')
    .locator('textarea')
    .fill('Cụm Thi đua số 1 tổng kết công tác thi đua, khen thưởng năm 2025 và ký giao ước thi đua năm 2026.');
  await field('category').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Tổng kết' }).click();
  await field('authors').getByRole('button', { name: /Thêm/ }).click();
  await page.locator('section.field[data-key-path="authors.0"] input').fill('Xuân Thu');
}

/** Where Sveltia's test repository keeps its files: the browser's origin-private file system. */
export const TEST_REPOSITORY = 'sveltia-cms-test';

/** Put files into the test repository before signing in to it (text, or bytes in base64). */
export async function putInTestRepository(
  page: Page,
  files: Record<string, { text?: string; base64?: string }>,
): Promise<void> {
  await page.evaluate(
    async ({ root: name, files: content }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
      for (const [path, { text, base64 }] of Object.entries(content)) {
        let dir = root;
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
        await writable.write(text ?? Uint8Array.from(atob(base64 ?? ''), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { root: TEST_REPOSITORY, files },
  );
}

/** Every file in the test repository, path → text. */
export async function readTestRepository(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [entry, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
        else out[`${prefix}${entry}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
    return out;
  }, TEST_REPOSITORY);
}
