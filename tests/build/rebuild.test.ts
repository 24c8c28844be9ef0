/**
 * A second build with the same cache reuses every unchanged entry without parsing it again,
 * and still picks up every change: a story's title and, on its own, a row of a CSV annex
 * (the YAML file that names the annex is untouched, so the annex must count in the digest).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildRun } from '../helpers/build.ts';

const CONTENT = 'tests/fixtures/.generated/rebuild/content';
const STORY = 'articles/2026/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026.md';
const ANNEX = 'awards/lao-cai-bang-khen-khoi-huyen-2023.csv';

describe('a rebuild with the same cache', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bang-vang-rebuild-')), 'dist');
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  let first: BuildRun;
  let second: BuildRun;

  beforeAll(() => {
    rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), join(ROOT, CONTENT), { recursive: true });
    first = buildSite(CONTENT, outDir);
    const story = join(ROOT, CONTENT, STORY);
    writeFileSync(story, readFileSync(story, 'utf8').replace(/^title: .*$/m, 'title: Tiêu đề đã sửa sau lần dựng đầu'));
    const annex = join(ROOT, CONTENT, ANNEX);
    writeFileSync(
      annex,
      readFileSync(annex, 'utf8').replace('Phòng Nội vụ huyện Bắc Hà', 'Phòng Nội vụ huyện Bắc Hà (đã sửa)'),
    );
    second = buildSite(CONTENT, outDir);
  });

  afterAll(() => {
    rmSync(dirname(outDir), { recursive: true, force: true });
    rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
  });

  it('builds twice', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  it('shows the new title of the edited story', () => {
    expect(page('tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026')).toContain(
      'Tiêu đề đã sửa sau lần dựng đầu',
    );
  });

  it('shows the edited row of the CSV annex', () => {
    expect(page('khen-thuong/lao-cai-bang-khen-khoi-huyen-2023')).toContain('Phòng Nội vụ huyện Bắc Hà (đã sửa)');
  });
});
