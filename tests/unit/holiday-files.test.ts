/**
 * The year files of days off (src/data/holidays/): the shipped ones pass, and each mistake an
 * office could make while correcting one is reported in its file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { checkHolidayFiles } from '../../src/validation/checks/holidays.ts';
import { readHolidaySources } from '../../src/io/read-holidays.ts';
import { ROOT } from '../helpers/build.ts';

const TAXONOMY = 'src/data/award-taxonomy.yaml';
const file = (name: string, text: string) => ({ path: `src/data/holidays/${name}`, text });
const check = (...files: { path: string; text: string }[]) => checkHolidayFiles(files, TAXONOMY);
const TET_2026 = 'tet:\n  days: [2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20]\n';

describe('the year files of days off', () => {
  it('shipped for 2025, 2026 and 2027 pass, and say which lines are checked', () => {
    const sources = readHolidaySources(ROOT);
    expect(sources.map((s) => s.path)).toEqual([
      'src/data/holidays/2025.yaml',
      'src/data/holidays/2026.yaml',
      'src/data/holidays/2027.yaml',
    ]);
    const { years, diagnostics } = check(...sources);
    expect(diagnostics).toEqual([]);
    const [y2025, y2026, y2027] = years;
    expect(y2026?.tet).toMatchObject({ checked: true, source: expect.stringContaining('9441/TB-BNV') });
    expect(y2026?.nationalDay?.checked).toBe(false);
    expect(y2025?.workdays.map((d) => d.date)).toEqual(['2025-04-26']);
    expect(y2027?.tet?.checked).toBe(false);
  });

  it('is named after its year, and holds that year', () => {
    expect(check(file('nam-2026.yaml', 'year: 2026\n')).diagnostics[0]?.vi).toContain('mang tên năm của nó');
    const [mismatch] = check(file('2026.yaml', 'year: 2027\n')).diagnostics;
    expect(mismatch).toMatchObject({ line: 1, field: 'year', found: '2027', allowedVi: '2026' });
  });

  it('gives each year one file', () => {
    const { years, diagnostics } = check(file('2026.yaml', 'year: 2026\n'), file('2026.yml', 'year: 2026\n'));
    expect(years).toHaveLength(1);
    expect(diagnostics[0]?.vi).toBe('Năm 2026 đã có tệp src/data/holidays/2026.yaml: mỗi năm một tệp.');
  });

  it('has five Tết days near the lunar new year, each once', () => {
    const four = check(
      file('2026.yaml', 'year: 2026\ntet:\n  days: [2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19]\n'),
    );
    expect(four.diagnostics[0]).toMatchObject({ field: 'tet.days', found: '4 ngày / days' });
    const twice = check(file('2026.yaml', `year: 2026\n${TET_2026.replace('2026-02-20', '2026-02-19')}`));
    expect(twice.diagnostics.map((d) => d.vi)).toEqual(['Ngày 2026-02-19 được ghi hai lần trong các ngày nghỉ Tết.']);
    const otherYear = check(file('2026.yaml', `year: 2026\n${TET_2026.replace('2026-02-20', '2027-02-20')}`));
    expect(otherYear.diagnostics.map((d) => d.field)).toEqual(['tet.days.4']);
    expect(otherYear.years).toEqual([]);
    const far = check(file('2026.yaml', `year: 2026\n${TET_2026.replace('2026-02-20', '2026-03-20')}`));
    expect(far.diagnostics[0]).toMatchObject({
      line: 3,
      field: 'tet.days.4',
      vi: 'Ngày 2026-03-20 không gần Tết Âm lịch năm 2026 (mùng 1 Tết là 2026-02-17).',
      allowedVi: 'từ 2026-02-12 đến 2026-02-24',
    });
  });

  it('names the document of a checked line, and never lists a day both off and worked', () => {
    const unsourced = check(file('2026.yaml', `year: 2026\n${TET_2026}  checked: true\n`));
    expect(unsourced.diagnostics[0]?.field).toBe('tet.source');
    const both = check(
      file(
        '2026.yaml',
        'year: 2026\ndaysOff:\n  - { date: 2026-05-04, reason: Hoán đổi }\nworkdays:\n  - { date: 2026-05-04, reason: Làm bù }\n',
      ),
    );
    expect(both.diagnostics[0]).toMatchObject({ field: 'workdays.0.date', found: '2026-05-04' });
  });

  it('reports a mistyped field with the closest known one, as content files do', () => {
    const [typo] = check(file('2026.yaml', 'year: 2026\nworkday: []\n')).diagnostics;
    expect(typo).toMatchObject({ line: 2, field: 'workday', suggestions: ['workdays'] });
  });
});
