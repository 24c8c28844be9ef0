/**
 * The importer's pure parts: decoding, headers on one or two rows, the rows that are not
 * recipients, units in "Chức vụ, đơn vị công tác", the signer, the title block, the decision's
 * fields through the award schema, and the files it writes.
 */
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importAnnex } from '../../src/import/annex.ts';
import { decodeText } from '../../src/import/decode.ts';
import type { Grid, Merge } from '../../src/import/grid.ts';
import { columnOf, findHeader } from '../../src/import/headers.ts';
import { generateDecisionYaml, generateRecipientsCsv } from '../../src/import/output.ts';
import { formatProblems } from '../../src/import/report.ts';
import { parseCsvRows } from '../../src/import/read-csv.ts';
import { readSigner } from '../../src/import/signature.ts';
import { readStructure } from '../../src/import/structure.ts';
import { createUnitMatcher, splitPositionUnit } from '../../src/import/units.ts';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { TAXONOMY_TEXT, validate } from '../helpers/mini-site.ts';

const units = createUnitMatcher([
  { id: 'phuong-hoa-lu', name: 'Phường Hoa Lư', formerNames: [] },
  { id: 'phuong-dong-a', name: 'Phường Đông A', formerNames: [] },
  { id: 'tp-hue', name: 'Thành phố Huế', formerNames: ['Tỉnh Thừa Thiên Huế'] },
  { id: 'tinh-ninh-binh', name: 'Tỉnh Ninh Bình', formerNames: [] },
]);
const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));
const context = { units, taxonomy, clusters: new Set<string>(), movements: new Set<string>() };

function sheet(lines: string[][], merges: Merge[] = [], extra: Partial<Grid> = {}): Grid {
  return {
    name: 'Sheet1',
    rows: lines.map((cells, index) => ({ number: index + 1, cells })),
    merges,
    hiddenColumns: [],
    isSheet: true,
    ...extra,
  };
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
  it('reads CSV with semicolons (Excel with Vietnamese settings) and keeps line numbers', () => {
    const rows = parseCsvRows('STT;Họ và tên\n1;"Nguyễn\nVăn An"\n2;Lê Thị B\n');
    expect(rows.map((r) => r.number)).toEqual([1, 2, 4]);
    expect(rows[1]?.cells).toEqual(['1', 'Nguyễn\nVăn An']);
  });
});

describe('headers', () => {
  it('matches headers without regard to accents, case or punctuation', () => {
    expect(columnOf('HỌ VÀ TÊN')).toBe('name');
    expect(columnOf('ho va ten')).toBe('name');
    expect(columnOf('Tên tập thể')).toBe('name');
    expect(columnOf('Đơn vị công tác')).toBe('unit');
    expect(columnOf('Chức vụ, đơn vị công tác')).toBe('positionUnit');
    expect(columnOf('Nội dung thành tích')).toBe('citation');
    expect(columnOf('Ghi chú')).toBe('note');
    expect(columnOf('Năm sinh')).toBe('unused');
    expect(columnOf('S.T.T.')).toBe(undefined);
  });
  it('reads a header on two rows under merged cells, not a title merged across the sheet', () => {
    const grid = sheet(
      [
        ['DANH SÁCH CÁ NHÂN', '', '', ''],
        ['STT', 'Họ và tên', 'Thông tin', ''],
        ['', '', 'Chức vụ', 'Đơn vị công tác'],
        ['1', 'Nguyễn Văn An', 'Kế toán', 'Phường Hoa Lư'],
      ],
      [
        { top: 1, bottom: 1, left: 0, right: 3 },
        { top: 2, bottom: 3, left: 0, right: 0 },
        { top: 2, bottom: 3, left: 1, right: 1 },
        { top: 2, bottom: 2, left: 2, right: 3 },
      ],
    );
    const header = findHeader(grid);
    expect(header?.rows).toEqual([1, 2]);
    expect([...(header?.columns ?? [])]).toEqual([
      [0, 'index'],
      [1, 'name'],
      [2, 'position'],
      [3, 'unit'],
    ]);
    expect(header?.labels[3]).toBe('Thông tin / Đơn vị công tác');
  });
});

