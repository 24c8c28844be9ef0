/** Stories live in a folder per year (articles/2026/slug.md), and the folder should match the date. */
import { LAYOUT } from '../../content-model/collections.ts';
import { vietnamYear } from '../../utils/dates.ts';
import { checkMessages } from '../check-messages.ts';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import type { EntryContext } from '../types.ts';

export function checkYearFolder({ file, data, locate, options }: EntryContext): Diagnostic[] {
  if (!LAYOUT[file.collection].byYear) return [];
  const folderYear = /\/(\d{4})\/[^/]+$/.exec(file.path)?.[1];
  const year = vietnamYear(data['date'] as Date);
  if (!folderYear) {
    const where = `${options.contentDir}/${LAYOUT[file.collection].folder}/${year}/${file.id}.md`;
    return [error({ file: file.path, ...checkMessages.notInYearFolder(where) })];
  }
  if (Number(folderYear) === year) return [];
  return [warning({ ...locate(['date']), field: 'date', ...checkMessages.yearFolderMismatch(year, folderYear) })];
}
