/**
 * The one place the migration calls the annex importer (`npm run import`'s reader), so an award
 * table found in a story is read exactly as an Excel annex is. When the importer's reader is
 * replaced (structured annexes: title block, merged headers, sections, notes, signature block),
 * repoint `readAnnexGrid` here and drop `shapeForTodaysReader`: the new reader takes the grid
 * as it is.
 */
import { importAnnex, type AnnexResult } from '../import/annex.ts';
import { findHeaderRow } from '../import/headers.ts';
import type { SheetRow } from '../import/table.ts';
import type { UnitMatcher } from '../import/units.ts';
import type { TableGrid } from './table-grid.ts';

export type { AnnexResult };

/**
 * Today's reader takes one header row and section rows of at most two cells. A two-row header
 * ("Chức vụ, đơn vị công tác" over "Chức vụ" | "Đơn vị") becomes its lower row where the upper
 * spans, and a row merged across the table ("I. TẬP THỂ") becomes a single cell.
 */
export function shapeForTodaysReader(grid: TableGrid): SheetRow[] {
  const rows = grid.rows.map((row) => ({ ...row, cells: [...row.cells] }));
  if (grid.headerRows === 2 && rows.length >= 2) {
    const [top, bottom] = rows as [SheetRow, SheetRow];
    top.cells = top.cells.map((cell, i) => {
      const below = bottom.cells[i] ?? '';
      return below && below !== cell ? below : cell;
    });
    rows.splice(1, 1);
  }
  return rows.map((row) => {
    const filled = row.cells.filter(Boolean);
    const same = filled.length > 1 && filled.every((cell) => cell === filled[0]);
    return same ? { ...row, cells: [filled[0] as string, ...row.cells.slice(1).map(() => '')] } : row;
  });
}

/** Whether a table is an award list: the importer finds its header row (a name column and one more). */
export function isAwardTable(grid: TableGrid): boolean {
  return findHeaderRow(shapeForTodaysReader(grid)) !== undefined;
}

/**
 * Read an award table with the importer. `titleBlock` is the text written just above the table
 * ("… kèm theo Quyết định số 512/QĐ-UBND ngày 12/3/2024"), given to the reader as the rows above
 * the header, where it looks for the decision's number and date.
 */
export function readAnnexGrid(
  grid: TableGrid,
  titleBlock: string[],
  units: UnitMatcher,
  options: { convertLegacy: boolean },
): AnnexResult {
  const title: SheetRow[] = titleBlock.map((text, index) => ({ number: index + 1, cells: [text] }));
  const table = shapeForTodaysReader(grid).map((row, index) => ({ ...row, number: title.length + index + 1 }));
  return importAnnex([...title, ...table], units, { convertLegacy: options.convertLegacy, freeTextUnits: true });
}