describe('readStructure', () => {
  it('keeps sections, column numbers, repeated headers, notes and the signature out of the recipients', () => {
    const grid = sheet(
      [
        HEADER,
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['I', 'TẬP THỂ'],
        ['1', 'Trạm Y tế phường Hoa Lư', '', 'Phường Hoa Lư', 'Tốt'],
        ['II. CÁ NHÂN'],
        ['2', 'Nguyễn Thị Hoa', 'Công chức', 'Phường Hoa Lư', ''],
        HEADER,
        ['3', 'Lê Văn Nam', '', 'Phường Đông A', ''],
        ['Danh sách này có 3 tập thể, cá nhân./.'],
        ['', '', 'KT. CHỦ TỊCH'],
        ['', '', 'PHÓ CHỦ TỊCH'],
        ['', '', '(Đã ký)'],
        ['', '', 'Trần Anh Dũng'],
      ],
      [{ top: 9, bottom: 9, left: 0, right: 4 }],
    );
    const part = readStructure(grid);
    expect(part.tables[0]?.rows.map((r) => [r.row.number, r.sectionKind])).toEqual([
      [4, 'tap-the'],
      [6, 'ca-nhan'],
      [8, 'ca-nhan'],
    ]);
    expect(part.leftOut.map((l) => [l.row.number, l.reason])).toEqual([
      [1, 'header'],
      [2, 'columnNumbers'],
      [3, 'section'],
      [5, 'section'],
      [7, 'repeatedHeader'],
      [9, 'note'],
      [10, 'signature'],
      [11, 'signature'],
      [12, 'signature'],
      [13, 'signature'],
    ]);
    expect(readSigner(part.signatureLines)).toMatchObject({
      position: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
      name: 'Trần Anh Dũng',
    });
  });

  it('leaves hidden rows out (reported), and reads them when asked', () => {
    const grid = sheet([HEADER, ['1', 'Nguyễn Văn An', '', '', ''], ['2', 'Lê Thị B', '', '', '']]);
    (grid.rows[2] as { hidden?: boolean }).hidden = true;
    expect(readStructure(grid).tables[0]?.rows).toHaveLength(1);
    expect(readStructure(grid).leftOut.at(-1)?.reason).toBe('hidden');
    expect(readStructure(grid, { includeHidden: true }).tables[0]?.rows).toHaveLength(2);
  });
});

describe('signer', () => {
  it('writes a name printed in capitals as a name, and ignores "Nơi nhận" on the left', () => {
    const lines = [
      { text: 'Nơi nhận:', column: 0 },
      { text: 'TM. ỦY BAN NHÂN DÂN', column: 3 },
      { text: '- Như Điều 3;', column: 0 },
      { text: 'CHỦ TỊCH', column: 3 },
      { text: '(Ký tên, đóng dấu)', column: 3 },
      { text: 'NGUYỄN CAO SƠN', column: 3 },
    ].map((line) => ({ ...line, place: { vi: '', en: '' } }));
    expect(readSigner(lines)).toMatchObject({
      position: 'TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH',
      name: 'Nguyễn Cao Sơn',
      nameAsPrinted: 'NGUYỄN CAO SƠN',
    });
  });
});

describe('units', () => {
  it('finds units by name, id, former name, with "UBND" or without the type, accents aside', () => {
    expect(units.match('Phường Hoa Lư')).toBe('phuong-hoa-lu');
    expect(units.match('UBND phường Hoa Lư')).toBe('phuong-hoa-lu');
    expect(units.match('PHUONG HOA LU')).toBe('phuong-hoa-lu');
    expect(units.match('Tỉnh Thừa Thiên Huế')).toBe('tp-hue');
    expect(units.suggest('Phường Hoa Lựu')[0]).toBe('phuong-hoa-lu (Phường Hoa Lư)');
  });
  it('splits "Chức vụ, đơn vị công tác", keeping the organ in the position', () => {
    expect(splitPositionUnit('Chủ tịch UBND phường Hoa Lư', units)).toMatchObject({
      position: 'Chủ tịch UBND',
      unit: { id: 'phuong-hoa-lu' },
    });
    expect(splitPositionUnit('Giáo viên Trường THCS Nguyễn Du, phường Đông A', units)).toMatchObject({
      position: 'Giáo viên Trường THCS Nguyễn Du',
      unit: { id: 'phuong-dong-a' },
    });
    expect(splitPositionUnit('Phó Giám đốc Sở Y tế tỉnh Thừa Thiên Huế', units).unit).toEqual({
      id: 'tp-hue',
      name: 'Thành phố Huế',
      formerName: 'Tỉnh Thừa Thiên Huế',
    });
    expect(splitPositionUnit('Chuyên viên Sở Nội vụ', units)).toEqual({ position: 'Chuyên viên Sở Nội vụ' });
    // "Hoa Lư" alone is no unit part: a place in a name is not a unit without its type word.
    expect(splitPositionUnit('Trưởng thôn Hoa Lư', units).unit).toBeUndefined();
  });
});

