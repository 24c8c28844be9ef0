/**
 * Atomic output: a failed build leaves the last good site byte for byte as it was, whatever
 * failed — the content check, or a page that throws while rendering (an MDX story using a
 * component it never imported, a real mistake). A later good build replaces the site whole.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildRun } from '../helpers/build.ts';
import { writeTree } from '../helpers/content-tree.ts';
import { FILES } from '../helpers/mini-site.ts';

const STORY = 'content/articles/2026/hoi-nghi-cum-1.md';

/** Every file of a folder with the SHA-256 of its bytes. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = join(dir, file);
    try {
      out.set(file, createHash('sha256').update(readFileSync(full)).digest('hex'));
    } catch {
      // A folder.
    }
  }
  return out;
}

describe('atomic output', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-atomic-'));
  const content = join(root, 'content');
  const outDir = join(root, 'dist');
  let good: Map<string, string>;
  let first: BuildRun;

  beforeAll(() => {
    writeTree(root);
    first = buildSite(content, outDir);
    good = hashes(outDir);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function leftovers(): string[] {
    return readdirSync(root).filter((name) => name.startsWith('dist.'));
  }

  /**
   * What is left beside dist/ once the old site's remover is done: the build hands the old site
   * (renamed `dist.removing-…`) to a process of its own and does not wait for it (src/io/swap-dir.ts).
   */
  async function leftoversOnceRemoved(): Promise<string[]> {
    for (let waited = 0; waited < 30_000 && leftovers().some((name) => name.startsWith('dist.removing-'));) {
      await new Promise((done) => setTimeout(done, 100));
      waited += 100;
    }
    return leftovers();
  }

  it('publishes a good build to dist/ and leaves nothing beside it', () => {
    expect(first.status, first.output).toBe(0);
    expect(good.size).toBeGreaterThan(20);
    expect(good.has('tin-tuc/hoi-nghi-cum-1/index.html')).toBe(true);
    expect(first.output).toContain('published the new site to');
    expect(leftovers()).toEqual([]);
  });

  it('keeps the last good site when the content check fails', () => {
    writeFileSync(join(root, STORY), (FILES[STORY] as string).replace('date: 2026-01-21 15:00', 'date: 2026-02-30'));
    const run = buildSite(content, outDir);
    expect(run.status).toBe(1);
    expect(run.output).toContain('tháng 2/2026 chỉ có 28 ngày');
    expect(hashes(outDir)).toEqual(good);
    expect(leftovers()).toEqual([]);
    writeFileSync(join(root, STORY), FILES[STORY] as string);
  });

  it('keeps the last good site when a page throws while rendering (an MDX story using an unimported component)', () => {
    const mdx = join(root, 'content/articles/2026/so-lieu.mdx');
    writeFileSync(
      mdx,
      (FILES[STORY] as string)
        .replace(/^title: .*$/m, 'title: Số liệu thi đua năm 2025 qua biểu đồ')
        .replace('Nội dung bài viết.', 'Nội dung bài viết.\n\n<Callout>Số liệu năm 2025</Callout>\n'),
    );
    const run = buildSite(content, outDir);
    rmSync(mdx);
    expect(run.status).toBe(1);
    // The content check passed: the failure came later, while pages were being written.
    expect(run.output).toContain('Đã kiểm tra');
    expect(run.output).toContain('Expected component `Callout` to be defined');
    expect(hashes(outDir)).toEqual(good);
    expect(leftovers()).toEqual([]);
  });

  it('replaces the whole site on the next good build: nothing stale remains', async () => {
    // The movement goes: its page must go with it, not linger from the previous site.
    rmSync(join(root, 'content/movements/chuyen-doi-so.yaml'));
    writeFileSync(join(root, STORY), (FILES[STORY] as string).replace(/^movement: .*\n/m, ''));
    const run = buildSite(content, outDir);
    expect(run.status, run.output).toBe(0);
    const now = hashes(outDir);
    expect(good.has('phong-trao/chuyen-doi-so/index.html')).toBe(true);
    expect(now.has('phong-trao/chuyen-doi-so/index.html')).toBe(false);
    expect(now.has('tin-tuc/hoi-nghi-cum-1/index.html')).toBe(true);
    expect(await leftoversOnceRemoved()).toEqual([]);
  });
});
