import { describe, expect, it } from 'vitest';
import { parseVietnamDate, vietnamIsoDate, vietnamYear } from '../../src/utils/dates.ts';
import { formatDate, formatDateTime } from '../../src/utils/format.ts';
import { errorsOf, validate, withField } from '../helpers/mini-site.ts';

// vitest.config.ts runs the tests with TZ=UTC, like a build server.
describe('dates are Vietnam time (Asia/Ho_Chi_Minh)', () => {
  it('runs in UTC, so the assertions below are meaningful', () => {
    expect(new Date('2026-01-01T00:00:00').getTimezoneOffset()).toBe(0);
  });

  it('reads a date without a time as midnight in Vietnam', () => {
    const result = parseVietnamDate('2026-01-21');
    expect(result).toEqual({ ok: true, date: new Date('2026-01-20T17:00:00Z'), hasTime: false });
  });

  it('reads a time without a zone as Vietnam time', () => {
    expect(parseVietnamDate('2024-03-14 06:00')).toMatchObject({ ok: true, date: new Date('2024-03-13T23:00:00Z') });
    expect(parseVietnamDate('2024-03-14T06:00:30')).toMatchObject({ date: new Date('2024-03-13T23:00:30Z') });
  });

  it('keeps an explicit zone', () => {
    expect(parseVietnamDate('2024-03-14T06:00:00Z')).toMatchObject({ date: new Date('2024-03-14T06:00:00Z') });
    expect(parseVietnamDate('2024-03-14T06:00:00+0900')).toMatchObject({ date: new Date('2024-03-13T21:00:00Z') });
  });

  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(parseVietnamDate('2026-02-30')).toMatchObject({
      ok: false,
      reason: 'calendar',
      detail: { daysInMonth: 28 },
    });
    expect(parseVietnamDate('2024-02-29')).toMatchObject({ ok: true });
    expect(parseVietnamDate('2100-02-29')).toMatchObject({ ok: false, reason: 'calendar' });
    expect(parseVietnamDate('2026-04-31')).toMatchObject({ ok: false });
    expect(parseVietnamDate('2026-00-10')).toMatchObject({ ok: false });
    expect(parseVietnamDate('2026-01-21 24:00')).toMatchObject({ ok: false, reason: 'time' });
    expect(parseVietnamDate('21/01/2026')).toMatchObject({ ok: false, reason: 'format' });
  });

  it('a story at 06:00 on the 14th shows the 14th, not the 13th', () => {
    const { date } = parseVietnamDate('2024-03-14 06:00') as { date: Date };
    expect(date.getUTCDate()).toBe(13);
    expect(vietnamIsoDate(date)).toBe('2024-03-14');
    expect(formatDate(date)).toBe('14/03/2024');
    expect(formatDateTime(date)).toBe('Thứ Năm, 14/03/2024 06:00');
  });

  it('a decision signed on 1 January belongs to that year in Vietnam', () => {
    const { date } = parseVietnamDate('2025-01-01') as { date: Date };
    expect(date.getUTCFullYear()).toBe(2024);
    expect(vietnamYear(date)).toBe(2025);
  });

  it('stores story dates in Vietnam time through the schema', () => {
    const article = 'content/articles/2026/hoi-nghi-cum-1.md';
    const entry = validate(withField(article, 'date', '2026-01-01 00:30')).entries.find(
      (e) => e.collection === 'articles',
    );
    expect((entry?.data['date'] as Date).toISOString()).toBe('2025-12-31T17:30:00.000Z');
    // …and the folder check uses Vietnam's year: this is a 2026 story, no warning.
    expect(validate(withField(article, 'date', '2026-01-01 00:30')).diagnostics).toEqual([]);
  });

  it('the decision period check uses Vietnam time at its boundary', () => {
    const award = 'content/awards/bang-khen-2025.yaml';
    expect(errorsOf(withField(award, 'signed', '2025-01-01'))).toEqual([]);
    expect(errorsOf(withField(award, 'signed', '2024-12-31'))).toHaveLength(1);
  });
});