describe('importAnnex', () => {
  const TITLE = ['(Kèm theo Quyết định số 77/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND tỉnh Ninh Bình)'];

  it('reads the decision from the title block through the award schema, and each row through the recipient schema', () => {
    const result = importAnnex(
      [
        sheet([
          TITLE,
          ['DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH'],
          HEADER,
          ['1', 'Nguyễn Thị Hoa (Truy tặng)', 'Công chức', 'Phường Hoa Lư', ''],
          ['2', '', 'Kế toán', 'Phường Đông A', ''],
          ['3', 'Nguyễn thị hoa', 'Công chức', 'Phường Hoa Lư', ''],
          ['4', 'Trần\u200B Văn Bình', '', '', ''],
        ]),
      ],
      context,
      { period: '' },
    );
    expect(result.decision.fields).toMatchObject({
      decision: '77/QĐ-UBND',
      signed: '2026-01-20',
      issuer: 'chu-tich-ubnd-tinh',
      issuerUnit: 'tinh-ninh-binh',
      award: 'bang-khen-bo-tinh',
    });
    expect(result.recipients.map((r) => [r.row, r.name, r.kind, r.unit, r.posthumous])).toEqual([
      [4, 'Nguyễn Thị Hoa', 'ca-nhan', 'phuong-hoa-lu', true],
      [7, 'Trần Văn Bình', 'ca-nhan', undefined, undefined],
    ]);
    const described = result.problems.map((p) => `${p.option ?? `${p.place?.vi} ${p.column ?? ''}`}: ${p.vi}`);
    expect(described).toEqual([
      'dòng 5 B (Họ và tên): Không được để trống.',
      'dòng 6 : Trùng với dòng 4: cùng tên, cùng đơn vị. Xóa một dòng.',
      'dòng 7 B (Họ và tên): Đã bỏ ký tự vô hình U+200B (thường do sao chép từ Word).',
      '--nam-thanh-tich: Năm thành tích phải là một năm (2025) hoặc một giai đoạn ("2021-2025").',
    ]);
  });

  it('checks each row against the award by the schema rules: a flag goes to collectives only', () => {
    const result = importAnnex([sheet([HEADER, ['1', 'Nguyễn Văn An', '', '', '']])], context, {
      award: 'co-thi-dua-bo-tinh',
    });
    expect(result.rejected).toEqual(['Sheet1#2']);
    expect(result.problems.map((p) => `${p.place?.vi}: ${p.vi}`)).toEqual([
      'dòng 2: Cờ thi đua của Bộ, ban, ngành, tỉnh không tặng cho cá nhân (Nguyễn Văn An).',
    ]);
  });

  it('says when a workbook holds several decisions, and reads the one chosen', () => {
    const decisionSheet = (name: string, number: string) =>
      sheet([[`(Kèm theo Quyết định số ${number} ngày 20/01/2026)`], HEADER, ['1', `Người ${name}`, '', '', '']], [], {
        name,
      });
    const grids = [decisionSheet('A', '1/QĐ-UBND'), decisionSheet('B', '2/QĐ-UBND')];
    expect(importAnnex(grids, context, {}).decisions.map((d) => d.number)).toEqual(['1/QĐ-UBND', '2/QĐ-UBND']);
    const chosen = importAnnex(grids, context, {}, { sheets: ['B'] });
    expect(chosen.decisions).toHaveLength(1);
    expect(chosen.recipients.map((r) => r.name)).toEqual(['Người B']);
  });

  it('shares a cell merged down over rows, joins a second line under a merged STT, and asks about a row without STT', () => {
    const grid = sheet(
      [
        HEADER,
        ['1', 'Nguyễn Văn An', '', 'Phường Hoa Lư', 'Hoàn thành xuất sắc nhiệm vụ'],
        ['2', 'Lê Thị Bình', '', 'Phường Đông A', ''],
        ['3', 'Phạm Thị Dung', '', 'Phường Hoa Lư', ''],
        ['', '(nguyên Trưởng phòng)', '', '', ''],
        ['', 'Hà Thị Giang', '', 'Phường Đông A', ''],
      ],
      [
        { top: 2, bottom: 3, left: 4, right: 4 },
        { top: 4, bottom: 5, left: 0, right: 0 },
      ],
    );
    const result = importAnnex([grid], context, {});
    expect(result.recipients.map((r) => [r.name, r.citation])).toEqual([
      ['Nguyễn Văn An', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['Lê Thị Bình', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['Phạm Thị Dung (nguyên Trưởng phòng)', undefined],
    ]);
    expect(result.rejected).toEqual(['Sheet1#6']);
    expect(result.problems.find((p) => p.rowKey === 'Sheet1#6')?.vi).toContain('Dòng này không có STT');
  });

  it('refuses a row with a telephone or identity-card number, row by row, and prints neither', () => {
    const grid = sheet([
      HEADER,
      ['1', 'Nguyễn Văn An', 'Kế toán, ĐT 0912.345.678', 'Phường Hoa Lư', ''],
      ['2', 'Lê Thị Bình', '', 'Phường Đông A', 'CCCD 036085001234, sinh năm 1985'],
      ['3', 'Phạm Thị Dung', '', 'Phường Hoa Lư', 'Sinh năm 1979, hoàn thành xuất sắc nhiệm vụ'],
      ['4', 'Hà Thị Giang', '', 'Phường Đông A', 'Quyết định 1234/QĐ-UBND ngày 15/01/2026'],
    ]);
    const result = importAnnex([grid], context, {});
    expect(result.recipients.map((r) => r.name)).toEqual(['Phạm Thị Dung', 'Hà Thị Giang']);
    expect(result.rejected).toEqual(['Sheet1#2', 'Sheet1#3']);
    expect(result.problems.map((p) => [p.severity, p.place?.vi, p.column, p.en.split('.')[0]])).toEqual([
      ['error', 'dòng 2', 'C (Chức vụ)', 'This field holds a telephone number'],
      ['error', 'dòng 3', 'E (Thành tích)', 'This field holds an identity-card number (9 or 12 digits)'],
      ['warning', 'dòng 3', 'E (Thành tích)', 'This field seems to give a date or year of birth ("sinh năm…")'],
      ['warning', 'dòng 4', 'E (Thành tích)', 'This field seems to give a date or year of birth ("Sinh năm…")'],
    ]);
    const printed = formatProblems(result.problems, 'ds.xlsx');
    expect(printed).toContain('ds.xlsx — trang tính/sheet "Sheet1", dòng/row 2, cột/column C (Chức vụ)');
    expect(printed).not.toMatch(/345|036085|85001234/);
  });

  it('says so when it finds no list', () => {
    const result = importAnnex(
      [
        sheet([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ],
      context,
      {},
    );
    expect(result.skipped.map((s) => s.reason)).toEqual(['noTable']);
    expect(result.problems[0]?.vi).toContain('Không thấy bảng danh sách');
  });
});

describe('output', () => {
  it('writes a YAML (with its signer) and a CSV that the content check accepts', () => {
    const yaml = generateDecisionYaml({
      fields: {
        decision: '77/QĐ-UBND',
        signed: '2026-01-20',
        issuer: 'chu-tich-ubnd-tinh',
        award: 'bang-khen-bo-tinh',
        period: 2025,
        signer: { position: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', name: 'Trần Anh Dũng' },
      },
      csvName: 'moi.csv',
      source: 'x.xlsx',
      today: '2026-01-21',
      taxonomy,
    });
    expect(yaml.missing).toEqual([]);
    expect(yaml.text).toContain('signer:\n  position: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH\n  name: Trần Anh Dũng\n');
    const csv = generateRecipientsCsv([
      {
        sheet: 'A',
        row: 2,
        name: 'Nguyễn Văn An',
        kind: 'ca-nhan',
        unit: 'phuong-hoa-lu',
        posthumous: true,
        citation: 'a, "b"',
      },
      { sheet: 'A', row: 3, name: 'Trạm Y tế', kind: 'tap-the' },
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
