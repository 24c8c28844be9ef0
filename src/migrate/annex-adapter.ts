/**
 * The one place the migration calls the annex importer (`npm run import`'s reader), so an award
 * table found in a story is read exactly as an Excel or Word annex is: title block (the text just
 * above the table), merged headers, sections, notes and signature.
 */
import { importAnnex, type AnnexContext, type AnnexResult } from '../import/annex.ts';
import type { Grid } from '../import/grid.ts';
import { readStructure } from '../import/structure.ts';
import type { TableGrid } from './table-grid.ts';

export type { AnnexResult };

/** A story's table as the importer's grid, with the lines written above it as its title block. */
function asGrid(table: TableGrid, titleBlock: readonly string[]): Grid {
  const offset = titleBlock.length;
  return {
    name: 'bảng',
    rows: [
      ...titleBlock.map((text, index) => ({ number: index + 1, cells: [text] })),
      ...table.rows.map((row) => ({ ...row, number: row.number + offset })),
    ],
    merges: table.merges.map((merge) => ({ ...merge, top: merge.top + offset, bottom: merge.bottom + offset })),
    hiddenColumns: [],
    isSheet: false,
  };
}

/** Whether a table is an award list: the importer finds a table of recipients in it. */
export function isAwardTable(table: TableGrid): boolean {
  return readStructure(asGrid(table, [])).tables.length > 0;
}

/**
 * Read an award table with the importer. `titleBlock` is the text written just above the table
 * ("… kèm theo Quyết định số 512/QĐ-UBND ngày 12/3/2024"), where it looks for the decision's
 * number and date.
 */
export function readAnnexGrid(
  table: TableGrid,
  titleBlock: string[],
  context: AnnexContext,
  options: { convertLegacy: boolean },
): AnnexResult {
  return importAnnex(
    [asGrid(table, titleBlock)],
    context,
    {},
    {
      convertLegacy: options.convertLegacy,
      freeTextUnits: true,
    },
  );
}
