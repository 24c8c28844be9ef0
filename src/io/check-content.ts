/** Read and check the content tree of a project: the one entry point the build and the CLI share. */
import { readContent, fileExistsUnder, listFolderUnder, type ReadOptions } from './read-content.ts';
import { validateContent, type ValidateOptions, type ValidationResult } from '../validation/validate-content.ts';
import { sortDiagnostics } from '../validation/diagnostic.ts';

export function checkContent(options: ReadOptions, onParsed?: ValidateOptions['onParsed']): ValidationResult {
  const sources = readContent(options);
  const result = validateContent(sources, {
    fileExists: fileExistsUnder(options.root),
    listFolder: listFolderUnder(options.root),
    contentDir: options.contentDir,
    onParsed,
  });
  return { ...result, diagnostics: sortDiagnostics(result.diagnostics) };
}
