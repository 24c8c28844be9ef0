/**
 * Read the structure of an annex, not a grid: the title block above the first table, each table
 * (its header of one or two rows, its section rows, its data rows), the notes under it, and the
 * signature block. Every row that is not a recipient is accounted for with the reason it was left
 * out, so nothing is dropped silently and nothing that is not a recipient is ever read as one.
 * Pure: a grid in, the parts out.
 */
import type { RecipientKind } from '../schemas/common.ts';
import { cellLine, columnLetter, mergeAt, mergeCovering, type Grid, type GridRow, type Place } from './grid.ts';
import { findHeader, headerAt, numbersColumns, repeatsHeader, type Header } from './headers.ts';
import { isNote, isPlaceDate, opensSignature, sectionOf } from './furniture.ts';

/** A line of text outside the tables, where it stands. */
export interface Line {
  text: string;
  place: Place;
  /** 0-based column. */
  column: number;
}

export type LeftOutReason =
  'header' | 'continuation' | 'repeatedHeader' | 'columnNumbers' | 'section' | 'note' | 'signature' | 'hidden';

export interface LeftOut {
  row: GridRow;
  reason: LeftOutReason;
  /** The row's text, to show. */
  text: string;
}

export interface DataRow {
  row: GridRow;
  /** The kind the section above it gives ("II. Cá nhân"). */
  sectionKind?: RecipientKind | undefined;
  /** No STT where the rows above have one: a recipient, or a line of the one above? Asked, not guessed. */
  unnumbered?: boolean;
}

export interface TableRead {
  header: Header;
  rows: DataRow[];
}

export interface AnnexPart {
  grid: Grid;
  /** Columns of a table hidden in Excel, with their header: not read unless asked. */
  hiddenColumns: { index: number; label: string }[];
  /** Lines above the first table: the title block (and, in Word, the decision itself). */
  titleLines: Line[];
  /** Lines of the signature block under the tables. */
  signatureLines: Line[];
  tables: TableRead[];
  leftOut: LeftOut[];
}

export interface StructureOptions {
  /** Read hidden rows as the others (`--doc-ca-dong-an`); otherwise they are left out and reported. */
  includeHidden?: boolean;
}

/** The lines of a row: each filled cell, split at its line breaks (Word cells hold paragraphs). */
export function linesOf(row: GridRow): Line[] {
  const place = row.place ?? { vi: `dòng ${row.number}`, en: `row ${row.number}` };
  return row.cells.flatMap((cell, column) =>
    cell
      .split('\n')
      .map((text) => cellLine(text))
      .filter(Boolean)
      .map((text) => ({ text, place, column })),
  );
}

const rowText = (row: GridRow) =>
  row.cells
    .filter(Boolean)
    .map((cell) => cellLine(cell))
    .join(' | ');

/** A lone text across most of the table's width: a note merged over the columns. */
function spansTable(grid: Grid, row: GridRow, width: number): boolean {
  const filled = row.cells.map((cell, index) => (cell ? index : -1)).filter((index) => index >= 0);
  if (filled.length !== 1) return false;
  const merge = mergeAt(grid, row.number, filled[0] as number);
  return merge !== undefined && merge.right - merge.left + 1 >= Math.max(2, Math.ceil(width / 2));
}

interface TableCursor {
  header: Header;
  table: TableRead;
  sectionKind: RecipientKind | undefined;
  inSignature: boolean;
}

