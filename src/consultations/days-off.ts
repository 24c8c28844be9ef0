/**
 * The days off inside a comment window as a notice's page lists them: consecutive days of one
 * holiday as one run ("Tết Âm lịch: 16/02/2026 – 20/02/2026"), so a reader sees at a glance why
 * the window is longer than its working days. Pure.
 */
import { addDays, type IsoDate } from '../calendar/civil-date.ts';
import type { DayOff } from '../calendar/working-calendar.ts';

export interface DaysOffRun {
  name: string;
  /** First and last day of the run (the same day for a single day). */
  from: IsoDate;
  to: IsoDate;
  /** When any day of it is assumed (no checked holiday file says so yet): shown as "dự kiến". */
  assumed: boolean;
}

/** Runs of consecutive days with the same name, in date order. */
export function daysOffRuns(days: readonly DayOff[]): DaysOffRun[] {
  const runs: DaysOffRun[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = runs.at(-1);
    if (last && last.name === day.name && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.assumed ||= day.assumed;
    } else {
      runs.push({ name: day.name, from: day.date, to: day.date, assumed: day.assumed });
    }
  }
  return runs;
}
