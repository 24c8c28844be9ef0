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
