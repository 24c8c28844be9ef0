/**
 * Recognise the header row of an award annex as offices write it ("STT", "Họ và tên",
 * "Chức vụ", "Đơn vị", "Thành tích"…), accents, case and punctuation ignored, and the English
 * column names of the content model too.
 */
import type { RecipientKind } from '../schemas/common.ts';
import { foldVietnamese } from '../utils/text.ts';
import type { SheetRow } from './table.ts';

export type ImportColumn = 'index' | 'name' | 'kind' | 'unit' | 'position' | 'citation' | 'posthumous' | 'sortKey';

/** Header spellings, folded (no accents, lower case, single spaces). */
const SPELLINGS: Record<ImportColumn, string[]> = {
  index: ['stt', 'tt', 'so tt', 'so thu tu', 'index'],
  name: [
    'ho va ten',
    'ho ten',
    'ten',
    'ten tap the',
    'ten ca nhan',
    'ten tap the ca nhan',
    'ten ca nhan tap the',
    'ho va ten ten tap the',
    'ten don vi',
    'ten don vi ca nhan',
    'ten tap the don vi',
    'ten ho gia dinh',
    'chu ho',
    'name',
  ],
  kind: ['loai', 'doi tuong', 'loai doi tuong', 'ca nhan tap the', 'tap the ca nhan', 'kind'],
  unit: [
    'don vi',
    'don vi cong tac',
    'co quan',
    'co quan don vi',
    'noi cong tac',
    'dia phuong',
    'thuoc don vi',
    'unit',
  ],
  position: [
    'chuc vu',
    'chuc danh',
    'chuc vu chuc danh',
    'chuc vu don vi',
    'chuc vu don vi cong tac',
    'chuc vu noi cong tac',
    'position',
  ],
  citation: [
    'thanh tich',
    'noi dung thanh tich',
    'thanh tich dat duoc',
    'tom tat thanh tich',
    'thanh tich noi bat',
    'ly do',
    'ly do khen thuong',
    'citation',
  ],
  posthumous: ['truy tang', 'posthumous'],
  sortKey: ['sortkey', 'khoa sap xep'],
};

/** Fold a header or a cell for comparison: no accents, lower case, words separated by one space. */
export function foldKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, ImportColumn>();
for (const [column, spellings] of Object.entries(SPELLINGS) as [ImportColumn, string[]][]) {
  for (const spelling of spellings) LOOKUP.set(spelling, column);
}

/** The column a header names, or undefined. */
export function columnOf(header: string): ImportColumn | undefined {
  return LOOKUP.get(foldKey(header));
}

/** Headers that say which kind of recipient the list holds ("Tên tập thể" → collectives). */
export function kindImpliedBy(header: string): RecipientKind | undefined {
  const key = foldKey(header);
  if (/^(ho va ten|ho ten|ten ca nhan)$/.test(key)) return 'ca-nhan';
  if (/^(ten tap the|ten don vi|ten tap the don vi)$/.test(key)) return 'tap-the';
  if (/^(ten ho gia dinh|chu ho)$/.test(key)) return 'ho-gia-dinh';
  return undefined;
}

export interface HeaderRow {
  /** Index of the header row among the sheet's rows. */
  rowIndex: number;
  /** Column index → what it holds. */
  columns: Map<number, ImportColumn>;
  /** Header cells not recognised (index → text), ignored with a warning. */
  unknown: Map<number, string>;
  /** Two headers for the same column. */
  duplicates: { index: number; header: string; column: ImportColumn }[];
  /** The header texts as written. */
  headers: string[];
}

/**
 * The header row: the first of the first 20 rows that names the recipient column and at least
 * one other. Rows above it are a title block ("DANH SÁCH … kèm theo Quyết định số …").
 */
export function findHeaderRow(rows: SheetRow[]): HeaderRow | undefined {
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, 20); rowIndex++) {
    const cells = rows[rowIndex]?.cells ?? [];
    const found = cells.map((cell) => (cell ? columnOf(cell) : undefined));
    if (!found.includes('name') || found.filter(Boolean).length < 2) continue;
    const columns = new Map<number, ImportColumn>();
    const unknown = new Map<number, string>();
    const duplicates: HeaderRow['duplicates'] = [];
    found.forEach((column, index) => {
      const header = cells[index] ?? '';
      if (!column) {
        if (header) unknown.set(index, header);
      } else if ([...columns.values()].includes(column)) {
        duplicates.push({ index, header, column });
      } else {
        columns.set(index, column);
      }
    });
    return { rowIndex, columns, unknown, duplicates, headers: cells };
  }
  return undefined;
}

/** Read a recipient kind typed in a cell: "Cá nhân", "CN", "tap-the"… */
export function parseKind(cell: string): RecipientKind | undefined {
  const key = foldKey(cell);
  if (['ca nhan', 'cn', 'ca nhan'].includes(key)) return 'ca-nhan';
  if (['tap the', 'tt', 'to chuc', 'don vi'].includes(key)) return 'tap-the';
  if (['ho gia dinh', 'hgd', 'ho', 'gia dinh'].includes(key)) return 'ho-gia-dinh';
  return undefined;
}

/** A section row such as "I. TẬP THỂ" or "B. Cá nhân": the kind of the rows that follow. */
export function sectionKind(cells: string[]): RecipientKind | undefined {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0 || filled.length > 2) return undefined;
  const key = foldKey(filled.join(' ')).replace(/^(?:[ivx]+|[a-e]|\d+)\s+/, '');
  if (/^(danh sach )?(cac )?tap the( duoc khen thuong)?$/.test(key)) return 'tap-the';
  if (/^(danh sach )?(cac )?ca nhan( duoc khen thuong)?$/.test(key)) return 'ca-nhan';
  if (/^(danh sach )?(cac )?ho gia dinh( duoc khen thuong)?$/.test(key)) return 'ho-gia-dinh';
  return undefined;
}
