/**
 * Content pasted from Word or old systems may be decomposed (NFD). It is accepted and
 * published as NFC, in YAML, in Markdown and in MDX, which @astrojs/mdx compiles straight
 * from the file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, SITE } from '../helpers/mini-site.ts';
import { buildSite, ROOT, type BuildRun } from '../helpers/build.ts';

const CONTENT = 'tests/fixtures/.generated/nfd/content';
const NAME = 'Phường Đông A';
const nfd = (s: string) => s.normalize('NFD');

describe('a site written in NFD', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bang-vang-nfd-')), 'dist');
  let run: BuildRun;

  beforeAll(() => {
    rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
    const files: Record<string, string> = {
      ...FILES,
      'content/site.yaml': SITE,
      'content/articles/2026/mdx-nfd.mdx': (FILES['content/articles/2026/hoi-nghi-cum-1.md'] as string)
        .replace('title: Cụm Thi đua số 1 tổng kết năm 2025', 'title: Bài MDX viết ở dạng NFD')
        .replace('Nội dung bài viết.', `Đoạn MDX nói về ${NAME}.`),
      'content/articles/2026/ban-nhap.md': (FILES['content/articles/2026/hoi-nghi-cum-1.md'] as string).replace(
        'movement: chuyen-doi-so',
        'movement: chuyen-doi-so\ndraft: true',
      ),
      'content/articles/2026/hoi-nghi-cum-1.md': (FILES['content/articles/2026/hoi-nghi-cum-1.md'] as string).replace(
        'Nội dung bài viết.',
        `Đoạn Markdown nói về ${NAME}.`,
      ),
    };
    // Enough stories for a second page of the news list and of a tag.
    for (let i = 1; i <= 13; i++) {
      const day = String(i).padStart(2, '0');
      files[`content/articles/2025/tin-phan-trang-${i}.md`] =
        `---\ntitle: Tin thử phân trang số ${i}\ndescription: Một tin ngắn để thử trang thứ hai của danh sách.\n` +
        `date: 2025-03-${day}\ncategory: tin-tuc\nauthors: [Phóng viên]\ntags: [Thử phân trang]\n---\nNội dung.\n`;
    }
    for (const [path, text] of Object.entries(files)) {
      const target = join(ROOT, CONTENT, path.replace(/^content\//, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, nfd(text));
    }
    expect(readFileSync(join(ROOT, CONTENT, 'site.yaml'), 'utf8')).not.toBe(SITE);
    run = buildSite(CONTENT, outDir);
  });

  afterAll(() => rmSync(dirname(outDir), { recursive: true, force: true }));

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it.each([
    ['Markdown', 'tin-tuc/hoi-nghi-cum-1/index.html', `Đoạn Markdown nói về ${NAME}.`],
    ['MDX', 'tin-tuc/mdx-nfd/index.html', `Đoạn MDX nói về ${NAME}.`],
  ])('publishes the %s body in NFC', (_kind, page, sentence) => {
    const html = readFileSync(join(outDir, page), 'utf8');
    expect(html).toContain(sentence);
    expect(html).not.toContain(nfd(sentence));
    expect(html === html.normalize('NFC')).toBe(true);
  });

  it('does not publish drafts', () => {
    expect(existsSync(join(outDir, 'tin-tuc/ban-nhap/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'tin-tuc/hoi-nghi-cum-1/index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('/tin-tuc/ban-nhap/');
  });

  it('paginates the news list, categories and tags, and files stories by month', () => {
    const second = readFileSync(join(outDir, 'tin-tuc/trang/2/index.html'), 'utf8');
    expect(second).toContain('href="/tin-tuc/"');
    expect(readFileSync(join(outDir, 'tin-tuc/index.html'), 'utf8')).toContain('href="/tin-tuc/trang/2/"');
    const tagPage2 = readFileSync(join(outDir, 'the/thu-phan-trang/trang/2/index.html'), 'utf8');
    expect(tagPage2).toContain('Tin thử phân trang số 1<');
    expect(existsSync(join(outDir, 'chuyen-muc/tin-tuc/trang/2/index.html'))).toBe(true);
    const march = readFileSync(join(outDir, 'luu-tru/2025/03/index.html'), 'utf8');
    expect(march.match(/href="\/tin-tuc\/tin-phan-trang-/g)).toHaveLength(13);
  });

  it('publishes titles and unit names in NFC', () => {
    const html = readFileSync(join(outDir, 'tin-tuc/hoi-nghi-cum-1/index.html'), 'utf8');
    expect(html).toContain('Cụm Thi đua số 1 tổng kết năm 2025');
    expect(html).toContain('Phường Hoa Lư');
  });
});
