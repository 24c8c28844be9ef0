import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/io/check-content.ts';
import { readContent } from '../../src/io/read-content.ts';
import { FILES, SITE, TAXONOMY_TEXT } from '../helpers/mini-site.ts';

describe('reading a content folder from disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-read-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: Record<string, string> = {
    ...FILES,
    'content/site.yaml': SITE,
    'content/articles/2026/_nhap.md': 'không phải frontmatter',
    'content/articles/_luu-tru/2020/cu.md': 'cũng bị bỏ qua',
    'content/units/_mau.yaml': 'name: [',
    'content/articles/2026/anh.jpg': 'not really a jpeg',
    'content/awards/danh-sach.csv': 'name,kind\nA,ca-nhan\n',
    'src/data/award-taxonomy.yaml': TAXONOMY_TEXT,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }

  it('ignores files and folders whose name starts with _', () => {
    const sources = readContent({ root, contentDir: 'content', taxonomyFile: 'src/data/award-taxonomy.yaml' });
    const paths = sources.files.map((f) => f.path);
    expect(paths).toContain('content/articles/2026/hoi-nghi-cum-1.md');
    expect(paths.filter((p) => p.includes('/_'))).toEqual([]);
  });

  it('keeps CSV annexes, leaves pictures alone, and checks the whole tree', () => {
    const sources = readContent({ root, contentDir: 'content', taxonomyFile: 'src/data/award-taxonomy.yaml' });
    expect(sources.extras.get('content/awards/danh-sach.csv')?.()).toBe('name,kind\nA,ca-nhan\n');
    expect(sources.extras.has('content/articles/2026/anh.jpg')).toBe(false);
    const result = checkContent({ root, contentDir: 'content', taxonomyFile: 'src/data/award-taxonomy.yaml' });
    // The only remark: nobody uses the CSV.
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'content/awards/danh-sach.csv' }),
    ]);
    expect(result.entries).toHaveLength(9);
  });
});
