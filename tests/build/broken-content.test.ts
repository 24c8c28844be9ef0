/**
 * A fixture with five different broken files: the build must stop before writing anything,
 * print all five errors (file and field each) and no stack trace.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildRun } from '../helpers/build.ts';

const FIXTURE = 'tests/fixtures/broken-five/content';

describe('a build over broken content', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bang-vang-broken-')), 'dist');
  let run: BuildRun;

  beforeAll(() => {
    run = buildSite(FIXTURE, outDir);
  });

  afterAll(() => rmSync(dirname(outDir), { recursive: true, force: true }));

  it('exits non-zero', () => {
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
  });

  it.each([
    ['articles/2026/ngay-sai.md:4', 'date', 'tháng 2/2026 chỉ có 28 ngày'],
    ['articles/2026/chuyen-muc-sai.md:5', 'category', 'Có phải bạn muốn viết: phat-dong?'],
    ['awards/loai-sai.yaml:4', 'award', 'Có phải bạn muốn viết: bang-khen-bo-tinh'],
    ['exemplars/don-vi-sai.md:4', 'unit', 'Có phải bạn muốn viết: phuong-hoa-lu (Phường Hoa Lư)?'],
    ['articles/2026/anh-thieu-mo-ta.md:7', 'cover.alt', 'Ảnh thiếu lời mô tả (alt)'],
  ])('reports %s, field %s', (location, field, detail) => {
    expect(run.output).toContain(`✖ Lỗi / Error: ${FIXTURE}/${location} — trường / field \`${field}\``);
    expect(run.output).toContain(detail);
  });

  it('reports exactly five errors, in Vietnamese then English', () => {
    expect(run.output.match(/✖ Lỗi \/ Error:/g)).toHaveLength(5);
    expect(run.output).toContain('Nội dung có 5 lỗi trong 5 tệp');
    expect(run.output).toContain('The content has 5 error(s) in 5 file(s)');
    expect(run.output.indexOf('Nội dung có 5 lỗi')).toBeLessThan(run.output.indexOf('The content has 5 error(s)'));
  });

  it('prints no stack trace', () => {
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.output).not.toMatch(/Error: .*\n\s+at /);
  });

  it('writes no site', () => {
    expect(existsSync(outDir)).toBe(false);
  });
});
