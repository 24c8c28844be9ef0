/** Read and check the content tree of a project: the one entry point the build and the CLI share. */
import { readContent, fileExistsUnder, inspectFileUnder, listFolderUnder, type ReadOptions } from './read-content.ts';
import { readHolidaySources } from './read-holidays.ts';
import { openCheckCache } from './check-cache.ts';
import { validateContent } from '../validation/validate-content.ts';
import type { ValidateOptions, ValidationResult } from '../validation/types.ts';
import { sortDiagnostics } from '../validation/diagnostic.ts';
import { COLLECTIONS, type CollectionName } from '../content-model/collections.ts';

export interface CheckResult extends ValidationResult {
  /** Files read per collection, valid or not (for the summary). */
  files: Record<CollectionName, number>;
}

/**
 * @param onParsed told of every file parsed and valid (the build hands them to its loaders).
 * @param cacheDir where the build keeps the results of unchanged files (io/check-cache.ts).
 */
export function checkContent(
  options: ReadOptions,
  onParsed?: ValidateOptions['onParsed'],
  cacheDir?: string,
): CheckResult {
  const sources = { ...readContent(options), holidays: readHolidaySources(options.root) };
  const fileExists = fileExistsUnder(options.root);
  const fileChecks = cacheDir ? openCheckCache(cacheDir, options, sources.extras, fileExists) : undefined;
  const result = validateContent(sources, {
    fileExists,
    listFolder: listFolderUnder(options.root),
    inspectFile: inspectFileUnder(options.root),
    contentDir: options.contentDir,
    onParsed,
    fileChecks,
  });
  fileChecks?.save();
  const files = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<CollectionName, number>;
  for (const file of sources.files) files[file.collection]++;
  return { ...result, diagnostics: sortDiagnostics(result.diagnostics), files };
}
