/**
 * What the title block above an annex says about its decision: "(Kèm theo Quyết định số
 * 2150/QĐ-UBND ngày 15/01/2026 của Chủ tịch UBND tỉnh Ninh Bình)", "DANH SÁCH … ĐƯỢC TẶNG BẰNG
 * KHEN …", "Số: 2150/QĐ-UBND" and "Ninh Bình, ngày 15 tháng 01 năm 2026" in a Word decision.
 * Texts only, each with where it was read; decision.ts turns them into the decision's fields.
 */
import { daysInMonth } from '../utils/dates.ts';
import { foldKey } from './headers.ts';
import type { Line } from './structure.ts';

/** A fact and the line it was read from. */
export interface Read<T> {
  value: T;
  line: Line;
}

export interface TitleFacts {
  decision?: Read<string>;
  signed?: Read<string>;
  /** A date that does not exist (30 February): reported, not used. */
  badDate?: Read<string> & { year: number; month: number; days: number };
  /** "Chủ tịch UBND tỉnh Ninh Bình": who issued it, as written. */
  issuer?: Read<string>;
  /** Lines that may name the award ("… ĐƯỢC TẶNG BẰNG KHEN …", "Về việc tặng Bằng khen …"). */
  awardLines: Line[];
  /** "2025", "2021-2025": the achievement period, when the title says it. */
  period?: Read<string>;
}

const NUMBER = /(?:quyết định|qđ)\s*số\s*:?\s*(\d+\/[^\s,;)]+)|^số\s*:?\s*(\d+\/[^\s,;)]+)/iu;
const DATE = /ngày\s+(\d{1,2})\s*(?:tháng|\/|-|\.)\s*(\d{1,2})\s*(?:năm|\/|-|\.)\s*(\d{4})/iu;
const ISSUER = /\bcủa\s+((?:chủ tịch|ủy ban|uỷ ban|ubnd|thủ tướng|bộ trưởng|giám đốc|thủ trưởng)[^)]*?)\s*\)?\s*$/iu;
/** "giai đoạn 2021-2025", "thành tích … năm 2025": not the year of a date ("ngày 15 tháng 6 năm 2022"). */
const PERIOD =
  /(?:giai đoạn|năm học)\s+(\d{4})\s*[-–]\s*(\d{4})|thành tích[^.()]*?(?<!tháng\s+\d{1,2}\s+)\bnăm\s+(\d{4})\b|thi đua[^.()]*?(?<!tháng\s+\d{1,2}\s+)\bnăm\s+(\d{4})\b/iu;

function readDate(line: Line, facts: TitleFacts): void {
  const date = DATE.exec(line.text);
  if (!date || facts.signed || facts.badDate) return;
  const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
  if (day < 1 || day > days) facts.badDate = { value: date[0], line, year, month, days };
  else {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    facts.signed = { value: iso, line };
  }
}

export function readTitleBlock(lines: Line[]): TitleFacts {
  const facts: TitleFacts = { awardLines: [] };
  // The line naming the decision ("Kèm theo Quyết định số … ngày … của …") is read first: its
  // date is the signing date; a place-and-date line of a Word decision comes next.
  // "Kèm theo Quyết định số …" first, then a Word decision's "Số: …": not "Căn cứ Quyết định số …".
  const rank = (line: Line) =>
    /kèm theo/iu.test(line.text) ? 0 : /^số\s*:/iu.test(line.text) ? 1 : /căn cứ/iu.test(line.text) ? 3 : 2;
  const naming = lines.filter((line) => NUMBER.test(line.text)).sort((a, b) => rank(a) - rank(b));
  for (const line of naming) {
    const number = NUMBER.exec(line.text);
    facts.decision ??= { value: (number?.[1] ?? number?.[2]) as string, line };
    if (DATE.test(line.text)) readDate(line, facts);
    const issuer = ISSUER.exec(line.text);
    if (issuer?.[1] && !facts.issuer) facts.issuer = { value: issuer[1].trim(), line };
  }
  for (const line of lines) {
    if (/,\s*ngày\s/iu.test(line.text)) readDate(line, facts);
    const key = foldKey(line.text);
    if (/\b(?:tang|truy tang|khen thuong|danh hieu|cong nhan)\b/.test(key)) facts.awardLines.push(line);
    // "Căn cứ Luật Thi đua, khen thưởng …": the grounds cite laws, not the period.
    const period = /^căn cứ/iu.test(line.text) ? null : PERIOD.exec(line.text);
    if (period && !facts.period) {
      const value = period[1] ? `${period[1]}-${period[2]}` : ((period[3] ?? period[4]) as string);
      facts.period = { value, line };
    }
  }
  return facts;
}
