/**
 * The entry's form, as the importer's options: a decision's number, date, issuer, award, class,
 * period… (a notice's award and class) go in where `npm run import` takes its --so, --ngay-ky…, so
 * the rows are checked against what will be saved (a kind the award does not allow rejects its
 * row). And the importer's words for the command line turned into the editor's: "chạy lại với
 * --chuyen-ma" becomes the box to tick, "--ngay-ky" the form's field. Pure.
 */
import { ANNEX_OPTION_WORDS, ANNEX_WORDS, type Bilingual } from '../../i18n/cms-annex.ts';
import { CMS_FIELD_LABELS } from '../../i18n/cms-labels.ts';
import { DECISION_OPTIONS, type DecisionField, type DecisionInput } from '../../import/decision.ts';

/** The collections whose entries take an annex, and the form fields each hands to the importer. */
export const ANNEX_FORM_FIELDS = {
  awards: ['decision', 'signed', 'issuer', 'issuerUnit', 'award', 'class', 'period', 'cluster', 'movement'],
  consultations: ['award', 'class'],
} as const satisfies Record<string, readonly DecisionField[]>;

export type AnnexCollection = keyof typeof ANNEX_FORM_FIELDS;

export const isAnnexCollection = (collection: string): collection is AnnexCollection => collection in ANNEX_FORM_FIELDS;

/** The form's values the importer reads (empty ones left out: the file's title block then says). */
export function decisionInputFrom(collection: AnnexCollection, form: Record<string, unknown>): DecisionInput {
  const input: DecisionInput = {};
  for (const field of ANNEX_FORM_FIELDS[collection]) {
    const value = form[field];
    if (typeof value === 'string' ? value.trim() : typeof value === 'number') input[field] = String(value).trim();
  }
  return input;
}

/** The form's label of a field ("Số quyết định"). */
export function formLabel(collection: AnnexCollection, field: DecisionField): string {
  return CMS_FIELD_LABELS[`${collection}.${field}`]?.[0] ?? field;
}

/** `--so` → the field it stands for. */
export function fieldOfOption(option: string): DecisionField | undefined {
  const name = option.replace(/^--/, '');
  return (Object.keys(DECISION_OPTIONS) as DecisionField[]).find(
    (field) => DECISION_OPTIONS[field].vi === name || DECISION_OPTIONS[field].en === name,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** English names of the options the editor offers as boxes. */
const ENGLISH_FLAGS: Record<string, string> = {
  '--chuyen-ma': '--convert-legacy',
  '--don-vi-tu-do': '--free-text-units',
  '--doc-ca-phan-an': '--include-hidden',
};

/** A message of the importer in the editor's words: boxes to tick and form fields, not options. */
export function inEditorWords(message: Bilingual, collection: AnnexCollection): Bilingual {
  let { vi, en } = message;
  for (const [flag, words] of Object.entries(ANNEX_OPTION_WORDS)) {
    const english = ENGLISH_FLAGS[flag] ?? flag;
    vi = vi.replace(new RegExp(`chạy lại với ${escape(flag)}`, 'g'), `đánh dấu ${words.vi}`).replaceAll(flag, words.vi);
    en = en
      .replace(new RegExp(`run again with ${escape(english)}`, 'g'), `tick ${words.en}`)
      .replaceAll(english, words.en);
  }
  for (const field of Object.keys(DECISION_OPTIONS) as DecisionField[]) {
    const { vi: viName, en: enName } = DECISION_OPTIONS[field];
    const place = ANNEX_WORDS.inForm(formLabel(collection, field));
    vi = vi.replace(new RegExp(`(?:bằng |với )?--${escape(viName)}(?![\\w-])`, 'g'), `ở ${place.vi}`);
    en = en.replace(new RegExp(`(?:with )?--${escape(enName)}(?![\\w-])`, 'g'), `in ${place.en}`);
  }
  return { vi, en };
}
