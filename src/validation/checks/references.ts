/**
 * Fields that name an entry of another collection (content-model/collections.ts, REFERENCES) must
 * name one that exists; the report suggests the closest ids, also by name and former name.
 * A file that exists but failed its own check still counts as existing, so one broken unit file
 * does not also produce an error in every story naming it.
 */
import { LAYOUT, REFERENCES, referencedValues, type CollectionName } from '../../content-model/collections.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { closestMatches, type Candidate } from '../suggest.ts';
import type { SiteContext } from '../types.ts';

/** The ids of a collection as suggestions, each with its name and former names. */
function candidateLists(context: SiteContext): (collection: CollectionName) => Candidate[] {
  const lists = new Map<CollectionName, Candidate[]>();
  return (collection) => {
    let list = lists.get(collection);
    if (!list) {
      const valid = new Map(context.entries.filter((e) => e.collection === collection).map((e) => [e.id, e.data]));
      list = [...(context.existing.get(collection) ?? [])].map((id) => {
        const data = valid.get(id);
        const name = (data?.['name'] ?? data?.['decision'] ?? data?.['title']) as string | undefined;
        const former = ((data?.['formerNames'] as { name: string }[] | undefined) ?? []).map((f) => f.name);
        return {
          value: id,
          aliases: [name, ...former].filter((x): x is string => !!x),
          label: name ? `${id} (${name})` : id,
        };
      });
      lists.set(collection, list);
    }
    return list;
  };
}

export function checkReferences(context: SiteContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const candidatesFor = candidateLists(context);
  for (const entry of context.entries) {
    const locate = context.locate(entry);
    for (const reference of REFERENCES[entry.collection]) {
      for (const { path, value } of referencedValues(entry.data, reference.path)) {
        if (reference.onlyIfId && !ID_PATTERN.test(value)) continue;
        if (context.existing.get(reference.to)?.has(value)) {
          if (reference.path === 'supersededBy' && value === entry.id) {
            diagnostics.push(
              error({ ...locate(path), field: path.join('.'), ...checkMessages.supersedesItself(value) }),
            );
          }
          continue;
        }
        const at = locate(path);
        const suggestions = closestMatches(value, candidatesFor(reference.to));
        const folder = `${context.options.contentDir}/${LAYOUT[reference.to].folder}`;
        diagnostics.push(
          error({
            ...at,
            field: at.field ?? path.join('.'),
            ...checkMessages.unknownReference(value, LAYOUT[reference.to].labelVi, reference.to, folder),
            ...(suggestions.length ? { suggestions } : {}),
          }),
        );
      }
    }
  }
  return diagnostics;
}
