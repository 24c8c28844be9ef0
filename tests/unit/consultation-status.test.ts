/**
 * A notice's status from a pinned clock (never the day the test runs): before, during and after
 * its window, to the second; what came of it; the clock read from BANG_VANG_NOW; and the
 * browser's check turning a page built while open to "closed" once the reader's clock passes the
 * closing moment.
 */
import { describe, expect, it } from 'vitest';
import { consultationStatus } from '../../src/consultations/status.ts';
import { CONSULTATION_STATUS_LABELS, windowPhrase } from '../../src/i18n/labels.ts';
import { en } from '../../src/i18n/en.ts';
import { refreshWindowStatus, type StatusElement } from '../../src/consultations/browser/window-status.ts';
import { parseClock, siteNow } from '../../src/io/clock.ts';
import { readWorkingCalendar } from '../../src/io/read-holidays.ts';
import { ROOT } from '../helpers/build.ts';

const calendar = readWorkingCalendar(ROOT);
// 10 working days from Monday 9 February 2026 (Tết 16–20 February off): closes at the end of Friday 27.
const notice = { opens: '2026-02-09', workingDays: 10 };
const at = (instant: string) => consultationStatus(notice, new Date(instant), calendar).status;

describe('the status of a notice at an instant', () => {
  it.each([
    ['2026-02-08T23:59:59+07:00', 'upcoming'],
    ['2026-02-09T00:00:00+07:00', 'open'],
    ['2026-02-18T12:00:00+07:00', 'open'],
    ['2026-02-27T23:59:59.999+07:00', 'open'],
    ['2026-02-28T00:00:00+07:00', 'closed'],
    // The same instant written in UTC: Vietnam's day decides, not the machine's.
    ['2026-02-27T17:00:00Z', 'closed'],
    ['2026-02-27T16:59:59Z', 'open'],
  ])('at %s: %s', (instant, status) => {
    expect(at(instant)).toBe(status);
  });

  it('gives the closing day and moment, and the window as a notice prints it', () => {
    const { window } = consultationStatus(notice, new Date('2026-02-10T08:00:00+07:00'), calendar);
    expect(window.closes).toBe('2026-02-27');
    expect(window.closesAt.toISOString()).toBe('2026-02-27T16:59:59.000Z');
    expect(windowPhrase(window)).toBe('Từ ngày 09/02/2026 đến hết ngày 27/02/2026 (10 ngày làm việc)');
  });

  it('takes the opening day from the schema’s date (midnight in Vietnam) as from text', () => {
    const opens = new Date('2026-02-09T00:00:00+07:00');
    expect(consultationStatus({ ...notice, opens }, new Date('2026-03-01'), calendar).window.closes).toBe('2026-02-27');
  });

  it('is what came of it once it is known, whatever the clock', () => {
    const during = new Date('2026-02-10T08:00:00+07:00');
    expect(consultationStatus({ ...notice, outcome: { decision: 'x' } }, during, calendar).status).toBe('decided');
    expect(consultationStatus({ ...notice, outcome: { withdrawn: 'Rút hồ sơ' } }, during, calendar).status).toBe(
      'withdrawn',
    );
  });

  it('has a Vietnamese label for each status, and English beside it in the dictionary', () => {
    expect(CONSULTATION_STATUS_LABELS.open).toBe('Đang lấy ý kiến');
    expect(CONSULTATION_STATUS_LABELS.closed).toBe('Đã hết hạn lấy ý kiến');
    expect(new Set(Object.values(CONSULTATION_STATUS_LABELS)).size).toBe(5);
    expect(en.consultationOpen).toBe('Open for comments');
  });
});

describe('the site clock', () => {
  it('is BANG_VANG_NOW when set, in Vietnam when it has no zone, and the real time otherwise', () => {
    expect(siteNow({ BANG_VANG_NOW: '2026-02-27T23:59:59+07:00' }).toISOString()).toBe('2026-02-27T16:59:59.000Z');
    expect(siteNow({ BANG_VANG_NOW: '2026-02-27 08:00' }).toISOString()).toBe('2026-02-27T01:00:00.000Z');
    const real = new Date('2031-01-01T00:00:00Z');
    expect(siteNow({}, () => real)).toBe(real);
    expect(siteNow({ BANG_VANG_NOW: ' ' }, () => real)).toBe(real);
  });

  it('refuses a value that is not a date, in both languages, rather than using the real time', () => {
    expect(() => parseClock('27/02/2026')).toThrow(/không phải là ngày giờ hợp lệ.*is not a valid date-time/);
  });
});

describe("the reader's browser checks the status again", () => {
  const built = (): StatusElement => ({
    dataset: {
      windowStatus: '',
      state: 'open',
      opens: '2026-02-09T00:00:00+07:00',
      closes: '2026-02-27T23:59:59+07:00',
      labelUpcoming: 'Sắp lấy ý kiến',
      labelOpen: 'Đang lấy ý kiến',
      labelClosed: 'Đã hết hạn lấy ý kiến',
    },
    textContent: 'Đang lấy ý kiến',
  });

  it('leaves an open page open before the deadline, and says when to look again', () => {
    const element = built();
    const next = refreshWindowStatus([element], Date.parse('2026-02-27T23:59:00+07:00'));
    expect(element.textContent).toBe('Đang lấy ý kiến');
    expect(next).toBe(60_000);
  });

  it('turns a page built while open to "closed" once the clock passes the closing moment', () => {
    const element = built();
    const next = refreshWindowStatus([element], Date.parse('2026-02-28T00:00:00+07:00'));
    expect(element.textContent).toBe('Đã hết hạn lấy ý kiến');
    expect(element.dataset['state']).toBe('closed');
    expect(next).toBeUndefined();
  });

  it('turns a page built before the window to "open" on its first day', () => {
    const element = { ...built(), textContent: 'Sắp lấy ý kiến' };
    element.dataset['state'] = 'upcoming';
    refreshWindowStatus([element], Date.parse('2026-02-09T07:00:00+07:00'));
    expect(element.textContent).toBe('Đang lấy ý kiến');
  });

  it('leaves alone an element without a readable window', () => {
    const element = built();
    element.dataset['closes'] = 'hết hạn';
    expect(refreshWindowStatus([element], Date.parse('2030-01-01'))).toBeUndefined();
    expect(element.textContent).toBe('Đang lấy ý kiến');
  });
});
