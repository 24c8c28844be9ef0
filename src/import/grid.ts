/**
 * What every reader (Excel, CSV, Word) turns a file into: grids of cells as the office laid them
 * out, with the merged cells and the hidden rows and columns kept, so that one structure reader
 * (structure.ts) finds the title block, the tables and the signature in all of them.
 */

/** Where a row is, as the office finds it: "dòng 12" in Excel, "bảng 2, hàng 5" in Word. */
export interface Place {
  vi: string;
  en: string;
}

export interface GridRow {
  /** Row number as Excel shows it (1-based); for Word, a running number within the document. */
  number: number;
  /** Cell texts, NFC, trimmed; '' for an empty cell and for the covered part of a merged cell. */
  cells: string[];
  /** Hidden in Excel: printed decisions leave it out. */
  hidden?: boolean;
  /** How to name the row in a message, when "row N" would not help (Word). */
  place?: Place;
}

/** A merged cell: its top-left cell holds the text. Rows by number, columns 0-based. */
export interface Merge {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Grid {
  /** Sheet name (Excel), or the file's name (CSV, Word). */
  name: string;
  rows: GridRow[];
  merges: Merge[];
  /** Columns hidden in Excel, 0-based. */
  hiddenColumns: number[];
  /** A sheet hidden in Excel. */
  hidden?: boolean;
  /** Whether a message should name the sheet (workbooks). */
  isSheet: boolean;
}

/** Column letter as Excel shows it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The row as a press officer finds it. */
export function rowPlace(row: GridRow): Place {
  return row.place ?? { vi: `dòng ${row.number}`, en: `row ${row.number}` };
}

/** The merge that starts at this cell, if any. */
export function mergeAt(grid: Grid, rowNumber: number, column: number): Merge | undefined {
  return grid.merges.find((merge) => merge.top === rowNumber && merge.left === column);
}

/** The merge that covers this cell (its top-left cell included), if any. */
export function mergeCovering(grid: Grid, rowNumber: number, column: number): Merge | undefined {
  return grid.merges.find(
    (merge) => merge.top <= rowNumber && rowNumber <= merge.bottom && merge.left <= column && column <= merge.right,
  );
}

/** Collapse spaces and line breaks, trim, NFC: a cell as one line of text. */
export function cellLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
