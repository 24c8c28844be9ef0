/**
 * Public holidays of a year under the Labor Code 2019 (Bộ luật Lao động, Art. 112), and the days
 * made up when one falls on a weekly day off (Art. 111(3): "được nghỉ bù vào ngày làm việc kế
 * tiếp"). What the law leaves to each year's decision (which five days are Tết, whether 1 or 3
 * September is off) comes from the year's data file; without one, the usual choice is assumed and
 * marked as such.
 */
import { addDays, isoDate, isWeekend, weekday, type IsoDate } from './civil-date.ts';
import { hungKingsDay, lunarNewYear } from './lunar.ts';
import type { HolidayYear } from '../schemas/holiday-year.ts';

/** A day off other than a plain weekend day. */
export interface Holiday {
  date: IsoDate;
  /** What a reader calls it: "Tết Âm lịch", "Nghỉ bù Giỗ Tổ Hùng Vương". */
  name: string;
  /** True when the day is not fixed by law or a checked document (a default or an unchecked line). */
  assumed: boolean;
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Âm lịch',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng 30/4',
  labour: 'Ngày Quốc tế Lao động 1/5',
  nationalDay: 'Quốc khánh 2/9',
  nationalDayExtra: 'Nghỉ lễ Quốc khánh (ngày liền kề 2/9)',
  makeUp: (name: string) => `Nghỉ bù ${name}`,
} as const;

/**
 * Tết when the year has no decision: the two days before the new year, the new year and the two
 * after (the choice of 2023, 2024 and 2025; 2026 took one before and three after).
 */
export function defaultTetDays(year: number): IsoDate[] {
  const tet = lunarNewYear(year);
  return [-2, -1, 0, 1, 2].map((offset) => addDays(tet, offset));
}

/**
 * The National Day's second day when the year has no decision: 1 September, unless 2 September is
 * a Monday (1 September would be a Sunday) or a Thursday (3 September is then a Friday, joining
 * the weekend), as reported for 2022–2025.
 */
export function defaultNationalDayExtra(year: number): IsoDate {
  const day = weekday(isoDate(year, 9, 2));
  return isoDate(year, 9, day === 1 || day === 4 ? 3 : 1);
}

/** The public holidays of a year, in date order, before any is made up. */
export function publicHolidays(year: number, data?: HolidayYear): Holiday[] {
  const fixed = (month: number, day: number, name: string): Holiday => ({
    date: isoDate(year, month, day),
    name,
    assumed: false,
  });
  const tetDays = data?.tet?.days ?? defaultTetDays(year);
  const tetAssumed = !data?.tet?.checked;
  const extra = data?.nationalDay?.extra ?? defaultNationalDayExtra(year);
  const holidays: Holiday[] = [
    fixed(1, 1, HOLIDAY_NAMES.newYear),
    ...tetDays.map((date) => ({ date, name: HOLIDAY_NAMES.tet, assumed: tetAssumed })),
    { date: hungKingsDay(year), name: HOLIDAY_NAMES.hungKings, assumed: false },
    fixed(4, 30, HOLIDAY_NAMES.victory),
    fixed(5, 1, HOLIDAY_NAMES.labour),
    { date: extra, name: HOLIDAY_NAMES.nationalDayExtra, assumed: !data?.nationalDay?.checked },
    fixed(9, 2, HOLIDAY_NAMES.nationalDay),
  ];
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The days made up for holidays that fall on a Saturday or Sunday: each on the next weekday that
 * is not itself a holiday, another make-up day or a day off in `isOff` (a decided day off).
 */
export function makeUpDays(holidays: readonly Holiday[], isOff: (date: IsoDate) => boolean = () => false): Holiday[] {
  const taken = new Set(holidays.map((holiday) => holiday.date));
  const made: Holiday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || taken.has(date) || isOff(date)) date = addDays(date, 1);
    taken.add(date);
    made.push({ date, name: HOLIDAY_NAMES.makeUp(holiday.name), assumed: holiday.assumed });
  }
  return made;
}
