/**
 * `npm run import` on the fixtures in tests/fixtures/import/ (made by make-fixtures.ts and
 * make-office-fixtures.ts): what it writes must be exactly the recipients of the annex (never a
 * header, a note, a signature) and pass `npm run check`; what it rejects must name the sheet, the
 * row and the column, once, with the one right fix.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { copySampleContent, runScript, STACK_TRACE } from '../helpers/cli.ts';
import { WINDOWS_1258_NAMES } from '../fixtures/import/fixture-data.ts';

const FIXTURES = 'tests/fixtures/import';
const tree = copySampleContent();
afterAll(() => rmSync(tree.dir, { recursive: true, force: true }));

const awards = () => readdirSync(join(tree.content, 'awards')).sort();
const check = () => runScript('check-content.ts', ['--noi-dung', tree.content]);

describe('npm run import', () => {
  it('imports the 500-row Excel annex, reading the decision from its title block, and the result passes the check', () => {
    const before = awards();
    const run = runScript('import-annex.ts', [
      `${FIXTURES}/khen-thuong-500.xlsx`,
      '--noi-dung',
      tree.content,
      '--co-quan',
      'chu-tich-ubnd-tinh',
      '--hinh-thuc',
      'bang-khen-bo-tinh',
      '--nam-thanh-tich',
      '2025',
      '--don-vi-ban-hanh',
      'Tỉnh Ninh Bình',
      '--ten-tep',
      'ninh-binh-bang-khen-2025',
    ]);
    expect(run.output).toContain('Sẽ ghi / To write: 500 (50 tập thể, 450 cá nhân)');
    expect(run.status).toBe(0);
    expect(awards()).toEqual([...before, 'ninh-binh-bang-khen-2025.csv', 'ninh-binh-bang-khen-2025.yaml'].sort());
    const yaml = readFileSync(join(tree.content, 'awards/ninh-binh-bang-khen-2025.yaml'), 'utf8');
    expect(yaml).toContain('decision: 2150/QĐ-UBND');
    expect(yaml).toContain('signed: 2026-01-15');
    expect(yaml).not.toContain('CẦN ĐIỀN');
    const csv = parseRecipientsCsv(readFileSync(join(tree.content, 'awards/ninh-binh-bang-khen-2025.csv'), 'utf8'));
    expect(csv.errors).toEqual([]);
    expect(csv.rows).toHaveLength(500);
    expect(csv.rows.filter((r) => r['kind'] === 'tap-the')).toHaveLength(50);
    // "UBND phường Đồng Văn" and "Phường Đông A" both become unit ids.
    expect(new Set(csv.rows.map((r) => r['unit']))).toEqual(
      new Set([
        'phuong-dong-a',
        'phuong-dong-van',
        'phuong-duy-tien',
        'phuong-hoa-lu',
        'phuong-nam-dinh',
        'phuong-nam-hoa-lu',
        'phuong-phu-ly',
        'phuong-tam-diep',
        'phuong-tay-hoa-lu',
        'phuong-thien-truong',
      ]),
    );
    const checked = check();
    expect(checked.output).toContain('Lỗi / errors: 0');
    expect(checked.status).toBe(0);
  });

  it('reads a Windows-1258 CSV with every tone intact, and the result passes the check', () => {
    const run = runScript('import-annex.ts', [
      `${FIXTURES}/danh-sach-windows-1258.csv`,
      '--noi-dung',
      tree.content,
      '--so',
      '88/QĐ-UBND',
      '--ngay-ky',
      '20/01/2024',
      '--co-quan',
      'chu-tich-ubnd-tinh',
      '--hinh-thuc',
      'bang-khen-bo-tinh',
      '--nam-thanh-tich',
      '2023',
      '--tieu-de',
      'Tặng Bằng khen giáo viên vùng cao năm học 2022–2023',
    ]);
    expect(run.output).toContain('Windows-1258');
    expect(run.status).toBe(0);
    const file = awards().find((name) => name.startsWith('tang-bang-khen-giao-vien-vung-cao') && name.endsWith('.csv'));
    expect(file).toBeDefined();
    const csv = parseRecipientsCsv(readFileSync(join(tree.content, 'awards', file as string), 'utf8'));
    expect(csv.rows.map((r) => r['name'])).toEqual(WINDOWS_1258_NAMES);
    expect(csv.rows.map((r) => r['unit'])).toEqual(
      WINDOWS_1258_NAMES.map(
        (_, i) => ['huyen-bac-ha', 'huyen-si-ma-cai', 'thi-xa-sa-pa', 'huyen-muong-khuong'][i % 4],
      ),
    );
    const checked = check();
    expect(checked.status).toBe(0);
  });

  it('rejects TCVN3 text and an unknown unit row by row, with the converted text and the closest units, and writes nothing', () => {
    const before = awards();
    const run = runScript('import-annex.ts', [`${FIXTURES}/tcvn3-va-don-vi-la.csv`, '--noi-dung', tree.content]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('tcvn3-va-don-vi-la.csv — dòng/row 3, cột/column B (Họ và tên)');
    expect(run.output).toContain('hãy thay bằng: "Lê Thị Hồng"');
    expect(run.output).toContain('dòng/row 4, cột/column C (Chức vụ)');
    expect(run.output).toContain('hãy thay bằng: "Trưởng thôn"');
    expect(run.output).toContain('dòng/row 5, cột/column D (Đơn vị)');
    expect(run.output).toContain('Không có đơn vị "Phường Tây Hoa Lưu"');
    expect(run.output).toMatch(/Có phải bạn muốn viết: phuong-tay-hoa-lu \(Phường Tây Hoa Lư\)/);
    expect(run.output).toContain('Sẽ ghi / To write: 1 (1 cá nhân); từ chối / rejected 3');
    expect(run.output).toContain('Chưa ghi tệp nào');
    expect(run.output).not.toMatch(STACK_TRACE);
    expect(awards()).toEqual(before);
  });

  it('writes the valid rows only when asked, converting TCVN3 when asked, and the result passes the check', () => {
    const run = runScript('import-annex.ts', [
      `${FIXTURES}/tcvn3-va-don-vi-la.csv`,
      '--noi-dung',
      tree.content,
      '--chuyen-ma',
      '--bo-qua-dong-loi',
      '--ten-tep',
      'tcvn3-da-chuyen',
      '--so',
      '91/QĐ-UBND',
      '--ngay-ky',
      '2026-01-20',
      '--co-quan',
      'chu-tich-ubnd-tinh',
      '--hinh-thuc',
      'bang-khen-bo-tinh',
      '--nam-thanh-tich',
      '2025',
    ]);
    expect(run.status).toBe(0);
    expect(run.output).toContain('Đã chuyển chữ từ bảng mã TCVN3');
    expect(run.output).toContain('Sẽ ghi / To write: 3 (3 cá nhân); từ chối / rejected 1');
    const csv = parseRecipientsCsv(readFileSync(join(tree.content, 'awards/tcvn3-da-chuyen.csv'), 'utf8'));
    expect(csv.rows.map((r) => r['name'])).toEqual(['Nguyễn Thị Hoa', 'Lê Thị Hồng', 'Trần Văn Nam']);
    expect(csv.rows[2]?.['position']).toBe('Trưởng thôn');
    expect(check().status).toBe(0);
  });

  it('rejects a title block dated 30 February, naming the row and the column', () => {
    const before = awards();
    const run = runScript('import-annex.ts', [`${FIXTURES}/ngay-30-thang-2.csv`, '--noi-dung', tree.content]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('ngay-30-thang-2.csv — dòng/row 2, cột/column A');
    expect(run.output).toContain('tháng 2/2026 chỉ có 28 ngày');
    expect(run.output).toContain('ngày 30 tháng 02 năm 2026');
    expect(awards()).toEqual(before);
  });

  it('rejects an impossible date given as an option, naming the option', () => {
    const run = runScript('import-annex.ts', [
      `${FIXTURES}/danh-sach-windows-1258.csv`,
      '--noi-dung',
      tree.content,
      '--ngay-ky',
      '2026-02-30',
    ]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('tùy chọn/option --ngay-ky');
    expect(run.output).toContain('tháng 2/2026 chỉ có 28 ngày');
  });

  it('leaves clearly marked placeholders for what it was not told, which the check then reports', () => {
    const run = runScript('import-annex.ts', [
      `${FIXTURES}/danh-sach-windows-1258.csv`,
      '--noi-dung',
      tree.content,
      '--ten-tep',
      'chua-du-thong-tin',
    ]);
    expect(run.status).toBe(0);
    expect(run.output).toContain(
      'Còn phải điền trong tệp YAML (tìm chữ "CẦN ĐIỀN"): decision, signed, issuer, award, period',
    );
    const yaml = readFileSync(join(tree.content, 'awards/chua-du-thong-tin.yaml'), 'utf8');
    expect(yaml.match(/# CẦN ĐIỀN/g)).toHaveLength(5);
    const checked = check();
    expect(checked.status).toBe(1);
    for (const field of ['decision', 'signed', 'issuer', 'award', 'period']) {
      expect(checked.output).toMatch(new RegExp(`awards/chua-du-thong-tin\\.yaml:\\d+ — trường / field \`${field}\``));
    }
    // An empty period says what a period is, never "expected the regex format".
    expect(checked.output).toContain('Năm thành tích phải là một năm (2025) hoặc một giai đoạn ("2021-2025").');
    expect(checked.output).not.toContain('regex');
    expect(checked.output).not.toMatch(STACK_TRACE);
    rmSync(join(tree.content, 'awards/chua-du-thong-tin.yaml'));
    rmSync(join(tree.content, 'awards/chua-du-thong-tin.csv'));
  });

  it('never overwrites: a second import under the same name stops with exit code 3', () => {
    const path = join(tree.content, 'awards/ninh-binh-bang-khen-2025.csv');
    const before = readFileSync(path, 'utf8');
    const run = runScript('import-annex.ts', [
      `${FIXTURES}/danh-sach-windows-1258.csv`,
      '--noi-dung',
      tree.content,
      '--ten-tep',
      'ninh-binh-bang-khen-2025',
    ]);
    expect(run.status).toBe(3);
    expect(run.output).toContain('không ghi đè');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('explains a missing file, an old .xls and an unknown option without a stack trace (exit code 2)', () => {
    for (const args of [['khong-co.xlsx'], ['danh-sach.xls'], [`${FIXTURES}/ngay-30-thang-2.csv`, '--khong-co']]) {
      const run = runScript('import-annex.ts', args);
      expect(run.status).toBe(2);
      expect(run.output).not.toMatch(STACK_TRACE);
    }
    expect(existsSync('danh-sach.xls')).toBe(false);
  });
});
