/** Decision numbers are unique across the site, case and spaces ignored ("123/QĐ-UBND", "123/qđ-ubnd"). */
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { SiteContext, ValidatedEntry } from '../types.ts';

export function checkDecisionNumbers(context: SiteContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, ValidatedEntry>();
  for (const entry of context.entries) {
    if (entry.collection !== 'awards') continue;
    const number = String(entry.data['decision']);
    const normalized = number.toLocaleUpperCase('vi').replace(/\s+/g, '');
    const earlier = first.get(normalized);
    if (!earlier) {
      first.set(normalized, entry);
      continue;
    }
    const earlierAt = context.locate(earlier)(['decision']);
    const where = `${earlier.path}${earlierAt.line ? `:${earlierAt.line}` : ''}`;
    diagnostics.push(
      error({
        ...context.locate(entry)(['decision']),
        field: 'decision',
        ...checkMessages.duplicateDecision(number, where, String(earlier.data['decision'])),
      }),
    );
  }
  return diagnostics;
}
