/**
 * A public comment notice's status at an instant: before its window ("upcoming"), during it
 * ("open"), after it with nothing decided yet ("closed"), or what came of it ("decided",
 * "withdrawn"). Pure: the clock is an argument (src/io/clock.ts reads it), the calendar too.
 */
import type { IsoDate } from '../calendar/civil-date.ts';
import { workingDayWindow, type WorkingDayWindow } from '../calendar/window.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { vietnamIsoDate } from '../utils/dates.ts';
import { windowState } from './window-state.ts';

export type ConsultationStatus = 'upcoming' | 'open' | 'closed' | 'decided' | 'withdrawn';

/** What the status needs of a notice (its validated data has these fields). */
export interface NoticeTiming {
  /** First day of the window: a date from the schema (midnight in Vietnam) or YYYY-MM-DD. */
  opens: Date | IsoDate;
  workingDays: number;
  outcome?: { decision?: string | undefined; withdrawn?: string | undefined } | undefined;
}

export interface NoticeStatus {
  status: ConsultationStatus;
  /** The window, with its closing day and moment. */
  window: WorkingDayWindow;
}

/** The window of a notice, its closing day computed from the calendar. */
export function noticeWindow(notice: NoticeTiming, calendar: WorkingCalendar): WorkingDayWindow {
  const opens = notice.opens instanceof Date ? vietnamIsoDate(notice.opens) : notice.opens;
  return workingDayWindow(calendar, opens, notice.workingDays);
}

export function consultationStatus(notice: NoticeTiming, now: Date, calendar: WorkingCalendar): NoticeStatus {
  const window = noticeWindow(notice, calendar);
  if (notice.outcome?.withdrawn !== undefined) return { status: 'withdrawn', window };
  if (notice.outcome?.decision !== undefined) return { status: 'decided', window };
  return { status: windowState(now.getTime(), window.opensAt.getTime(), window.closesAt.getTime()), window };
}
