/**
 * The title block above an annex's header row usually names the decision: "Kèm theo Quyết định
 * số 156/QĐ-UBND ngày 18/01/2024 của Chủ tịch UBND tỉnh". Read the number and the date from it.
 */
import { daysInMonth } from '../utils/dates.ts';
import type { SheetRow } from './table.ts';
import { columnLetter } from './table.ts';

export interface PreambleFacts {
  decision?: { value: string; row: number; column: string };
  signed?: { value: string; row: number; column: string };
  /** A date that does not exist (30 February): reported, not used. */
  badDate?: { found: string; row: number; column: string; year: number; month: number; days: number };
}

const NUMBER = /(?:quyết định|qđ)\s*số\s*:?\s*(\d+\/[^\s,;)]+)/iu;
const DATE = /ngày\s+(\d{1,2})\s*(?:tháng|\/|-|\.)\s*(\d{1,2})\s*(?:năm|\/|-|\.)\s*(\d{4})/iu;

export function readPreamble(rows: SheetRow[]): PreambleFacts {
  const facts: PreambleFacts = {};
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (!cell) return;
      const column = columnLetter(index);
      const number = NUMBER.exec(cell);
      if (number?.[1] && !facts.decision) facts.decision = { value: number[1], row: row.number, column };
      const date = DATE.exec(cell);
      if (date && !facts.signed && !facts.badDate) {
        const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
        const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
        if (day < 1 || day > days) {
          facts.badDate = { found: date[0], row: row.number, column, year, month, days };
        } else {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          facts.signed = { value: iso, row: row.number, column };
        }
      }
    });
  }
  return facts;
}
