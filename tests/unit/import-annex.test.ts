/** The importer's pure parts: decoding, headers, units, rows, options and the files it writes. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importAnnex } from '../../src/import/annex.ts';
import { decodeText } from '../../src/import/decode.ts';
import { columnOf, findHeaderRow } from '../../src/import/headers.ts';
import { checkDecisionOptions } from '../../src/import/options.ts';
import { generateDecisionYaml, generateRecipientsCsv } from '../../src/import/output.ts';
import { columnLetter, parseCsvRows, type SheetRow } from '../../src/import/table.ts';
import { createUnitMatcher } from '../../src/import/units.ts';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { parse } from 'yaml';
import { TAXONOMY_TEXT, validate } from '../helpers/mini-site.ts';

const units = createUnitMatcher([
  { id: 'phuong-hoa-lu', name: 'Phường Hoa Lư', formerNames: [] },
  { id: 'phuong-dong-a', name: 'Phường Đông A', formerNames: [] },
  { id: 'tp-hue', name: 'Thành phố Huế', formerNames: ['Tỉnh Thừa Thiên Huế'] },
]);
const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));

function sheet(...lines: string[][]): SheetRow[] {
  return lines.map((cells, index) => ({ number: index + 1, cells }));
}
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành tích'];

describe('decodeText', () => {
  const text = 'Họ và tên,Đơn vị\nNguyễn Thị Hường,Phường Hoa Lư\n';
  it('reads UTF-8, UTF-8 with a BOM and UTF-16', () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
  });
  it('reads Windows-1258 (tones as combining marks) into NFC', () => {
    const bytes = iconv.encode('Nguyê\u0303n Thi\u0323 Hươ\u0300ng', 'windows-1258');
    expect(decodeText(bytes)).toEqual({ text: 'Nguyễn Thị Hường', encoding: 'windows-1258' });
  });
});

describe('headers', () => {
  it('matches headers without regard to accents, case or punctuation', () => {
    expect(columnOf('HỌ VÀ TÊN')).toBe('name');
    expect(columnOf('ho va ten')).toBe('name');
    expect(columnOf('Tên tập thể')).toBe('name');
    expect(columnOf('Đơn vị công tác')).toBe('unit');
    expect(columnOf('Chức vụ, đơn vị')).toBe('position');
    expect(columnOf('Nội dung thành tích')).toBe('citation');
    expect(columnOf('S.T.T.')).toBe(undefined);
    expect(columnOf('Số TT')).toBe('index');
    expect(columnOf('Ghi chú')).toBeUndefined();
  });
  it('finds the header row under a title block', () => {
    const found = findHeaderRow(sheet(['DANH SÁCH'], ['(Kèm theo Quyết định …)'], [], HEADER));
    expect(found?.rowIndex).toBe(3);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
  it('reads CSV with semicolons (Excel with Vietnamese settings) and keeps line numbers', () => {
    const rows = parseCsvRows('STT;Họ và tên\n1;"Nguyễn\nVăn An"\n2;Lê Thị B\n');
    expect(rows.map((r) => r.number)).toEqual([1, 2, 4]);
    expect(rows[1]?.cells).toEqual(['1', 'Nguyễn\nVăn An']);
  });
});

describe('units', () => {
  it('finds units by name, id, former name, with "UBND" or without the type, accents aside', () => {
    expect(units.match('Phường Hoa Lư')).toBe('phuong-hoa-lu');
    expect(units.match('phuong-dong-a')).toBe('phuong-dong-a');
    expect(units.match('UBND phường Hoa Lư')).toBe('phuong-hoa-lu');
    expect(units.match('PHUONG HOA LU')).toBe('phuong-hoa-lu');
    expect(units.match('Hoa Lư')).toBe('phuong-hoa-lu');
    expect(units.match('Tỉnh Thừa Thiên Huế')).toBe('tp-hue');
    expect(units.match('Phường Hoa Lựu')).toBeUndefined();
    expect(units.suggest('Phường Hoa Lựu')[0]).toBe('phuong-hoa-lu (Phường Hoa Lư)');
  });
});

describe('importAnnex', () => {
  it('takes sections, guesses collectives, and locates every problem by row and column', () => {
    const result = importAnnex(
      sheet(
        ['DANH SÁCH KHEN THƯỞNG'],
        HEADER,
        ['I', 'TẬP THỂ'],
        ['1', 'Trạm Y tế phường Hoa Lư', '', 'Phường Hoa Lư', 'Tốt'],
        ['II', 'CÁ NHÂN'],
        ['2', 'Nguyễn Thị Hoa', 'Công chức', 'UBND phường Hoa Lư', ''],
        ['3', '', 'Kế toán', 'Phường Đông A', ''],
        ['4', 'Nguyễn thị hoa', 'Công chức', 'Phường Hoa Lư', ''],
        ['5', 'Lª V¨n Nam', '', 'Phường Hoa Lựu', ''],
        ['6', 'Trần\u200B Văn Bình', '', '', ''],
        ['Tổng cộng: 5'],
      ),
      units,
    );
    expect(result.rowsRead).toBe(6);
    expect(result.recipients.map((r) => [r.row, r.name, r.kind, r.unit])).toEqual([
      [4, 'Trạm Y tế phường Hoa Lư', 'tap-the', 'phuong-hoa-lu'],
      [6, 'Nguyễn Thị Hoa', 'ca-nhan', 'phuong-hoa-lu'],
      [10, 'Trần Văn Bình', 'ca-nhan', undefined],
    ]);
    expect(result.rejectedRows).toEqual([7, 8, 9]);
    const where = (row: number) =>
      result.problems.filter((p) => p.row === row && p.severity === 'error').map((p) => `${p.column}: ${p.vi}`);
    expect(where(7)).toEqual(['B (Họ và tên): Thiếu tên người hoặc tập thể.']);
    expect(where(8)).toEqual(['B (Họ và tên): Trùng với dòng 6: cùng tên, cùng đơn vị.']);
    expect(where(9)[0]).toContain('B (Họ và tên): Chữ bị lỗi phông');
    expect(where(9)[0]).toContain('Có thể là: "Lê Văn Nam"');
    expect(where(9)[1]).toContain('D (Đơn vị): Không có đơn vị "Phường Hoa Lựu"');
    expect(result.problems.find((p) => p.row === 10)?.vi).toContain('U+200B');
    expect(result.problems.find((p) => p.row === 11)?.severity).toBe('warning');
  });

  it('checks each row against the award: a flag goes to collectives only', () => {
    const result = importAnnex(sheet(HEADER, ['1', 'Nguyễn Văn An', '', '', '']), units, {
      award: { name: 'Cờ Thi đua', kinds: ['tap-the'] },
    });
    expect(result.rejectedRows).toEqual([2]);
    expect(result.problems[0]?.vi).toContain('Cờ Thi đua không tặng cho cá nhân');
  });

  it('says so when it finds no header row', () => {
    const result = importAnnex(sheet(['a', 'b'], ['c', 'd']), units);
    expect(result.problems[0]?.vi).toContain('Không tìm thấy dòng tiêu đề cột');
  });
});

describe('decision options and output', () => {
  const context = { taxonomy, units, clusters: new Set<string>(), movements: new Set<string>() };
  it('checks dates, codes and the award against the taxonomy, naming the option', () => {
    const { problems } = checkDecisionOptions(
      { signed: '30/02/2026', issuer: 'chu-tich-tinh', award: 'bang-khen-tinh', period: '2025-2021' },
      context,
    );
    expect(problems.map((p) => p.option)).toEqual(['--ngay-ky', '--co-quan', '--hinh-thuc', '--nam-thanh-tich']);
    expect(problems[0]?.vi).toContain('chỉ có 28 ngày');
    expect(problems[1]?.suggestions?.join(' ')).toContain('chu-tich-ubnd-tinh (Chủ tịch Ủy ban nhân dân tỉnh)');
    expect(problems[2]?.suggestions?.[0]).toMatch(/^bang-khen-bo-tinh/);
  });

  it('writes a YAML and a CSV that the content check accepts', () => {
    const { fields, problems } = checkDecisionOptions(
      {
        decision: '77/QĐ-UBND',
        signed: '2026-01-20',
        issuer: 'chu-tich-ubnd-tinh',
        award: 'bang-khen-bo-tinh',
        period: '2025',
        issuerUnit: 'Tỉnh Ninh Bình',
      },
      {
        ...context,
        units: createUnitMatcher([{ id: 'tinh-ninh-binh', name: 'Tỉnh Ninh Bình', formerNames: [] }]),
      },
    );
    expect(problems).toEqual([]);
    const yaml = generateDecisionYaml({ fields, csvName: 'moi.csv', source: 'x.xlsx', today: '2026-01-21', taxonomy });
    expect(yaml.missing).toEqual([]);
    const csv = generateRecipientsCsv([
      { row: 2, name: 'Nguyễn Văn An', kind: 'ca-nhan', unit: 'phuong-hoa-lu', posthumous: true, citation: 'a, "b"' },
      { row: 3, name: 'Trạm Y tế', kind: 'tap-the' },
    ]);
    expect(parseRecipientsCsv(csv).rows).toEqual([
      { name: 'Nguyễn Văn An', kind: 'ca-nhan', unit: 'phuong-hoa-lu', citation: 'a, "b"', posthumous: true },
      { name: 'Trạm Y tế', kind: 'tap-the' },
    ]);
    const errors = validate({ 'content/awards/moi.yaml': yaml.text, 'content/awards/moi.csv': csv }).diagnostics;
    expect(errors.filter((d) => d.file.includes('moi'))).toEqual([]);
  });

  it('marks every field it was not given, and asks for a class where the award has classes', () => {
    const yaml = generateDecisionYaml({
      fields: { award: 'huan-chuong-lao-dong' },
      csvName: 'a.csv',
      source: 'a.csv',
      today: '2026-01-21',
      taxonomy,
    });
    expect(yaml.missing).toEqual(['decision', 'signed', 'issuer', 'class', 'period']);
    expect(yaml.text).toMatch(/^class: '' # CẦN ĐIỀN: hạng \(hang-nhat, hang-nhi, hang-ba\)/m);
  });
});
