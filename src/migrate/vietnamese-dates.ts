/**
 * Publication dates as Vietnamese portals print them, read into a time in Vietnam (+07:00):
 * "17:43, 30/03/2023", "Thứ Tư, 21/01/2026", "Ngày cập nhật 14/03/2024", "30/03/2023 - 17:43",
 * "Thứ năm - 30/03/2023 17:43", "Thứ tư, 20 Tháng 12 2023 08:15" (Joomla), "ngày 21 tháng 1 năm
 * 2026", "21-01-2026", "2026-01-21". Pure.
 */
import { daysInMonth, VIETNAM_OFFSET } from '../utils/dates.ts';
import { foldVietnamese } from '../utils/text.ts';

export interface ReadDate {
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`, Vietnam's time: what the story's `date` field holds. */
  value: string;
  /** The words it was read from. */
  found: string;
}

const TIME = /(\d{1,2})\s*(?:[:hg]|giờ)\s*(\d{2})/u;
const DAY_MONTH_YEAR = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const WORDS = /(\d{1,2})\s+thang\s+(\d{1,2}),?\s+(?:nam\s+)?(\d{4})/u;
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;
/** Relative times ("1 giờ trước") say nothing without the moment the page was saved. */
const RELATIVE = /\b\d+\s+(?:phut|gio|ngay|tuan|thang)\s+truoc\b/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date in a text, with the time next to it when there is one. */
export function readVietnameseDate(text: string): ReadDate | undefined {
  const folded = foldVietnamese(text.normalize('NFC')).replace(/\s+/g, ' ');
  let year: number;
  let month: number;
  let day: number;
  let index: number;
  let length: number;
  let hour: number | undefined;
  let minute: number | undefined;
  const iso = ISO.exec(folded);
  const dmy = DAY_MONTH_YEAR.exec(folded) ?? WORDS.exec(folded);
  if (iso && (!dmy || iso.index < dmy.index)) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) [hour, minute] = [Number(iso[4]), Number(iso[5])];
    ({ index } = iso);
    length = iso[0].length;
  } else if (dmy) {
    [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    ({ index } = dmy);
    length = dmy[0].length;
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour === undefined) {
    // A time printed just before ("17:43, 30/03/2023") or just after ("30/03/2023 - 17:43").
    const before = folded.slice(Math.max(0, index - 12), index);
    const after = folded.slice(index + length, index + length + 12);
    const time = TIME.exec(after) ?? TIME.exec(before);
    if (time) [hour, minute] = [Number(time[1]), Number(time[2])];
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const value =
    hour !== undefined && minute !== undefined && hour < 24 && minute < 60
      ? `${date} ${pad(hour)}:${pad(minute)}`
      : date;
  return { value, found: text.trim().slice(0, 80) };
}

/** Whether a text gives only a relative time ("1 giờ trước"), which cannot be dated. */
export function isRelativeDate(text: string): boolean {
  return RELATIVE.test(foldVietnamese(text));
}

const vietnamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_OFFSET,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the story's `date`: `YYYY-MM-DD HH:mm` in Vietnam (the schema reads it as +07:00). */
export function vietnamDateTime(date: Date): string {
  const parts = Object.fromEntries(vietnamParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}
