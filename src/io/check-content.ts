/** Read and check the content tree of a project: the one entry point the build and the CLI share. */
import { readContent, fileExistsUnder, inspectFileUnder, listFolderUnder, type ReadOptions } from './read-content.ts';
import { readHolidaySources } from './read-holidays.ts';
import { validateContent } from '../validation/validate-content.ts';
import type { ValidateOptions, ValidationResult } from '../validation/types.ts';
import { sortDiagnostics } from '../validation/diagnostic.ts';
import { COLLECTIONS, type CollectionName } from '../content-model/collections.ts';

export interface CheckResult extends ValidationResult {
  /** Files read per collection, valid or not (for the summary). */
  files: Record<CollectionName, number>;
}

export function checkContent(options: ReadOptions, onParsed?: ValidateOptions['onParsed']): CheckResult {
  const sources = { ...readContent(options), holidays: readHolidaySources(options.root) };
  const result = validateContent(sources, {
    fileExists: fileExistsUnder(options.root),
    listFolder: listFolderUnder(options.root),
    inspectFile: inspectFileUnder(options.root),
    contentDir: options.contentDir,
    onParsed,
  });
  const files = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<CollectionName, number>;
  for (const file of sources.files) files[file.collection]++;
  return { ...result, diagnostics: sortDiagnostics(result.diagnostics), files };
}
