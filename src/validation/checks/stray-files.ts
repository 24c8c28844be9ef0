/** Files in collection folders that no entry reads are most likely misnamed content. */
import type { AnnexText } from '../../content-model/sources.ts';
import { checkMessages } from '../check-messages.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';

/** @param annexes the CSV annexes some decision names. */
export function checkStrayFiles(
  extras: ReadonlyMap<string, AnnexText | null>,
  annexes: ReadonlySet<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [path, text] of extras) {
    if (path.endsWith('.csv') && text !== null) {
      if (!annexes.has(path)) diagnostics.push(warning({ file: path, ...checkMessages.unusedAnnex }));
      continue;
    }
    diagnostics.push(warning({ file: path, ...checkMessages.strayFile }));
  }
  return diagnostics;
}
