/**
 * The bad-input suite (tests/fixtures/bad-input/cases.ts): each kind of mistake, written into a
 * small content tree on disk, through the real content check (`npm run check`, the CLI) with
 * its exact bilingual report; some of them also through a real `astro build`, which must stop
 * before writing anything. Plus a 50,000-row recipients annex, generated here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_INPUT } from '../fixtures/bad-input/cases.ts';
import { runCheck, writeTree } from '../helpers/content-tree.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { checkContent } from '../../src/io/check-content.ts';
import { FILES } from '../helpers/mini-site.ts';

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tree(changes: Parameters<typeof writeTree>[1], parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'bad-input-'));
  temporary.push(root);
  writeTree(root, changes);
  return root;
}

/** The report's error blocks: everything before the summary, split at each ✖/⚠ mark. */
function blocks(output: string): string[] {
  const report = output.split(/\n\n(?=Nội dung )/)[0] ?? '';
  return report.startsWith('Nội dung') ? [] : report.split(/\n\n(?=[✖⚠] )/);
}

function summary(errors: number, files: number): string {
  return (
    `Nội dung có ${errors} lỗi trong ${files} tệp. Hãy sửa rồi chạy lại; trang web chưa được tạo.\n` +
    `The content has ${errors} error(s) in ${files} file(s). Fix them and run again; the site was not built.`
  );
}

describe('bad input, through the content check (npm run check)', () => {
  it.each(BAD_INPUT.map((c) => [c.name, c] as const))('%s', (_, badCase) => {
    const run = runCheck(tree(badCase.changes));
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(blocks(run.stdout)).toEqual(badCase.errors);
    if (badCase.errors.length) {
      const files = new Set(badCase.errors.map((b) => /^✖ Lỗi \/ Error: ([^\s:]+)/.exec(b)?.[1])).size;
      expect(run.stdout).toContain(summary(badCase.errors.length, files));
      expect(run.status).toBe(1);
    } else {
      expect(run.stdout).toContain('Nội dung hợp lệ.\nThe content is valid.');
      expect(run.status).toBe(0);
    }
  });

  it('normalizes NFD text to NFC when it accepts it', () => {
    const nfd = BAD_INPUT.find((c) => c.name.startsWith('NFD'));
    const root = tree(nfd?.changes ?? {});
    const result = checkContent({ root, contentDir: 'content', taxonomyFile: 'src/data/award-taxonomy.yaml' });
    const story = result.entries.find((e) => e.collection === 'articles');
    const decision = result.entries.find((e) => e.collection === 'awards');
    expect(story?.data['title']).toBe('Cụm Thi đua số 1 tổng kết năm 2025');
    expect(String(story?.data['title'])).not.toBe(String(story?.data['title']).normalize('NFD'));
    expect((decision?.data['recipients'] as { name: string }[])[0]?.name).toBe('Nguyễn Thị Hoa'.normalize('NFC'));
  });
});

describe('a 50,000-row recipients annex', () => {
  const ROWS = 50_000;
  const csv = [
    'name,kind,unit,position,citation',
    ...Array.from(
      { length: ROWS },
      (_, i) => `Nguyễn Văn An ${i + 1},ca-nhan,phuong-hoa-lu,Công chức,Hoàn thành xuất sắc nhiệm vụ năm 2025`,
    ),
  ].join('\n');
  const decision = (FILES['content/awards/bang-khen-2025.yaml'] as string).replace(
    /recipients:[\s\S]*$/,
    'recipientsFile: danh-sach.csv\n',
  );

  it('is checked in seconds and accepted: decision pages show it 500 rows at a time', () => {
    const root = tree({ 'content/awards/bang-khen-2025.yaml': decision, 'content/awards/danh-sach.csv': csv });
    expect(statSync(join(root, 'content/awards/danh-sach.csv')).size).toBeGreaterThan(4_000_000);
    const run = runCheck(root);
    expect(run.stdout).toContain('Nội dung hợp lệ.');
    expect(run.status).toBe(0);
    // About 2 s on an idle 2-core machine, start-up included; the bound leaves room for a busy CI.
    expect(run.ms).toBeLessThan(20_000);
  });

  it('reports a bad row among 50,000 by its line in the CSV', () => {
    const broken = csv.replace('Nguyễn Văn An 40000,ca-nhan', 'Nguyễn Văn An 40000,ca nhan');
    const run = runCheck(
      tree({ 'content/awards/bang-khen-2025.yaml': decision, 'content/awards/danh-sach.csv': broken }),
    );
    expect(run.status).toBe(1);
    expect(blocks(run.stdout)).toEqual([
      `✖ Lỗi / Error: content/awards/danh-sach.csv:40001 — trường / field \`dòng/row 40000, cột/column kind\`
  Giá trị không nằm trong danh sách cho phép.
    Giá trị hiện có: "ca nhan"
    Giá trị hợp lệ: ca-nhan, tap-the, ho-gia-dinh
    Có phải bạn muốn viết: ca-nhan?
  The value is not one of those allowed.
    Found: "ca nhan"
    Allowed: ca-nhan, tap-the, ho-gia-dinh
    Did you mean: ca-nhan?`,
    ]);
  });
});

describe('bad input, through a real astro build: nothing is written', () => {
  /** Trees inside the project, so paths in the report read test-results/bad-input/…/content/…. */
  const parent = join(ROOT, 'test-results', 'bad-input');
  const throughBuild = [
    'invalid YAML: an unclosed quote',
    'an impossible date, 2026-02-30',
    'a missing image file',
    'zero-width characters in the text of a story',
    'a recipient kind the award does not allow, in a CSV annex',
  ];

  it.each(throughBuild)('%s', (name) => {
    const badCase = BAD_INPUT.find((c) => c.name === name);
    if (!badCase) throw new Error(`no case ${name}`);
    const root = tree(badCase.changes, parent);
    const prefix = `${relative(ROOT, root)}/`;
    const outDir = join(root, 'dist');
    const run = buildSite(`${prefix}content`, outDir);
    expect(run.status).toBe(1);
    expect(run.output).not.toMatch(STACK_TRACE);
    const expected = badCase.errors.map((block) => block.replace(/(?<![\w/])content\//g, `${prefix}content/`));
    expect(blocks(run.output.slice(run.output.indexOf('✖')))).toEqual(expected);
    expect(existsSync(outDir)).toBe(false);
    // Only the build cache the helper puts beside dist/ (the content check keeps its results there).
    expect(readdirSync(root).sort()).toEqual(['content', 'dist-cache', 'src']);
    expect(
      readdirSync(join(root, 'dist-cache'), { recursive: true }).filter((f) => String(f).endsWith('.html')),
    ).toEqual([]);
  });
});

describe('the suite covers what issue 8 lists', () => {
  it.each([
    'invalid YAML',
    'unknown field',
    '2026-02-30',
    'signed before its period',
    'duplicate decision number',
    'duplicate slug',
    'dangling references',
    'without alt text',
    'missing image file',
    'NFD text',
    'zero-width characters',
    '2,000-character title',
    'recipient kind the award does not allow',
  ])('has a case for: %s', (topic) => {
    expect(BAD_INPUT.some((c) => c.name.includes(topic))).toBe(true);
  });
});
