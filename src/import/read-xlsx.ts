/**
 * Read every sheet of an Excel workbook (.xlsx) with exceljs (not `xlsx`/SheetJS 0.18, which has
 * known vulnerabilities): cell texts as the office sees them, merged cells, hidden rows, columns
 * and sheets. Takes the file's bytes: no file system access here.
 */
import ExcelJS from 'exceljs';
import type { Grid, GridRow, Merge } from './grid.ts';

/** Text of a cell as the office typed it: rich text joined, formulas' results, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    return '';
  }
  return String(value);
}

/** "B3:F3" → rows 3–3, columns 1–5. */
function parseRange(range: string): Merge | undefined {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!match) return undefined;
  const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return {
    top: Number(match[2]),
    bottom: Number(match[4]),
    left: column(match[1] as string),
    right: column(match[3] as string),
  };
}

function readSheet(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A merged cell's other parts repeat its text in exceljs: only its top-left cell holds it.
      const covered = cell.isMerged && cell.master.address !== cell.address;
      cells[column - 1] = covered ? '' : cellText(cell.value).normalize('NFC').trim();
    });
    rows.push({ number, cells: Array.from(cells, (cell) => cell ?? ''), ...(row.hidden ? { hidden: true } : {}) });
  });
  const merges = ((sheet.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((merge): merge is Merge => merge !== undefined);
  const hiddenColumns: number[] = [];
  for (let index = 1; index <= sheet.columnCount; index++) {
    if (sheet.getColumn(index).hidden) hiddenColumns.push(index - 1);
  }
  return {
    name: sheet.name,
    rows,
    merges,
    hiddenColumns,
    isSheet: true,
    ...(sheet.state === 'visible' ? {} : { hidden: true }),
  };
}

/** Every sheet, in the workbook's order. Throws when the bytes are not a workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map(readSheet);
}
