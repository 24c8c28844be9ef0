/**
 * Dates in content are written by people in Vietnam. A date or time written without a zone
 * means Vietnam's time (Asia/Ho_Chi_Minh, UTC+07:00 all year, no daylight saving since 1975),
 * whatever time zone the build machine runs in.
 */

/** Vietnam's fixed UTC offset. */
export const VIETNAM_OFFSET = '+07:00';
/**
 * The zone dates are shown in: the same fixed offset the parser reads them in. Not
 * 'Asia/Ho_Chi_Minh': the tz database gives Saigon +07:06 before 1906, +09 in 1942–45 and +08
 * in 1959–75, so a time parsed as +07:00 could be shown on the next day (a property test found
 * "1900-01-01 23:54" printed as 2 January). Identical to Asia/Ho_Chi_Minh since 1975.
 */
export const VIETNAM_TIME_ZONE = VIETNAM_OFFSET;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export type DateParseResult =
  | { ok: true; date: Date; hasTime: boolean }
  | {
      ok: false;
      reason: 'format' | 'calendar' | 'time';
      detail?: { year: number; month: number; daysInMonth: number };
    };

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse `YYYY-MM-DD`, `YYYY-MM-DD HH:mm`, `YYYY-MM-DDTHH:mm:ss` with an optional zone.
 * Unlike YAML 1.1 parsers (which turn 2026-02-30 into 2 March without a word) this rejects
 * dates that do not exist.
 */
export function parseVietnamDate(text: string): DateParseResult {
  const trimmed = text.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  const dateTime = dateOnly ? null : DATE_TIME.exec(trimmed);
  const match = dateOnly ?? dateTime;
  if (!match) return { ok: false, reason: 'format' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return { ok: false, reason: 'calendar', detail: { year, month, daysInMonth: 0 } };
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) {
    return { ok: false, reason: 'calendar', detail: { year, month, daysInMonth: maxDay } };
  }
  if (dateOnly) {
    return {
      ok: true,
      date: new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00${VIETNAM_OFFSET}`),
      hasTime: false,
    };
  }
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'time' };
  let zone = match[7] ?? VIETNAM_OFFSET;
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${String(second).padStart(2, '0')}${zone}`;
  return { ok: true, date: new Date(iso), hasTime: true };
}

// Formatters are built once: constructing an Intl.DateTimeFormat costs far more than formatting
// with one, and these run for every recipient of every decision.
const yearFormat = new Intl.DateTimeFormat('en', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric' });
const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar year of an instant in Vietnam. */
export function vietnamYear(date: Date): number {
  return Number(yearFormat.format(date));
}

/** `YYYY-MM-DD` of an instant, in Vietnam. */
export function vietnamIsoDate(date: Date): string {
  return isoDateFormat.format(date);
}
