/**
 * The year files of days off (src/data/holidays/<year>.yaml): each read as YAML and checked
 * against its schema, then named after its year, each year once, and its Tết days near the lunar
 * new year the calendar computes (a typo such as 2026-03-16 for 2026-02-16 would move every
 * closing date). Pure: the files' text in, their data and the problems out.
 */
import { addDays, daysBetween } from '../../calendar/civil-date.ts';
import { lunarNewYear } from '../../calendar/lunar.ts';
import { parseYaml } from '../../parsing/yaml-document.ts';
import { holidayYearSchema, type HolidayYear } from '../../schemas/holiday-year.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { checkYamlFile } from './data-file.ts';

export interface HolidayFilesCheck {
  /** The valid year files' data. */
  years: HolidayYear[];
  diagnostics: Diagnostic[];
}

/** How far from the lunar new year a Tết day may be: the breaks run from 27 Chạp to mùng 6 or so. */
const TET_BEFORE = 5;
const TET_AFTER = 7;

const FILE_NAME = /(?:^|\/)(\d{4})\.ya?ml$/;

export const holidayMessages = {
  fileName: (path: string) => ({
    vi: 'Tệp ngày nghỉ mang tên năm của nó, ví dụ 2026.yaml.',
    en: 'A holiday file is named after its year, e.g. 2026.yaml.',
    found: path.slice(path.lastIndexOf('/') + 1),
  }),
  yearMismatch: (fileYear: string, year: number) => ({
    vi: `Năm trong tệp (${year}) khác năm ở tên tệp (${fileYear}).`,
    en: `The year in the file (${year}) differs from the year in its name (${fileYear}).`,
    found: String(year),
    allowedVi: fileYear,
    allowedEn: fileYear,
  }),
  duplicateYear: (year: number, other: string) => ({
    vi: `Năm ${year} đã có tệp ${other}: mỗi năm một tệp.`,
    en: `The year ${year} already has the file ${other}: one file per year.`,
    found: String(year),
  }),
  tetFar: (day: string, year: number, tet: string) => ({
    vi: `Ngày ${day} không gần Tết Âm lịch năm ${year} (mùng 1 Tết là ${tet}).`,
    en: `${day} is not near the lunar new year of ${year} (${tet}).`,
    found: day,
    allowedVi: `từ ${addDays(tet, -TET_BEFORE)} đến ${addDays(tet, TET_AFTER)}`,
    allowedEn: `${addDays(tet, -TET_BEFORE)} to ${addDays(tet, TET_AFTER)}`,
  }),
  tetTwice: (day: string) => ({
    vi: `Ngày ${day} được ghi hai lần trong các ngày nghỉ Tết.`,
    en: `${day} is listed twice among the Tết days.`,
    found: day,
  }),
};

/** Rules on one valid year file beyond its schema, located in its text. */
function yearRules(source: { path: string; text: string }, data: HolidayYear, fileYear: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const yaml = parseYaml(source.text);
  const at = (path: (string | number)[]) => ({ file: source.path, line: yaml.lineOf(path), field: path.join('.') });
  if (String(data.year) !== fileYear)
    diagnostics.push(error({ ...at(['year']), ...holidayMessages.yearMismatch(fileYear, data.year) }));
  const tet = lunarNewYear(data.year);
  const seen = new Set<string>();
  data.tet?.days.forEach((day, index) => {
    const offset = daysBetween(tet, day);
    if (day.startsWith(`${data.year}-`) && (offset < -TET_BEFORE || offset > TET_AFTER)) {
      diagnostics.push(error({ ...at(['tet', 'days', index]), ...holidayMessages.tetFar(day, data.year, tet) }));
    }
    if (seen.has(day)) diagnostics.push(error({ ...at(['tet', 'days', index]), ...holidayMessages.tetTwice(day) }));
    seen.add(day);
  });
  return diagnostics;
}

export function checkHolidayFiles(
  files: readonly { path: string; text: string }[],
  taxonomyPath: string,
): HolidayFilesCheck {
  const diagnostics: Diagnostic[] = [];
  const years: HolidayYear[] = [];
  const fileOfYear = new Map<number, string>();
  for (const source of files) {
    const fileYear = FILE_NAME.exec(source.path)?.[1];
    if (!fileYear) {
      diagnostics.push(error({ file: source.path, ...holidayMessages.fileName(source.path) }));
      continue;
    }
    const checked = checkYamlFile(source, holidayYearSchema, { taxonomyPath });
    diagnostics.push(...checked.diagnostics);
    if (!checked.data) continue;
    const rules = yearRules(source, checked.data, fileYear);
    diagnostics.push(...rules);
    const other = fileOfYear.get(checked.data.year);
    if (other) {
      diagnostics.push(
        error({ file: source.path, line: 1, ...holidayMessages.duplicateYear(checked.data.year, other) }),
      );
    } else if (!rules.length) {
      fileOfYear.set(checked.data.year, source.path);
      years.push(checked.data);
    }
  }
  return { years, diagnostics };
}
