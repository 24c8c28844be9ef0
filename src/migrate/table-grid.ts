/**
 * An HTML table → the grid the annex importer reads (src/import/grid.ts), as a workbook gives it:
 * one string per cell, a merged cell (colspan, rowspan) written in its top-left cell and recorded
 * as a merge, the cells it covers left empty. Pure.
 */
import type { Element } from 'hast';
import type { GridRow, Merge } from '../import/grid.ts';
import { cleanLine } from './clean-text.ts';
import { isElement, textOf } from './hast-helpers.ts';

export interface TableGrid {
  rows: GridRow[];
  /** The merged cells: rows by number (1-based), columns 0-based. */
  merges: Merge[];
  /** Rows of the header (in <thead>, or the leading rows made only of <th>). */
  headerRows: number;
  /** Whether any cell spans more than one row or column. */
  merged: boolean;
}

/** Most cells a span may cover: a typo like colspan="1000" must not build a huge grid. */
const MAX_SPAN = 50;

function span(cell: Element, name: 'colSpan' | 'rowSpan'): number {
  const value = Number(cell.properties[name] ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** The rows of a table in order: thead, then tbody (or bare tr), then tfoot; nested tables not entered. */
function tableRows(table: Element): { row: Element; head: boolean }[] {
  const rows: { row: Element; head: boolean }[] = [];
  for (const child of table.children) {
    if (isElement(child, 'tr')) rows.push({ row: child, head: false });
    else if (isElement(child, 'thead', 'tbody', 'tfoot')) {
      for (const row of child.children) if (isElement(row, 'tr')) rows.push({ row, head: child.tagName === 'thead' });
    }
  }
  return rows;
}

export function tableToGrid(table: Element): TableGrid {
  const rows = tableRows(table);
  const grid: string[][] = rows.map(() => []);
  const merges: Merge[] = [];
  rows.forEach(({ row }, r) => {
    let column = 0;
    for (const cell of row.children) {
      if (!isElement(cell, 'td', 'th')) continue;
      const current = grid[r] as string[];
      while (current[column] !== undefined) column++;
      const text = cleanLine(textOf(cell));
      const cols = span(cell, 'colSpan');
      const rowsSpanned = Math.min(span(cell, 'rowSpan'), rows.length - r);
      if (cols > 1 || rowsSpanned > 1) {
        merges.push({ top: r + 1, bottom: r + rowsSpanned, left: column, right: column + cols - 1 });
      }
      for (let dr = 0; dr < rowsSpanned; dr++) {
        for (let dc = 0; dc < cols; dc++) (grid[r + dr] as string[])[column + dc] = dr || dc ? '' : text;
      }
      column += cols;
    }
  });
  const width = Math.max(0, ...grid.map((cells) => cells.length));
  let headerRows = rows.filter((r) => r.head).length;
  if (headerRows === 0) {
    while (
      headerRows < rows.length &&
      (rows[headerRows] as { row: Element }).row.children.some((c) => isElement(c, 'th')) &&
      (rows[headerRows] as { row: Element }).row.children.every((c) => !isElement(c, 'td'))
    ) {
      headerRows++;
    }
  }
  return {
    rows: grid.map((cells, index) => ({
      number: index + 1,
      cells: Array.from({ length: width }, (_, i) => cells[i] ?? ''),
    })),
    merges,
    headerRows,
    merged: merges.length > 0,
  };
}
