/**
 * How notices are listed: open ones closing soonest first, then upcoming ones opening soonest,
 * then ended ones latest first; and the days off inside a window as a reader sees them, a run per
 * holiday, assumed ones marked.
 */
import { describe, expect, it } from 'vitest';
import { workingDayWindow } from '../../src/calendar/window.ts';
import { daysOffRuns } from '../../src/consultations/days-off.ts';
import { compareNotices, isLive } from '../../src/consultations/order.ts';
import type { ConsultationStatus } from '../../src/consultations/status.ts';
import { readWorkingCalendar } from '../../src/io/read-holidays.ts';
import { ROOT } from '../helpers/build.ts';

const calendar = readWorkingCalendar(ROOT);

const notice = (id: string, status: ConsultationStatus, opens: string, closes: string) => ({
  id,
  status,
  window: { opensAt: new Date(`${opens}T00:00:00+07:00`), closesAt: new Date(`${closes}T23:59:59+07:00`) },
});

describe('the order of notices', () => {
  it('puts open ones first (closing soonest on top), then upcoming (opening soonest), then ended (latest first)', () => {
    const notices = [
      notice('ended-early', 'closed', '2026-02-09', '2026-02-27'),
      notice('upcoming-late', 'upcoming', '2027-01-04', '2027-01-15'),
      notice('open-late', 'open', '2026-12-01', '2026-12-31'),
      notice('decided', 'decided', '2026-06-01', '2026-06-12'),
      notice('upcoming-soon', 'upcoming', '2026-12-14', '2027-01-08'),
      notice('open-soon', 'open', '2026-12-04', '2026-12-24'),
      notice('withdrawn', 'withdrawn', '2026-09-07', '2026-09-18'),
    ];
    expect(notices.sort(compareNotices).map((n) => n.id)).toEqual([
      'open-soon',
      'open-late',
      'upcoming-soon',
      'upcoming-late',
      'withdrawn',
      'decided',
      'ended-early',
    ]);
  });

  it('breaks ties by slug, so two builds list them alike', () => {
    const a = notice('a', 'open', '2026-12-04', '2026-12-24');
    const b = notice('b', 'open', '2026-12-04', '2026-12-24');
    expect([b, a].sort(compareNotices).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('calls upcoming and open notices live, the others ended', () => {
    expect((['upcoming', 'open', 'closed', 'decided', 'withdrawn'] as const).map(isLive)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the days off inside a window', () => {
  it('lists Tết 2026 as one run, checked', () => {
    const window = workingDayWindow(calendar, '2026-02-09', 10);
    expect(daysOffRuns(window.holidays)).toEqual([
      { name: 'Tết Âm lịch', from: '2026-02-16', to: '2026-02-20', assumed: false },
    ]);
  });

  it('gives a holiday and the day made up for it a run each, and marks assumed days', () => {
    // Giỗ Tổ 2026 is a Sunday (a weekend day, but a holiday), made up on Monday 27; then 30/4 and 1/5.
    expect(daysOffRuns(workingDayWindow(calendar, '2026-04-20', 10).holidays)).toEqual([
      { name: 'Giỗ Tổ Hùng Vương', from: '2026-04-26', to: '2026-04-26', assumed: false },
      { name: 'Nghỉ bù Giỗ Tổ Hùng Vương', from: '2026-04-27', to: '2026-04-27', assumed: false },
      { name: 'Ngày Chiến thắng 30/4', from: '2026-04-30', to: '2026-04-30', assumed: false },
      { name: 'Ngày Quốc tế Lao động 1/5', from: '2026-05-01', to: '2026-05-01', assumed: false },
    ]);
    // Tết 2027 has no checked document yet (src/data/holidays/2027.yaml).
    const runs = daysOffRuns(workingDayWindow(calendar, '2027-02-01', 10).holidays);
    expect(runs[0]).toEqual({ name: 'Tết Âm lịch', from: '2027-02-04', to: '2027-02-08', assumed: true });
    expect(runs.every((run) => run.assumed)).toBe(true);
  });

  it('is empty for a window without holidays (4–24 December 2026)', () => {
    expect(daysOffRuns(workingDayWindow(calendar, '2026-12-04', 15).holidays)).toEqual([]);
  });
});
