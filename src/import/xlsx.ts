/**
 * Read the rows of an Excel workbook (.xlsx) with exceljs (not `xlsx`/SheetJS 0.18, which has
 * known vulnerabilities). Takes the file's bytes: no file system access here.
 */
import ExcelJS from 'exceljs';
import type { SheetRow } from './table.ts';

/** Text of a cell as the office typed it: rich text joined, formulas' results, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export interface Workbook {
  sheetNames: string[];
  /** The rows of a sheet by name or 1-based position; undefined when there is no such sheet. */
  rows(sheet?: string): SheetRow[] | undefined;
}

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets;
  return {
    sheetNames: sheets.map((sheet) => sheet.name),
    rows(wanted) {
      const sheet =
        wanted === undefined
          ? sheets[0]
          : (sheets.find((s) => s.name === wanted) ?? (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined));
      if (!sheet) return undefined;
      const rows: SheetRow[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value).normalize('NFC').trim();
        });
        rows.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
      });
      return rows;
    },
  };
}