/** What one row after a header is; pushes it where it belongs. Returns a new header when one starts. */
function readRow(grid: Grid, index: number, cursor: TableCursor, part: AnnexPart): Header | undefined {
  const row = grid.rows[index] as GridRow;
  const leave = (reason: LeftOutReason) => part.leftOut.push({ row, reason, text: rowText(row) });
  if (!cursor.inSignature && repeatsHeader(cursor.header, row.cells)) return void leave('repeatedHeader');
  if (numbersColumns(row.cells)) return void leave('columnNumbers');
  const indexColumn = [...cursor.header.columns].find(([, column]) => column === 'index')?.[0];
  const numbered = indexColumn !== undefined && /^\d+[.)]?$/.test(row.cells[indexColumn] ?? '');
  if (!numbered) {
    const next = headerAt(grid, index);
    if (next) return next;
    const lines = linesOf(row);
    // A signature block stands beside the names, not in their column (unless that holds a role too).
    const nameColumn = columnFor(cursor.header, 'name') as number;
    const nameCell = cellLine(row.cells[nameColumn] ?? '');
    const signs = (text: string) => opensSignature(text) || isPlaceDate(text);
    if (cursor.inSignature || ((!nameCell || signs(nameCell)) && lines.some((line) => signs(line.text)))) {
      cursor.inSignature = true;
      part.signatureLines.push(...lines);
      return void leave('signature');
    }
    const section = sectionOf(row.cells.map((cell) => cellLine(cell)));
    if (section) {
      if (section.kind) cursor.sectionKind = section.kind;
      return void leave('section');
    }
    const text = lines.map((line) => line.text).join(' ');
    if (isNote(text) || spansTable(grid, row, cursor.header.labels.length)) return void leave('note');
    // The second line of a recipient whose STT cell is merged down over it: joined to that row.
    const previous = cursor.table.rows.at(-1);
    const merge = indexColumn === undefined ? undefined : mergeCovering(grid, row.number, indexColumn);
    if (previous && merge && merge.top < row.number && merge.top <= previous.row.number) {
      previous.row = {
        ...previous.row,
        cells: previous.row.cells.map((cell, i) => [cell, row.cells[i] ?? ''].filter(Boolean).join(' ')),
      };
      return void leave('continuation');
    }
  }
  const unnumbered = !numbered && indexColumn !== undefined && cursor.table.rows.length > 0;
  cursor.table.rows.push({ row, sectionKind: cursor.sectionKind, ...(unnumbered ? { unnumbered } : {}) });
  return undefined;
}

export function readStructure(grid: Grid, options: StructureOptions = {}): AnnexPart {
  const part: AnnexPart = { grid, hiddenColumns: [], titleLines: [], signatureLines: [], tables: [], leftOut: [] };
  let header = findHeader(grid);
  const firstHeaderRow = header?.rows[0] ?? grid.rows.length;
  for (const row of grid.rows.slice(0, firstHeaderRow)) part.titleLines.push(...linesOf(row));
  while (header) {
    // What a printed decision does not show is not read unless asked: a hidden column is reported.
    for (const hidden of options.includeHidden ? [] : grid.hiddenColumns) {
      if (header.columns.delete(hidden) || header.labels[hidden]) {
        part.hiddenColumns.push({ index: hidden, label: header.labels[hidden] ?? '' });
      }
      header.unknown.delete(hidden);
    }
    const table: TableRead = { header, rows: [] };
    part.tables.push(table);
    for (const rowIndex of header.rows) {
      const row = grid.rows[rowIndex] as GridRow;
      part.leftOut.push({ row, reason: 'header', text: rowText(row) });
    }
    let index = (header.rows.at(-1) as number) + 1;
    const cursor: TableCursor = { header, table, sectionKind: undefined, inSignature: false };
    header = undefined;
    for (; index < grid.rows.length; index++) {
      const row = grid.rows[index] as GridRow;
      if (row.cells.every((cell) => cell === '')) continue;
      if (row.hidden && !options.includeHidden) {
        part.leftOut.push({ row, reason: 'hidden', text: rowText(row) });
        continue;
      }
      header = readRow(grid, index, cursor, part);
      if (header) break;
    }
  }
  return part;
}

/** The header's column for a field, if the table has one. */
export function columnFor(header: Header, field: string): number | undefined {
  return [...header.columns].find(([, column]) => column === field)?.[0];
}

/** "C (Chức vụ, đơn vị công tác)": a column as messages name it. */
export function columnLabel(header: Header, index: number): string {
  const label = header.labels[index];
  return label ? `${columnLetter(index)} (${label})` : columnLetter(index);
}
