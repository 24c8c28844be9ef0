/** `npm run new` and `npm run check` as a press officer runs them: files, messages, exit codes. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { vietnamIsoDate } from '../../src/utils/dates.ts';
import { copySampleContent, runScript, STACK_TRACE } from '../helpers/cli.ts';

const tree = copySampleContent();
afterAll(() => rmSync(tree.dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('creates a story in the year folder of the date given, with the title filled in', () => {
    const run = runScript('new-content.ts', [
      'story',
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
      '--ngay',
      '2026-01-21',
      '--noi-dung',
      tree.content,
    ]);
    expect(run.status).toBe(0);
    const path = join(tree.content, 'articles/2026/hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2025.md');
    expect(run.output).toContain('Đã tạo / Created:');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('title: Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 #');
    expect(text).toMatch(/^date: 2026-01-21 #/m);
  });

  it("uses today's date in Vietnam when none is given", () => {
    const before = vietnamIsoDate(new Date());
    const run = runScript('new-content.ts', ['don-vi', 'Xã Đông Thịnh', '--noi-dung', tree.content]);
    expect(run.status).toBe(0);
    const story = runScript('new-content.ts', ['tin', 'Tin hôm nay về thi đua', '--noi-dung', tree.content]);
    const after = vietnamIsoDate(new Date());
    expect(story.status).toBe(0);
    const year = after.slice(0, 4);
    const text = readFileSync(join(tree.content, `articles/${year}/tin-hom-nay-ve-thi-dua.md`), 'utf8');
    expect([before, after]).toContain(/^date: (\S+)/m.exec(text)?.[1]);
  });

  it('creates a public comment notice opening today by the site clock (BANG_VANG_NOW), never typing its closing day', () => {
    const title = 'Lấy ý kiến Nhân dân đối với cá nhân đề nghị tặng Huân chương Lao động';
    const args = ['lay-y-kien', title, '--noi-dung', tree.content];
    const run = runScript('new-content.ts', args, { BANG_VANG_NOW: '2026-12-06T23:30:00+07:00' });
    expect(run.status).toBe(0);
    const path = join(
      tree.content,
      'consultations/lay-y-kien-nhan-dan-doi-voi-ca-nhan-de-nghi-tang-huan-chuong-lao-dong.yaml',
    );
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^opens: 2026-12-06 #/m);
    expect(text).toMatch(/^workingDays: 10 #/m);
    const again = runScript('new-content.ts', args, { BANG_VANG_NOW: '2027-01-04T08:00:00+07:00' });
    expect(again.status).toBe(3);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('never overwrites, even across year folders (exit code 3)', () => {
    const path = join(tree.content, 'articles/2026/hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2025.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nĐã sửa.\n`);
    const again = runScript('new-content.ts', [
      'story',
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
      '--ngay',
      '2027-02-01',
      '--noi-dung',
      tree.content,
    ]);
    expect(again.status).toBe(3);
    expect(again.output).toContain('Không ghi đè');
    expect(readFileSync(path, 'utf8')).toContain('Đã sửa.');
    expect(existsSync(join(tree.content, 'articles/2027'))).toBe(false);
  });

  it('explains an unknown kind, a missing title or a date that does not exist (exit code 2)', () => {
    for (const args of [['bai-viet', 'Tiêu đề'], ['story'], ['story', 'Tiêu đề đủ dài', '--ngay', '2026-02-30']]) {
      const run = runScript('new-content.ts', [...args, '--noi-dung', tree.content]);
      expect(run.status).toBe(2);
      expect(run.output).toMatch(/Usage|Invalid date/);
      expect(run.output).not.toMatch(STACK_TRACE);
    }
  });
});

describe('npm run check', () => {
  it('passes the sample site in seconds, with a summary per collection', () => {
    const started = performance.now();
    const run = runScript('check-content.ts', []);
    const seconds = (performance.now() - started) / 1000;
    expect(run.status).toBe(0);
    expect(run.output).toContain('Nội dung hợp lệ.');
    expect(run.output).toMatch(
      /tin bài: \d+ · điển hình: \d+ · quyết định khen thưởng: \d+ \([\d.]+ lượt khen\) · đơn vị: \d+/,
    );
    expect(run.output).toContain('Lỗi / errors: 0 · Cảnh báo / warnings: 0');
    expect(seconds).toBeLessThan(10);
  });

  it('fails the broken fixture with exit code 1, every error and a summary, no stack trace', () => {
    const run = runScript('check-content.ts', ['--noi-dung', 'tests/fixtures/broken-five/content']);
    expect(run.status).toBe(1);
    expect(run.output.match(/✖ Lỗi \/ Error:/g)).toHaveLength(5);
    expect(run.output).toContain('Lỗi / errors: 5 · Cảnh báo / warnings: 0');
    expect(run.output).not.toMatch(STACK_TRACE);
  });

  it('reports the untouched new files of a press officer, and says the check could not run without a stack trace', () => {
    const run = runScript('check-content.ts', ['--noi-dung', tree.content]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('trường / field `description`');
    const missing = runScript('check-content.ts', ['--khong-co']);
    expect(missing.status).toBe(2);
    expect(missing.output).not.toMatch(STACK_TRACE);
  });
});
