/**
 * What the content check prints goes to public CI logs: no message may show a person's telephone
 * or identity-card number, whichever check found the field (a schema error quotes the value it
 * refuses, a YAML error the line). Every text of every diagnostic passes through here.
 */
import { redactIdentifiers } from '../domain/personal-data.ts';
import type { Diagnostic } from './diagnostic.ts';

const TEXTS = ['vi', 'en', 'found', 'allowedVi', 'allowedEn', 'field'] as const;

/** The diagnostic with every identifier in its texts replaced by a mark saying what was hidden. */
export function redactDiagnostic<T extends Omit<Diagnostic, 'file' | 'severity'>>(diagnostic: T): T {
  const out = { ...diagnostic };
  for (const key of TEXTS) {
    const text = out[key];
    if (typeof text === 'string') out[key] = redactIdentifiers(text);
  }
  if (out.suggestions) out.suggestions = out.suggestions.map(redactIdentifiers);
  return out;
}
