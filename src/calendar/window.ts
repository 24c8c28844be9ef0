/**
 * A window of working days, as a public comment notice has: it opens on a day, lasts N working
 * days counted from that day (the day itself counts when it is a working day), and closes at the
 * end of the last of them, 23:59:59 in Vietnam ("đến hết ngày …"). The closing day is computed
 * here, never typed by hand.
 */
import { addDays, daysBetween, endOfVietnamDay, startOfVietnamDay, type IsoDate } from './civil-date.ts';
import type { DayOff, WorkingCalendar } from './working-calendar.ts';

/** No window spans ten years: past this the calendar's data says every day is off. */
const LONGEST_SPAN_DAYS = 3_660;

export interface WorkingDayWindow {
  /** The first day, as given. */
  opens: IsoDate;
  /** The last working day of the window. */
  closes: IsoDate;
  /** 00:00:00 +07:00 on the first day. */
  opensAt: Date;
  /** 23:59:59 +07:00 on the last day. */
  closesAt: Date;
  /** How many working days it lasts. */
  workingDays: number;
  /** The days off inside it other than weekends (holidays, make-up days), to show why it is longer. */
  holidays: DayOff[];
}

/** The last of `workingDays` working days counted from `opens`. */
export function closingDate(calendar: WorkingCalendar, opens: IsoDate, workingDays: number): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`A window lasts a whole number of working days (at least 1): ${workingDays}`);
  }
  let counted = 0;
  for (let day = opens; daysBetween(opens, day) <= LONGEST_SPAN_DAYS; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day) && ++counted === workingDays) return day;
  }
  throw new RangeError(`No ${workingDays} working days within ten years of ${opens}: check the holiday data`);
}

export function workingDayWindow(calendar: WorkingCalendar, opens: IsoDate, workingDays: number): WorkingDayWindow {
  const closes = closingDate(calendar, opens, workingDays);
  const holidays: DayOff[] = [];
  for (let day = opens; day <= closes; day = addDays(day, 1)) {
    const off = calendar.dayOff(day);
    if (off && off.kind !== 'weekend') holidays.push(off);
  }
  return {
    opens,
    closes,
    opensAt: startOfVietnamDay(opens),
    closesAt: endOfVietnamDay(closes),
    workingDays,
    holidays,
  };
}
