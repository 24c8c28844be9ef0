/**
 * Working days and comment windows, against dates counted by hand on a calendar, with the
 * project's year files (src/data/holidays/) and without any (the Labor Code's rules alone), then
 * properties over thousands of generated windows (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isWeekend } from '../../src/calendar/civil-date.ts';
import { closingDate, workingDayWindow } from '../../src/calendar/window.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../src/calendar/working-calendar.ts';
import { holidayYearSchema } from '../../src/schemas/holiday-year.ts';
import { readWorkingCalendar } from '../../src/io/read-holidays.ts';
import { ROOT } from '../helpers/build.ts';

const shipped = readWorkingCalendar(ROOT);
const lawOnly = createWorkingCalendar();
const year = (data: unknown) => holidayYearSchema.parse(data);

describe('closing day of a window, counted by hand', () => {
  it.each([
    // Mon 9 Feb 2026: 9–13 (5), Tết 16–20 Feb off, 23–27 (10).
    ['spans Tết 2026', '2026-02-09', 10, '2026-02-27'],
    // Mon 1 Jun 2026: 1–5, 8–12.
    ['a plain fortnight', '2026-06-01', 10, '2026-06-12'],
    // Tue 28 Apr 2026: 28, 29; 30/4 and 1/5 off; 4–8 May (7); 11, 12, 13 (10).
    ['across 30 April – 1 May', '2026-04-28', 10, '2026-05-13'],
    // Giỗ Tổ 2026 is Sunday 26 April, made up on Monday 27: 21–24 (4), 27 off, 28 (5).
    ['across a holiday on a Sunday', '2026-04-21', 5, '2026-04-28'],
    // Mon 24 Aug 2026: 24–28 (5), 31 (6), 1 and 2 Sept off, 3, 4 (8), 7, 8 (10).
    ['across 2 September', '2026-08-24', 10, '2026-09-08'],
    // Both: Mon 20 Apr: 20–24 (5), 27 made up, 28, 29 (7), 30/4, 1/5 off, 4, 5, 6 May (10).
    ['across Giỗ Tổ and 30/4 – 1/5', '2026-04-20', 10, '2026-05-06'],
    // 2025: Friday 2 May swapped with Saturday 26 April, worked: 21–26 (6), 28, 29 (8), 30/4–2/5 off, 5, 6 (10).
    ['across the 2025 swap', '2025-04-21', 10, '2025-05-06'],
    // Opening on a Saturday: the first working day is Monday.
    ['opening on a Saturday', '2026-06-06', 1, '2026-06-08'],
    // Opening on Tết: 16–20 off, first working day Monday 23.
    ['opening on a holiday', '2026-02-17', 1, '2026-02-23'],
    // Tết 2027 as assumed in 2027.yaml: 4–8 Feb, 6 and 7 made up on 9 and 10: 1–3 (3), 11, 12 (5), 15–19 (10).
    ['across Tết 2027 (assumed)', '2027-02-01', 10, '2027-02-19'],
  ] as const)('%s: %s + %i working days closes %s', (_, opens, days, closes) => {
    expect(closingDate(shipped, opens, days)).toBe(closes);
  });

  it('closes at 23:59:59 in Vietnam on the last day', () => {
    const window = workingDayWindow(shipped, '2026-02-09', 10);
    expect(window.closesAt.toISOString()).toBe('2026-02-27T16:59:59.000Z');
    expect(window.opensAt.toISOString()).toBe('2026-02-08T17:00:00.000Z');
    expect(window.holidays.map((day) => day.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('refuses a window of no working day', () => {
    expect(() => closingDate(shipped, '2026-06-01', 0)).toThrow(RangeError);
    expect(() => closingDate(shipped, '2026-06-01', 2.5)).toThrow(RangeError);
  });
});

describe('days made up, and what a year file decides', () => {
  it('makes up 30 April and 1 May on a weekend on the next two working days (2022: off 30/4 – 3/5)', () => {
    expect(lawOnly.dayOff('2022-05-02')?.kind).toBe('make-up');
    expect(lawOnly.dayOff('2022-05-03')?.name).toBe('Nghỉ bù Ngày Quốc tế Lao động 1/5');
    expect(lawOnly.isWorkingDay('2022-05-04')).toBe(true);
  });

  it('makes up Giỗ Tổ on Saturday 29 April 2023 and 30 April on Sunday after 1 May (2023: off 29/4 – 3/5)', () => {
    const off = ['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03'];
    expect(off.every((day) => !lawOnly.isWorkingDay(day))).toBe(true);
    expect(lawOnly.isWorkingDay('2023-05-04')).toBe(true);
    // Wed 26 April: 26, 27, 28 (3), 29 April – 3 May off, Thursday 4 May (4).
    expect(closingDate(lawOnly, '2023-04-26', 4)).toBe('2023-05-04');
  });

  it("makes up the weekend days of a year's Tết (2024: Tết days 8–12 Feb, off 8–14 Feb)", () => {
    const calendar = createWorkingCalendar([
      year({ year: 2024, tet: { days: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'] } }),
    ]);
    expect(calendar.dayOff('2024-02-13')?.kind).toBe('make-up');
    expect(calendar.dayOff('2024-02-14')?.kind).toBe('make-up');
    expect(calendar.isWorkingDay('2024-02-15')).toBe(true);
    expect(calendar.isWorkingDay('2024-02-07')).toBe(true);
  });

  it('makes up 2 September on a Saturday on Monday, with 1 September (2023: off 1–4 Sept)', () => {
    expect(lawOnly.dayOff('2023-09-01')?.kind).toBe('holiday');
    expect(lawOnly.dayOff('2023-09-04')?.kind).toBe('make-up');
    expect(lawOnly.isWorkingDay('2023-09-05')).toBe(true);
  });

  it('marks what no checked document says as assumed', () => {
    expect(shipped.dayOff('2026-02-16')?.assumed).toBe(false);
    expect(shipped.dayOff('2026-09-01')?.assumed).toBe(true);
    expect(shipped.dayOff('2027-02-04')?.assumed).toBe(true);
    expect(shipped.dayOff('2026-04-30')?.assumed).toBe(false);
    expect(shipped.hasYearData(2026)).toBe(true);
    expect(shipped.hasYearData(2030)).toBe(false);
  });

  it('a worked day overrides any rule, a decided day off adds one, and a make-up day moves past it', () => {
    const calendar = createWorkingCalendar([
      year({
        year: 2027,
        daysOff: [{ date: '2027-05-03', reason: 'Nghỉ thêm theo quyết định' }],
        workdays: [{ date: '2027-05-08', reason: 'Làm bù cho thứ Hai 3/5' }],
      }),
    ]);
    // 1 May 2027 is a Saturday: its make-up day skips the decided Monday and lands on Tuesday.
    expect(calendar.dayOff('2027-05-03')?.kind).toBe('decided');
    expect(calendar.dayOff('2027-05-04')?.kind).toBe('make-up');
    expect(calendar.isWorkingDay('2027-05-08')).toBe(true);
  });
});

const day = fc.integer({ min: 0, max: 365 * 6 }).map((offset) => addDays('2024-01-01', offset));
const length = fc.integer({ min: 1, max: 40 });
const calendars: [string, WorkingCalendar][] = [
  ['with the year files', shipped],
  ['with the Labor Code alone', lawOnly],
];

describe.each(calendars)('properties, %s', (_, calendar) => {
  const RUNS = { numRuns: 1500 };

  it('closes on a working day: never a weekend or a holiday', () => {
    fc.assert(
      fc.property(day, length, (opens, days) => {
        const closes = closingDate(calendar, opens, days);
        expect(calendar.isWorkingDay(closes)).toBe(true);
        expect(calendar.dayOff(closes)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('holds exactly that many working days, from its opening day to its closing day', () => {
    fc.assert(
      fc.property(day, length, (opens, days) => {
        const closes = closingDate(calendar, opens, days);
        let counted = 0;
        for (let d = opens; d <= closes; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) counted++;
        expect(counted).toBe(days);
      }),
      RUNS,
    );
  });

  it('one more working day closes strictly later, on the next working day', () => {
    fc.assert(
      fc.property(day, length, (opens, days) => {
        const closes = closingDate(calendar, opens, days);
        const later = closingDate(calendar, opens, days + 1);
        expect(daysBetween(closes, later)).toBeGreaterThan(0);
        for (let d = addDays(closes, 1); d < later; d = addDays(d, 1)) expect(calendar.isWorkingDay(d)).toBe(false);
      }),
      RUNS,
    );
  });

  it('opening later never closes earlier', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), length, (opens, delay, days) => {
        const closes = closingDate(calendar, opens, days);
        expect(closingDate(calendar, addDays(opens, delay), days) >= closes).toBe(true);
      }),
      RUNS,
    );
  });

  it('lasts at least as many calendar days as working days, and never more than twice as many plus Tết', () => {
    fc.assert(
      fc.property(day, length, (opens, days) => {
        const span = daysBetween(opens, closingDate(calendar, opens, days)) + 1;
        expect(span).toBeGreaterThanOrEqual(days);
        expect(span).toBeLessThanOrEqual(2 * days + 12);
      }),
      RUNS,
    );
  });
});

describe('properties of a year', () => {
  it('without a year file, exactly 11 weekdays are off: the Labor Code’s 11 days, made up when on a weekend', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (y) => {
        const calendar = createWorkingCalendar();
        let weekdaysOff = 0;
        for (let d = `${y}-01-01`; d <= `${y}-12-31`; d = addDays(d, 1)) {
          if (!isWeekend(d) && !calendar.isWorkingDay(d)) weekdaysOff++;
        }
        expect(weekdaysOff).toBe(11);
      }),
      { numRuns: 60 },
    );
  });

  it('every public holiday of the Labor Code is a day off, every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (y) => {
        for (const date of [`${y}-01-01`, `${y}-04-30`, `${y}-05-01`, `${y}-09-02`]) {
          expect(lawOnly.isWorkingDay(date)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
