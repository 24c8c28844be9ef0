/**
 * `npm run import` on annexes shaped as offices keep them (tests/fixtures/import/make-office-fixtures.ts):
 * every sheet, title blocks, merged two-row headers, sections, notes, signature blocks, hidden
 * rows, a TCVN3 name, a Word decision, scans. The exact recipients written, the exact problems
 * reported, no row that is not a recipient ever written, and the result passes `npm run check`.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { copySampleContent, runScript, STACK_TRACE } from '../helpers/cli.ts';
import { COLUMNS_REORDERED, NOT_RECIPIENTS, TWO_SHEETS, WORD_DECISION } from '../fixtures/import/office-fixtures.ts';

const FIXTURES = 'tests/fixtures/import';
const tree = copySampleContent();
afterAll(() => rmSync(tree.dir, { recursive: true, force: true }));

const awards = () => readdirSync(join(tree.content, 'awards')).sort();
const importFile = (file: string, ...args: string[]) =>
  runScript('import-annex.ts', [`${FIXTURES}/${file}`, '--noi-dung', tree.content, ...args]);
const written = (slug: string) => parseRecipientsCsv(readFileSync(join(tree.content, 'awards', `${slug}.csv`), 'utf8'));
const decision = (slug: string) =>
  parse(readFileSync(join(tree.content, 'awards', `${slug}.yaml`), 'utf8')) as Record<string, unknown>;

/** Every row written is a recipient of the annex: counted, and none holds a header, note or signature. */
function expectOnlyRecipients(slug: string, expected: Record<string, unknown>[]): void {
  const csv = written(slug);
  expect(csv.errors).toEqual([]);
  expect(csv.rows).toHaveLength(expected.length);
  for (const row of csv.rows) {
    for (const text of NOT_RECIPIENTS) expect(String(row['name']), text).not.toContain(text);
  }
  expect(csv.rows).toEqual(expected);
}

