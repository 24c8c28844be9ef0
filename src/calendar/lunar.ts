/**
 * The two public holidays that follow the lunar calendar: Tết Nguyên đán (1st day of the 1st
 * lunar month) and Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month).
 *
 * Computed with date-chinese's CalendarVietnamese, which reckons new moons and solar terms with
 * the VSOP87 theory (astronomia) for Vietnam's meridian, UTC+7 since 1968. Vietnam's calendar is
 * China's computed for another time zone, and the two differ in some years: Tết 1985 fell on 21
 * January in Vietnam and 20 February in China, Tết 2007 on 17 and 18 February, Tết 2030 on 2 and
 * 3 February (tests/unit/calendar-lunar.test.ts). Each year is computed once (a few milliseconds).
 */
import { CalendarVietnamese } from 'date-chinese';
import { isoDate, type IsoDate } from './civil-date.ts';

// One calendar object: it caches the solstices and new moons it has computed.
const calendar = new CalendarVietnamese();
const cache = new Map<string, IsoDate>();

function memo(key: string, compute: () => IsoDate): IsoDate {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** The lunar year (60-year cycle and year in it) that begins in a Gregorian year. */
function lunarYearStarting(year: number): [cycle: number, yearInCycle: number] {
  calendar.fromJDE(calendar.newYear(year));
  const [cycle, yearInCycle] = calendar.get();
  return [cycle as number, yearInCycle as number];
}

/** A day of the (non-leap) lunar year beginning in `year`, as a Gregorian date in Vietnam. */
function lunarDay(year: number, month: number, day: number): IsoDate {
  const [cycle, yearInCycle] = lunarYearStarting(year);
  // leap = 0: the regular month, not a leap month of the same number.
  const gregorian = calendar.set(cycle, yearInCycle, month, 0, day).toGregorian(year);
  return isoDate(gregorian.year, gregorian.month, gregorian.day);
}

/** Tết Nguyên đán of a Gregorian year: the first day of the lunar year that begins in it. */
export function lunarNewYear(year: number): IsoDate {
  return memo(`tet-${year}`, () => lunarDay(year, 1, 1));
}

/** Giỗ Tổ Hùng Vương of a Gregorian year: the 10th day of the 3rd lunar month. */
export function hungKingsDay(year: number): IsoDate {
  return memo(`hung-${year}`, () => lunarDay(year, 3, 10));
}
