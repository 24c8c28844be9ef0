/**
 * Recognise the header of an award annex as offices write it ("STT", "Họ và tên", "Chức vụ, đơn
 * vị công tác", "Thành tích", "Ghi chú"…), accents, case and punctuation ignored, in any order,
 * on one row or on two with merged cells ("Thông tin" over "Chức vụ" and "Đơn vị công tác").
 */
import type { RecipientKind } from '../schemas/common.ts';
import { foldVietnamese } from '../utils/text.ts';
import { mergeCovering, type Grid } from './grid.ts';

export type ImportColumn =
  | 'index'
  | 'name'
  | 'kind'
  | 'unit'
  | 'position'
  | 'positionUnit'
  | 'citation'
  | 'posthumous'
  | 'note'
  | 'sortKey'
  /** Known, and deliberately not imported (year of birth, sex, identity number…). */
  | 'unused';

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
  position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'position'],
  positionUnit: [
    'chuc vu don vi',
    'chuc vu don vi cong tac',
    'chuc vu noi cong tac',
    'chuc vu co quan don vi',
    'chuc vu co quan',
    'chuc danh don vi cong tac',
    'chuc vu chuc danh don vi cong tac',
    'chuc danh noi cong tac',
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
  note: ['ghi chu', 'note'],
  sortKey: ['sortkey', 'khoa sap xep'],
  unused: [
    'nam sinh',
    'ngay sinh',
    'ngay thang nam sinh',
    'gioi tinh',
    'nam nu',
    'dan toc',
    'que quan',
    'cccd',
    'so cccd',
    'so cmnd',
    'so dinh danh',
    'dien thoai',
    'so dien thoai',
  ],
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

export interface Header {
  /** Indexes (in grid.rows) of its one or two rows. */
  rows: number[];
  /** Column index → what it holds. */
  columns: Map<number, ImportColumn>;
  /** Each column's header as written ("Thông tin / Chức vụ" for two rows). */
  labels: string[];
  /** Header cells not recognised (index → text), ignored with a warning. */
  unknown: Map<number, string>;
  /** Two headers for the same column. */
  duplicates: { index: number; header: string; column: ImportColumn }[];
  /** The folded texts of the first row, to know the header when a printed page repeats it. */
  signature: string[];
}

/** The second row of a two-row header: cells merged down into it, or labels under a merged cell. */
function hasSubRow(grid: Grid, index: number): boolean {
  const top = grid.rows[index];
  const next = grid.rows[index + 1];
  if (!top || !next || next.hidden || next.number !== top.number + 1) return false;
  // A header row has several labels; a title merged across the sheet is one text.
  if (top.cells.filter(Boolean).length < 2) return false;
  const merges = grid.merges.filter((merge) => merge.top === top.number);
  if (merges.some((merge) => merge.bottom >= next.number)) return true;
  // Labels under a merged header cell, and nothing elsewhere: a data row has text outside.
  const spans = merges.filter((merge) => merge.right > merge.left);
  const under = (column: number) => spans.some((merge) => merge.left <= column && column <= merge.right);
  const filled = next.cells.map((cell, column) => (cell ? column : -1)).filter((column) => column >= 0);
  return (
    filled.length > 0 && filled.every(under) && filled.every((column) => !/^\(?\d+\)?$/.test(next.cells[column] ?? ''))
  );
}

/** Each column's label: the lower row's text, under the merged cell above it when there is one. */
function labelsOf(grid: Grid, indexes: number[]): { label: string; candidates: string[] }[] {
  const [topIndex, bottomIndex] = indexes as [number, number | undefined];
  const top = grid.rows[topIndex];
  const bottom = bottomIndex === undefined ? undefined : grid.rows[bottomIndex];
  const width = Math.max(top?.cells.length ?? 0, bottom?.cells.length ?? 0);
  return Array.from({ length: width }, (_, column) => {
    const merge = top ? mergeCovering(grid, top.number, column) : undefined;
    const upper = merge && top ? (top.cells[merge.left] ?? '') : (top?.cells[column] ?? '');
    const lower = bottom?.cells[column] ?? '';
    if (lower) return { label: upper ? `${upper} / ${lower}` : lower, candidates: [lower, `${upper} ${lower}`, upper] };
    // The covered part of a merged header cell is not a column of its own.
    if (merge && merge.left !== column) return { label: '', candidates: [] };
    return { label: upper, candidates: [upper] };
  });
}

/** Read one or two rows as a header, when they name the recipient column and at least one other. */
export function headerAt(grid: Grid, index: number): Header | undefined {
  const rows = hasSubRow(grid, index) ? [index, index + 1] : [index];
  const labels = labelsOf(grid, rows);
  const found = labels.map(({ candidates }) =>
    candidates.map((c) => (c ? columnOf(c) : undefined)).find((column) => column !== undefined),
  );
  if (!found.includes('name') || found.filter(Boolean).length < 2) return undefined;
  const columns = new Map<number, ImportColumn>();
  const unknown = new Map<number, string>();
  const duplicates: Header['duplicates'] = [];
  found.forEach((column, i) => {
    const label = labels[i]?.label ?? '';
    if (!column) {
      if (label) unknown.set(i, label);
    } else if (column !== 'unused' && [...columns.values()].includes(column)) {
      duplicates.push({ index: i, header: label, column });
    } else columns.set(i, column);
  });
  return {
    rows,
    columns,
    labels: labels.map((l) => l.label),
    unknown,
    duplicates,
    signature: (grid.rows[index]?.cells ?? []).map(foldKey),
  };
}

/** The first header at or after `from` (rows are indexes in grid.rows). */
export function findHeader(grid: Grid, from = 0): Header | undefined {
  for (let index = from; index < grid.rows.length; index++) {
    if (grid.rows[index]?.hidden) continue;
    const header = headerAt(grid, index);
    if (header) return header;
  }
  return undefined;
}

/** A header printed again at the top of a later page: the same texts in the named columns. */
export function repeatsHeader(header: Header, cells: string[]): boolean {
  let same = 0;
  for (const [index, column] of header.columns) {
    const text = foldKey(cells[index] ?? '');
    if (text && text === header.signature[index]) same++;
    else if (column === 'name' && text !== header.signature[index]) return false;
  }
  return same >= 2;
}

/** A row numbering the columns under the header: "1 2 3 4" or "(1) (2) (3)". */
export function numbersColumns(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  if (filled.length < 2) return false;
  const numbers = filled.map((cell) => /^\(?(\d{1,2})\)?$/.exec(cell)?.[1]);
  return numbers.every((n, i) => n !== undefined && Number(n) === Number(numbers[0]) + i);
}

/** Read a recipient kind typed in a cell: "Cá nhân", "CN", "tap-the"… */
export function parseKind(cell: string): RecipientKind | undefined {
  const key = foldKey(cell);
  if (['ca nhan', 'cn'].includes(key)) return 'ca-nhan';
  if (['tap the', 'tt', 'to chuc', 'don vi'].includes(key)) return 'tap-the';
  if (['ho gia dinh', 'hgd', 'ho', 'gia dinh'].includes(key)) return 'ho-gia-dinh';
  if (['ca-nhan', 'tap-the', 'ho-gia-dinh'].includes(cell.trim())) return cell.trim() as RecipientKind;
  return undefined;
}