describe('npm run import, on annexes as offices keep them', () => {
  it('reads both sheets of a workbook as one decision and says the TCVN3 name once, with the one right fix', () => {
    const before = awards();
    const run = importFile('hai-trang-tinh.xlsx');
    expect(run.status).toBe(1);
    const errors = run.output.split('\n').filter((line) => line.startsWith('✖'));
    expect(errors).toEqual([
      '✖ Lỗi / Error: hai-trang-tinh.xlsx — trang tính/sheet "Cá nhân", dòng/row 13, cột/column B (Họ và tên)',
    ]);
    expect(run.output.match(/hãy thay bằng: "([^"]+)"/g)).toEqual(['hãy thay bằng: "Lương Thị Hường"']);
    expect(run.output).not.toContain('Lơng');
    expect(run.output).toContain('Trang tính đã đọc / Sheets read: "Tập thể", "Cá nhân"');
    expect(run.output).toContain('Chưa ghi tệp nào');
    expect(awards()).toEqual(before);
  });

  it('--chay-thu prints the summary and writes nothing', () => {
    const before = awards();
    const run = importFile('hai-trang-tinh.xlsx', '--chuyen-ma', '--chay-thu');
    expect(run.status).toBe(0);
    const summary = run.output.slice(run.output.indexOf('── Tóm tắt'));
    expect(summary).toContain('Số / Number: 2160/QĐ-UBND ("Tập thể" dòng 6)');
    expect(summary).toContain('Ngày ký / Signed: 2026-01-15');
    expect(summary).toContain('Cơ quan / Issuer: chu-tich-ubnd-tinh — Chủ tịch Ủy ban nhân dân tỉnh');
    expect(summary).toContain('Hình thức / Award: bang-khen-bo-tinh');
    expect(summary).toContain('Năm thành tích / Period: 2025');
    expect(summary).toContain('Người ký / Signer: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH, Trần Anh Dũng');
    expect(summary).toContain('Sẽ ghi / To write: 9 (3 tập thể, 6 cá nhân; 2 truy tặng)');
    expect(summary).toContain('"tỉnh Thừa Thiên Huế" → tp-hue (tên cũ của Thành phố Huế) ×1');
    expect(summary).toContain(
      '"Cá nhân" tiêu đề cột (dòng 8–9); dòng đánh số cột (dòng 10); dòng chia mục (dòng 11, 16); dòng bị ẩn (dòng 15); ghi chú dưới bảng (dòng 21); khối chữ ký (dòng 23–25, 27)',
    );
    expect(summary.split('\n').length).toBeLessThanOrEqual(25);
    expect(run.output).toContain('Chạy thử: chưa ghi gì');
    expect(awards()).toEqual(before);
  });

  it('writes exactly the recipients of both sheets, with kinds, units, positions and posthumous marks', () => {
    const run = importFile('hai-trang-tinh.xlsx', '--chuyen-ma');
    expect(run.status).toBe(0);
    // The warnings, each once: the column not imported, the hidden row, the unit not found, the conversion.
    const warnings = run.output.split('\n').filter((line) => line.startsWith('⚠'));
    expect(warnings).toEqual([
      '⚠ Cảnh báo / Warning: hai-trang-tinh.xlsx — trang tính/sheet "Cá nhân", dòng/row 8, cột/column D (Thông tin khen thưởng / Năm sinh)',
      '⚠ Cảnh báo / Warning: hai-trang-tinh.xlsx — trang tính/sheet "Cá nhân", dòng/row 13, cột/column B (Họ và tên)',
      '⚠ Cảnh báo / Warning: hai-trang-tinh.xlsx — trang tính/sheet "Cá nhân"',
      '⚠ Cảnh báo / Warning: hai-trang-tinh.xlsx — trang tính/sheet "Cá nhân", cột/column C (Chức vụ, đơn vị công tác)',
    ]);
    expect(run.output).toContain('1 dòng bị ẩn trong Excel, không nhập: dòng 15');
    expectOnlyRecipients('hai-trang-tinh', TWO_SHEETS.written);
    expect(decision('hai-trang-tinh')).toMatchObject({
      decision: '2160/QĐ-UBND',
      signed: '2026-01-15',
      issuer: 'chu-tich-ubnd-tinh',
      issuerUnit: 'tinh-ninh-binh',
      award: 'bang-khen-bo-tinh',
      period: 2025,
      signer: { position: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', name: 'Trần Anh Dũng' },
    });
  });

  it('reads columns in another order, headers without accents, a kind column and a posthumous column', () => {
    const run = importFile('cot-dao-thu-tu.xlsx', '--hinh-thuc', 'bang-khen-bo-tinh', '--nam-thanh-tich', '2025');
    expect(run.status).toBe(0);
    expect(run.output).not.toContain('⚠');
    expectOnlyRecipients('cot-dao-thu-tu', COLUMNS_REORDERED.written);
    expect(decision('cot-dao-thu-tu')).toMatchObject({ decision: '305/QĐ-UBND', issuerUnit: 'tinh-lao-cai' });
  });

  it('reads the annex table at the end of a Word decision, and its signer from the decision', () => {
    const run = importFile('quyet-dinh-kem-danh-sach.docx');
    expect(run.status).toBe(0);
    expect(run.output).toContain('Người ký / Signer: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH, Trần Anh Dũng (bảng 2, hàng 1)');
    expectOnlyRecipients('quyet-dinh-kem-danh-sach', WORD_DECISION.written);
    expect(decision('quyet-dinh-kem-danh-sach')).toMatchObject({
      decision: '2161/QĐ-UBND',
      signed: '2026-01-16',
      award: 'bang-khen-bo-tinh',
      period: 2025,
      signer: { position: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', name: 'Trần Anh Dũng' },
    });
  });

  it('refuses a scanned PDF and a scan pasted into Word, saying OCR is out of scope (exit code 2)', () => {
    for (const file of ['ban-scan.pdf', 'scan-dan-vao-word.docx']) {
      const run = importFile(file);
      expect(run.status).toBe(2);
      expect(run.output).toContain('nhận dạng (OCR), việc này nằm ngoài phạm vi của lệnh');
      expect(run.output).toContain('out of its scope');
      expect(run.output).not.toMatch(STACK_TRACE);
    }
  });

  it('what it wrote passes the content check', () => {
    const checked = runScript('check-content.ts', ['--noi-dung', tree.content]);
    expect(checked.output).toContain('Lỗi / errors: 0');
    expect(checked.status).toBe(0);
  });
});
