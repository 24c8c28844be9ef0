/**
 * Personal data in what the site publishes about people: an identity-card or telephone number in
 * any field of a decision's recipient, a notice's proposed person or an exemplar (and an
 * exemplar's story) stops the build; a date of birth is warned of. Read from the raw data, before
 * the schema, so that a field that also breaks the schema is still caught, and in the CSV annex by
 * its line. The messages never print the number (src/domain/personal-data.ts); the content check
 * also hides it in every other message (validation/redact.ts).
 */
import { LAYOUT } from '../../content-model/collections.ts';
import { findBirthDates, findIdentifiers, redactIdentifiers } from '../../domain/personal-data.ts';
import type { Path } from '../../parsing/yaml-document.ts';
import { checkMessages, type Place } from '../check-messages.ts';
import { error, warning, type Diagnostic, type Message } from '../diagnostic.ts';
import type { FileContext } from '../types.ts';

/** A recipient's fields that hold no free text: its verification code has its own format. */
const NOT_TEXT = new Set(['code']);

export const THIS_FIELD: Place = { vi: 'Trường này', en: 'This field' };

/** Every string (or number: YAML reads 0912345678 as one) under a value, with its path. */
function* textsUnder(value: unknown, path: Path): Generator<{ path: Path; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (typeof value === 'number') yield { path, text: String(value) };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textsUnder(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) if (!NOT_TEXT.has(key)) yield* textsUnder(item, [...path, key]);
  }
}

/** The text around the first hit, the identifiers hidden, short enough to read in a log. */
function shown(text: string, index: number): string {
  const start = Math.max(0, index - 40);
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, index + 80)}${index + 80 < text.length ? '…' : ''}`;
  return JSON.stringify(redactIdentifiers(excerpt));
}

/** What a text holds that may not be published: an error per kind of identifier, a warning for a date of birth. */
export function personalDataProblems(
  text: string,
  place: Place,
): { severity: 'error' | 'warning'; message: Message }[] {
  const problems: { severity: 'error' | 'warning'; message: Message }[] = [];
  const identifiers = findIdentifiers(text);
  for (const kind of new Set(identifiers.map((m) => m.kind))) {
    const first = identifiers.find((m) => m.kind === kind) as { index: number };
    problems.push({
      severity: 'error',
      message: checkMessages.personalIdentifier(kind, place, shown(text, first.index)),
    });
  }
  const birth = findBirthDates(text)[0];
  if (birth) problems.push({ severity: 'warning', message: checkMessages.birthDate(place, birth.phrase) });
  return problems;
}

function checkText(text: string, at: Omit<Diagnostic, 'severity' | 'vi' | 'en'>, place: Place): Diagnostic[] {
  return personalDataProblems(text, place).map(({ severity, message }) =>
    (severity === 'error' ? error : warning)({ ...at, ...message }),
  );
}

export function checkPersonalData({ file, entry, locate }: FileContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fields =
    file.collection === 'exemplars'
      ? textsUnder(entry.raw, [])
      : LAYOUT[file.collection].recipientsAnnex
        ? textsUnder(entry.raw['recipients'], ['recipients'])
        : [];
  for (const { path, text } of fields) {
    diagnostics.push(...checkText(text, { field: path.join('.'), ...locate(path) }, THIS_FIELD));
  }
  if (file.collection === 'exemplars' && entry.body) {
    entry.body.split('\n').forEach((line, index) => {
      const number = entry.bodyLine + index;
      const place = { vi: `Dòng ${number} của bài`, en: `Line ${number} of the text` };
      diagnostics.push(...checkText(line, { file: file.path, line: number }, place));
    });
  }
  return diagnostics;
}
