/**
 * Tết and Giỗ Tổ Hùng Vương from the lunar calendar library (date-chinese's CalendarVietnamese,
 * UTC+7), against dates checked by hand:
 * - Tết 2023-01-22, 2024-02-10, 2025-01-29: the Lunar New Year dates of those years;
 * - Tết 2026-02-17 and Giỗ Tổ 2026-04-26: shared/reference/legal.md (checked 2026-12);
 * - Giỗ Tổ 2025-04-07: the 2025 holiday schedule as reported (Monday 7 April);
 * - the years Vietnam's calendar differs from China's: 1985 (21 January, China 20 February),
 *   2007 (17 February, China 18 February) and 2030 (2 February, China 3 February): Hồ Ngọc Đức's
 *   calendar rules, and a Vietnamese government statement of 2006 naming 2030 and 2053 as the next
 *   such years. (2030-02-03, sometimes quoted, is China's date.)
 */
import { CalendarChinese } from 'date-chinese';
import { describe, expect, it } from 'vitest';
import { hungKingsDay, lunarNewYear } from '../../src/calendar/lunar.ts';
import { weekday } from '../../src/calendar/civil-date.ts';

function chineseNewYear(year: number): string {
  const calendar = new CalendarChinese();
  calendar.fromJDE(calendar.newYear(year));
  const { month, day } = calendar.toGregorian(year);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('Tết Nguyên đán', () => {
  it.each([
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('%i: %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it('2026 falls on a Tuesday', () => {
    expect(weekday(lunarNewYear(2026))).toBe(2);
  });

  it.each([
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])("%i: Vietnam's %s, not China's %s", (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    expect(chineseNewYear(year)).toBe(china);
  });
});

describe('Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month)', () => {
  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('%i: %s', (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });

  it('2026 falls on a Sunday (so a day is made up)', () => {
    expect(weekday(hungKingsDay(2026))).toBe(0);
  });

  it('1985: in the regular 3rd month, after Vietnam’s leap 2nd month', () => {
    // Vietnam's lunar year 1985 had a leap 2nd month (date-chinese's own tests): the 3rd month
    // starts on 20 April, so its 10th day is 29 April.
    expect(hungKingsDay(1985)).toBe('1985-04-29');
  });
});
