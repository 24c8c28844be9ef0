/**
 * Read the year files of days off (src/data/holidays/<year>.yaml): Node I/O only. The content
 * check validates them (src/validation/checks/holidays.ts); the build gets the working-day
 * calendar from them with `readWorkingCalendar`. Files starting with `_` are ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { HOLIDAYS_DIR, TAXONOMY_FILE } from '../project.ts';
import { checkHolidayFiles } from '../validation/checks/holidays.ts';
import { formatReport } from '../validation/format.ts';

/** The year files of a project, path (from the root, forward slashes) and text, by name. */
export function readHolidaySources(root: string, dir: string = HOLIDAYS_DIR): { path: string; text: string }[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}

/** The working-day calendar of a project; throws the check's report when a year file is wrong. */
export function readWorkingCalendar(root: string, dir: string = HOLIDAYS_DIR): WorkingCalendar {
  const { years, diagnostics } = checkHolidayFiles(readHolidaySources(root, dir), TAXONOMY_FILE);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(formatReport(errors));
  return createWorkingCalendar(years);
}
