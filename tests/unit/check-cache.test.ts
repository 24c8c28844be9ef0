/**
 * The content check's cache (src/io/check-cache.ts): a build checks again only the files that
 * changed (their text, their CSV annex, whether their pictures exist), with the same verdict as a
 * check from scratch.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/io/check-content.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = 'tests/fixtures/.generated/check-cache/content';
const STORY = 'articles/2026/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026.md';
const ANNEX = 'awards/lao-cai-bang-khen-khoi-huyen-2023.csv';
const COVER = 'articles/2026/anh/hoi-nghi-cum-1.jpg';

describe('the content check with its cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bang-vang-check-cache-'));
  const options = { root: ROOT, contentDir: CONTENT, taxonomyFile: 'src/data/award-taxonomy.yaml' };
  /** Checks the content; the files it parsed (those not taken from the cache). */
  const run = () => {
    const parsed: string[] = [];
    const result = checkContent(options, (file) => parsed.push(file.path), cacheDir);
    return { result, parsed };
  };
  const path = (file: string) => `${CONTENT}/${file}`;
  const edit = (file: string, from: string | RegExp, to: string) => {
    const full = join(ROOT, path(file));
    writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
  };

  beforeAll(() => {
    rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), join(ROOT, CONTENT), { recursive: true });
  });
  afterAll(() => {
    rmSync(join(ROOT, CONTENT, '..'), { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('parses every file the first time, none the second', () => {
    const first = run();
    expect(first.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(first.parsed.length).toBeGreaterThan(50);
    const second = run();
    expect(second.parsed).toEqual([]);
    expect(second.result.entries.length).toBe(first.result.entries.length);
    expect(second.result.diagnostics).toEqual(first.result.diagnostics);
  });

  it('checks again a story that changed, and only it', () => {
    edit(STORY, /^title: .*$/m, 'title: Tiêu đề đã sửa');
    expect(run().parsed).toEqual([path(STORY)]);
  });

  it('checks again a decision whose CSV annex changed, and reports its error at the row', () => {
    edit(ANNEX, 'Phòng Nội vụ huyện Bắc Hà', 'Phòng Nội vụ huyện Bắc Hà,ca-nhan-sai');
    const { result, parsed } = run();
    expect(parsed).toEqual([]);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.file === path(ANNEX))).toBe(true);
  });

  it('checks again a story whose cover was deleted, and reports it', () => {
    edit(ANNEX, 'Phòng Nội vụ huyện Bắc Hà,ca-nhan-sai', 'Phòng Nội vụ huyện Bắc Hà');
    expect(run().result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    rmSync(join(ROOT, path(COVER)));
    const { result } = run();
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toContain(path(STORY));
  });
});
