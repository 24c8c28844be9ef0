/** Successor and parent links must not loop: a unit cannot end up merged into itself. */
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { SiteContext, ValidatedEntry } from '../types.ts';

export function checkUnitLinks(context: SiteContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const units = new Map(context.entries.filter((e) => e.collection === 'units').map((e) => [e.id, e]));
  for (const field of ['successor', 'parent'] as const) {
    const reported = new Set<string>();
    for (const start of units.keys()) {
      const path: string[] = [];
      let current: string | undefined = start;
      while (current && units.has(current) && !path.includes(current)) {
        path.push(current);
        current = units.get(current)?.data[field] as string | undefined;
      }
      if (!current || !path.includes(current) || reported.has(current)) continue;
      const loop = path.slice(path.indexOf(current));
      loop.forEach((id) => reported.add(id));
      const entry = units.get(current) as ValidatedEntry;
      diagnostics.push(
        error({
          ...context.locate(entry)([field]),
          field,
          ...checkMessages.unitLinksLoop(field, [...loop, current], String(entry.data[field])),
        }),
      );
    }
  }
  return diagnostics;
}
