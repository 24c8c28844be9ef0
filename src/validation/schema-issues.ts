/**
 * A failed schema parse as diagnostics, each located in its file: unknown fields with the closest
 * known name suggested, every other issue described by messages.ts.
 */
import type { z } from 'astro/zod';
import type { Path } from '../parsing/yaml-document.ts';
import { checkMessages } from './check-messages.ts';
import { error, type Diagnostic } from './diagnostic.ts';
import { describeIssue } from './messages.ts';
import { keysAt } from './schema-keys.ts';
import { closestMatches } from './suggest.ts';
import type { Locate } from './types.ts';

/** Past this length a list of allowed values is replaced by a pointer to the taxonomy file. */
const LONGEST_ALLOWED_LIST = 300;

const fieldName = (path: Path): string | undefined => (path.length ? path.join('.') : undefined);

/** @param taxonomyPath where the full lists of award and issuer ids are, for a list too long to print. */
export function schemaIssueDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  locate: Locate,
  taxonomyPath: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      for (const key of issue.keys) {
        const suggestions = closestMatches(key, known);
        diagnostics.push(
          error({
            ...locate(path, key),
            field: fieldName([...path, key]),
            ...checkMessages.unknownField(key, known),
            ...(suggestions.length ? { suggestions } : {}),
          }),
        );
      }
      continue;
    }
    const at = locate(path);
    const message = describeIssue(issue);
    if (message.allowedVi && message.allowedVi.length > LONGEST_ALLOWED_LIST) {
      Object.assign(message, checkMessages.seeTaxonomy(taxonomyPath));
    }
    diagnostics.push(error({ ...at, ...message, ...(at.field ? {} : { field: fieldName(path) }) }));
  }
  return diagnostics;
}
