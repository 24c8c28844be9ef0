/**
 * Yes and no as offices write them in a spreadsheet column ("x", "có", "Truy tặng", "không"…),
 * accents and case aside: one list for the CSV annex reader and the annex importer.
 */
import { foldVietnamese } from '../utils/text.ts';

const YES = new Set(['true', 'x', 'co', '1', 'truy tang']);
const NO = new Set(['false', 'khong', '0', '']);

/** true, false, or undefined for anything else. */
export function readYesNo(cell: string): boolean | undefined {
  const word = foldVietnamese(cell).trim();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}
