/**
 * The site's clock, read in this one place: `BANG_VANG_NOW` (an ISO date-time, for builds and
 * tests that must not depend on the day they run) or the real time. A value that is not a date
 * stops the run with a bilingual message rather than silently falling back to the real time.
 */
import { parseVietnamDate } from '../utils/dates.ts';

export const CLOCK_VARIABLE = 'BANG_VANG_NOW';

/** The instant a value of BANG_VANG_NOW names; a date or time without a zone is Vietnam's. */
export function parseClock(value: string): Date {
  const parsed = parseVietnamDate(value);
  if (parsed.ok) return parsed.date;
  throw new Error(
    `${CLOCK_VARIABLE}="${value}" không phải là ngày giờ hợp lệ (ví dụ 2026-02-27T23:59:59+07:00). / ` +
      `${CLOCK_VARIABLE}="${value}" is not a valid date-time (e.g. 2026-02-27T23:59:59+07:00).`,
  );
}

/** Now, as the site sees it. */
export function siteNow(
  env: Record<string, string | undefined> = process.env,
  realNow: () => Date = () => new Date(),
): Date {
  const value = env[CLOCK_VARIABLE]?.trim();
  return value ? parseClock(value) : realNow();
}
