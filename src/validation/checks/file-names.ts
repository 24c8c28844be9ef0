/**
 * A file's name is its slug and its page's address: it must be a valid id and unique within its
 * collection (across the year folders of stories). A file that fails is not checked further.
 */
import { LAYOUT } from '../../content-model/collections.ts';
import type { SourceFile } from '../../content-model/sources.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';

export function checkFileNames(files: readonly SourceFile[]): { accepted: SourceFile[]; diagnostics: Diagnostic[] } {
  const accepted: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = `${file.collection}/${file.id}`;
    const previous = seen.get(key);
    if (previous) {
      diagnostics.push(
        error({ file: file.path, ...checkMessages.duplicateSlug(file.id, previous, LAYOUT[file.collection].labelVi) }),
      );
      continue;
    }
    seen.set(key, file.path);
    if (!ID_PATTERN.test(file.id)) {
      diagnostics.push(error({ file: file.path, ...checkMessages.badFileName(file.id) }));
      continue;
    }
    accepted.push(file);
  }
  return { accepted, diagnostics };
}
