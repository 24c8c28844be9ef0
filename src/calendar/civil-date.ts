/**
 * Calendar days as `YYYY-MM-DD` text, with arithmetic that never touches a time zone: a day is a
 * day in Vietnam, whatever zone the build machine or the reader's browser runs in. The one link
 * to instants is at the edges: the first and last moment of a day in Vietnam (UTC+07:00, no
 * daylight saving since 1975).
 */
import { VIETNAM_OFFSET, vietnamIsoDate } from '../utils/dates.ts';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (UTC arithmetic: no zone, no daylight saving). */
function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day `days` after (or before, when negative) a day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week: 0 Sunday, 1 Monday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Saturday or Sunday: the weekly days off of state offices. */
export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The year of a day. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The day an instant falls on, in Vietnam. */
export function vietnamDay(instant: Date): IsoDate {
  return vietnamIsoDate(instant);
}

/** The first moment of a day in Vietnam (00:00:00 +07:00). */
export function startOfVietnamDay(date: IsoDate): Date {
  dayNumber(date);
  return new Date(`${date}T00:00:00${VIETNAM_OFFSET}`);
}

/** The last second of a day in Vietnam (23:59:59 +07:00), as a notice writes "đến hết ngày". */
export function endOfVietnamDay(date: IsoDate): Date {
  dayNumber(date);
  return new Date(`${date}T23:59:59${VIETNAM_OFFSET}`);
}

/** Vietnamese names of the days of the week, Sunday first (as `weekday` counts). */
export const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
