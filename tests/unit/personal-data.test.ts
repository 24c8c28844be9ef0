/**
 * Personal identifiers (src/domain/personal-data.ts, validation/checks/personal-data.ts): the
 * content check refuses identity-card and telephone numbers in recipients, notices' proposed
 * people and exemplars, warns on dates of birth, and never prints the number — not in its own
 * message, not in any other check's message about the same field. Numbers that decisions are full
 * of (decision numbers, years, dates, amounts) are not taken for identifiers: the sample site, the
 * benchmark corpus and a list of citations shaped like real ones give no false positive.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { findBirthDates, findIdentifiers, redactIdentifiers } from '../../src/domain/personal-data.ts';
import { checkContent } from '../../src/io/check-content.ts';
import { formatReport } from '../../src/validation/format.ts';
import { FILES, validate } from '../helpers/mini-site.ts';
import { ROOT } from '../helpers/build.ts';
import { NOTICE, NOTICE_TEXT } from '../helpers/notices.ts';

const kinds = (text: string) => findIdentifiers(text).map((m) => m.kind);

describe('the identifier detector', () => {
  it.each([
    ['ĐT: 0912 345 678', 'phone'],
    ['0912.345.678', 'phone'],
    ['0912-345-678', 'phone'],
    ['091 234 5678', 'phone'],
    ['0912345678', 'phone'],
    ['(024) 3825 1234', 'phone'],
    ['0243.825.1234', 'phone'],
    ['02283849123', 'phone'],
    ['+84 912 345 678', 'phone'],
    ['(+84) 912.345.678', 'phone'],
    ['+84912345678', 'phone'],
    ['CCCD số 036085001234', 'id-card'],
    ['036085001234', 'id-card'],
    ['CMND: 163 456 789', 'id-card'],
    ['Số CMND 163456789, cấp ngày 12/3/2010', 'id-card'],
    ['căn cước công dân 036.085.001.234', 'id-card'],
  ])('finds %s (%s)', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    'Quyết định số 1234/QĐ-UBND ngày 15/01/2026',
    'Quyết định số 01/2026/QĐ-UBND',
    'Số 123456789/QĐ-TTg',
    'giai đoạn 2021-2025, năm học 2024 - 2025',
    'ngày 15.01.2026, ngày 2026-01-15, ngày 02-09-2025',
    'tiền thưởng 150.000.000 đồng; 150000000 đồng; 1.234.567.890 đ',
    'Hotline 1900 1234 hoặc 1800 6789',
    'tăng 3,141592653 lần; tỷ lệ 12,345678901%',
    'Mã xác minh 7HC-M4X-2EA',
    'đạt 100% chỉ tiêu, 1.250 hội viên, 36 xã, phường',
    'Nghị định 98/2023/NĐ-CP, Thông tư 26/2020/TT-BTTTT',
  ])('takes no identifier in "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('redacts every identifier and nothing else', () => {
    expect(redactIdentifiers('Liên hệ 0912 345 678 hoặc CCCD 036085001234, QĐ 1234/QĐ-UBND')).toBe(
      'Liên hệ [số điện thoại đã ẩn / phone number hidden] hoặc CCCD [số giấy tờ đã ẩn / ID number hidden], QĐ 1234/QĐ-UBND',
    );
  });

  it.each([
    'sinh năm 1985',
    'Sinh năm: 1990',
    'SN 1985',
    '(SN1985)',
    'năm sinh 1979',
    'ngày sinh: 12/3/1985',
    'sinh ngày 12 tháng 3 năm 1985',
    'Ngày sinh 02-09-1980',
  ])('warns on a date of birth in "%s"', (text) => {
    expect(findBirthDates(text)).toHaveLength(1);
  });

  it.each([
    'học sinh năm 2023 đạt giải Nhất',
    'hy sinh năm 1972 tại chiến trường Quảng Trị',
    'kỷ niệm 135 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)',
    'phát sinh năm 2024; vệ sinh năm 2025',
    'thí sinh năm nay',
  ])('does not warn on "%s"', (text) => {
    expect(findBirthDates(text)).toEqual([]);
  });
});

const DECISION = 'content/awards/bang-khen-2025.yaml';
const PHONE = '0912 345 678';
const ID = '036085001234';

/** The digits of the identifiers, however they are written. */
const DIGITS = ['0912345678', '912345678', '345 678', '036085001234', '85001234'];

function reportOf(changes: Record<string, string>): string {
  return formatReport(validate(changes).diagnostics);
}

