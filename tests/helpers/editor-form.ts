/**
 * Driving the browser editor (/admin) as an officer does, for the browser tests and the guide's
 * screenshots: another git host's backend in place of the built one, and a new story's
 * required fields filled in.
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
