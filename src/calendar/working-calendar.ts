/**
 * Working days of state offices: Monday to Friday, except the Labor Code's public holidays, the
 * days made up for those that fall on a weekend, and what each year's data file decides (extra
 * days off, weekend days worked in exchange). Pure: built from the parsed year files
 * (src/io/read-holidays.ts reads them), each year worked out once, on first use.
 */
import { isWeekend, WEEKDAY_NAMES_VI, weekday, yearOf, type IsoDate } from './civil-date.ts';
import { makeUpDays, publicHolidays, type Holiday } from './labor-code.ts';
import type { HolidayYear } from '../schemas/holiday-year.ts';

/** Why a day is not a working day. */
export interface DayOff extends Holiday {
  /** A weekend day, a public holiday, a day made up for one, or a day off the government decided. */
  kind: 'weekend' | 'holiday' | 'make-up' | 'decided';
}

export interface WorkingCalendar {
  /** Why the day is off; undefined on a working day. */
  dayOff(date: IsoDate): DayOff | undefined;
  isWorkingDay(date: IsoDate): boolean;
  /** Whether a data file was given for the year (without one its Tết and 1/3 September are assumed). */
  hasYearData(year: number): boolean;
}

interface YearDays {
  off: Map<IsoDate, DayOff>;
  worked: Set<IsoDate>;
}

function yearDays(year: number, data: HolidayYear | undefined): YearDays {
  const off = new Map<IsoDate, DayOff>();
  const decided = new Set((data?.daysOff ?? []).map((day) => day.date));
  const holidays = publicHolidays(year, data);
  // A decided day off comes first: a make-up day moves past it rather than onto it.
  for (const day of data?.daysOff ?? []) {
    off.set(day.date, { date: day.date, name: day.reason, assumed: !day.checked, kind: 'decided' });
  }
  for (const holiday of holidays) off.set(holiday.date, { ...holiday, kind: 'holiday' });
  for (const madeUp of makeUpDays(holidays, (date) => decided.has(date)))
    off.set(madeUp.date, { ...madeUp, kind: 'make-up' });
  return { off, worked: new Set((data?.workdays ?? []).map((day) => day.date)) };
}

export function createWorkingCalendar(years: readonly HolidayYear[] = []): WorkingCalendar {
  const data = new Map(years.map((year) => [year.year, year]));
  const computed = new Map<number, YearDays>();
  const daysOf = (year: number): YearDays => {
    let days = computed.get(year);
    if (!days) {
      days = yearDays(year, data.get(year));
      computed.set(year, days);
    }
    return days;
  };
  const dayOff = (date: IsoDate): DayOff | undefined => {
    const days = daysOf(yearOf(date));
    if (days.worked.has(date)) return undefined;
    const off = days.off.get(date);
    if (off) return off;
    if (isWeekend(date))
      return { date, name: WEEKDAY_NAMES_VI[weekday(date)] as string, assumed: false, kind: 'weekend' };
    return undefined;
  };
  return {
    dayOff,
    isWorkingDay: (date) => dayOff(date) === undefined,
    hasYearData: (year) => data.has(year),
  };
}