describe('the content check', () => {
  it('refuses a telephone number in a recipient field, naming file, line, field and kind, never the number', () => {
    const text = (FILES[DECISION] as string).replace(
      'position: Công chức văn hóa',
      `position: Công chức văn hóa, điện thoại ${PHONE}`,
    );
    const { diagnostics } = validate({ [DECISION]: text });
    const found = diagnostics.filter((d) => d.severity === 'error');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: DECISION, line: 12, field: 'recipients.0.position' });
    expect(found[0]?.vi).toContain('có số điện thoại');
    expect(found[0]?.en).toContain('holds a telephone number');
    expect(found[0]?.found).toBe('"Công chức văn hóa, điện thoại [số điện thoại đã ẩn / phone number hidden]"');
    const report = formatReport(diagnostics);
    for (const digits of DIGITS) expect(report).not.toContain(digits);
    expect(report.replace(/\D/g, '')).not.toContain('0912345678');
  });

  it('refuses an identity-card number in a CSV annex, by its line and column', () => {
    const yaml = (FILES[DECISION] as string).replace(/recipients:[\s\S]*$/, 'recipientsFile: danh-sach.csv\n');
    const csv = `name,kind,unit,citation\nNguyễn Thị Hoa,ca-nhan,phuong-hoa-lu,Hoàn thành xuất sắc nhiệm vụ\nLê Văn An,ca-nhan,phuong-hoa-lu,CCCD ${ID}\n`;
    const { diagnostics } = validate({ [DECISION]: yaml, 'content/awards/danh-sach.csv': csv });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'content/awards/danh-sach.csv',
        line: 3,
        field: 'dòng/row 2, cột/column citation',
      }),
    ]);
    expect(diagnostics[0]?.vi).toContain('căn cước công dân');
    expect(formatReport(diagnostics)).not.toContain('85001234');
  });

  it('hides the number in the messages of other checks about the same field', () => {
    // A name that is a number breaks the schema (not text) and the YAML reads it as 912345678.
    const text = (FILES[DECISION] as string)
      .replace('name: Nguyễn Thị Hoa', 'name: 0912345678')
      .replace('position: Công chức văn hóa', `position: "${'Công chức '.repeat(40)}${PHONE}"`);
    const report = reportOf({ [DECISION]: text });
    expect(report).toContain('recipients.0.name');
    expect(report).toContain('recipients.0.position');
    for (const digits of DIGITS) expect(report).not.toContain(digits);
  });

  it("refuses a notice's proposed person's telephone, not the notice's own contact number", () => {
    const text = NOTICE_TEXT.replace('position: Công chức văn hóa', `position: Công chức văn hóa, ĐT ${PHONE}`);
    expect(NOTICE_TEXT).toContain('phone: 0229.3871.234');
    expect(validate({ [NOTICE]: NOTICE_TEXT }).diagnostics).toEqual([]);
    const { diagnostics } = validate({ [NOTICE]: text });
    expect(diagnostics.map((d) => [d.severity, d.file, d.field])).toEqual([['error', NOTICE, 'recipients.0.position']]);
  });

  it("refuses an exemplar's telephone in its fields and its story, and warns on a year of birth", () => {
    const exemplar = (FILES['content/exemplars/nguyen-thi-hoa.md'] as string)
      .replace('summary: Công chức văn hóa tận tụy với phong trào.', `summary: Công chức văn hóa, ĐT ${PHONE}.`)
      .replace('Chị Hoa làm việc tận tụy.', `Chị Hoa, sinh năm 1985, làm việc tận tụy.\n\nLiên hệ: +84 912 345 678.`);
    const { diagnostics } = validate({ 'content/exemplars/nguyen-thi-hoa.md': exemplar });
    expect(diagnostics.map((d) => [d.severity, d.line, d.field ?? ''])).toEqual([
      ['error', 6, 'summary'],
      ['warning', 9, ''],
      ['error', 11, ''],
    ]);
    expect(diagnostics[1]?.vi).toContain('"sinh năm…"');
    expect(formatReport(diagnostics)).not.toMatch(/912 ?345|1985/);
  });

  it('gives no personal-data message on the sample site', () => {
    const result = checkContent({ root: ROOT, contentDir: 'content', taxonomyFile: 'src/data/award-taxonomy.yaml' });
    const personal = result.diagnostics.filter((d) => /số điện thoại|căn cước|ngày hoặc năm sinh/.test(d.vi));
    expect(personal).toEqual([]);
  });

  it('takes nothing in the benchmark corpus for an identifier or a date of birth', () => {
    const texts = generateCorpus({ stories: 1000, recipients: 10_000 }).flatMap((file) => file.text.split('\n'));
    expect(texts.length).toBeGreaterThan(50_000);
    expect(texts.filter((line) => findIdentifiers(line).length || findBirthDates(line).length)).toEqual([]);
  });
});
