/**
 * Personal identifiers that must never be published (Law on Personal Data Protection, in force
 * 1 January 2026; ../shared/reference/legal.md): identity-card numbers (CMND, 9 digits; CCCD, 12
 * digits) and telephone numbers, refused in recipients and exemplars; dates of birth, warned of.
 * One detector for the content check (validation/checks/personal-data.ts) and the annex importer
 * (import/recipient-row.ts), and one redaction for everything either prints: check output ends
 * up in public CI logs, so a report names the kind of identifier and where it is, never its digits.
 *
 * What is deliberately not an identifier, because decisions and citations are full of numbers:
 * decision numbers (`1234/QĐ-UBND`: digits before a slash), years and periods (`2021-2025`),
 * dates (`15/01/2026`, `15.01.2026`, `2026-01-15`), amounts (`150.000.000 đồng`, `150000000 đồng`)
 * and decimals. A phone number is recognised by its digits once separators are taken off: 10
 * digits starting 03, 05, 07, 08, 09 (mobile), 11 starting 02 (landline with its area code), or
 * +84 followed by the same without the 0. An identity-card number is 9 or 12 digits written
 * together, or after a word that names one (CMND, CCCD, căn cước, chứng minh) with spaces or dots.
 * Pure; measured against the sample site, the seeds and the benchmark corpus
 * (tests/unit/personal-data.test.ts).
 */

export type IdentifierKind = 'id-card' | 'phone';

export interface IdentifierMatch {
  kind: IdentifierKind;
  /** Where it starts in the text (UTF-16 index) and how long it is as written. */
  index: number;
  length: number;
}

export interface BirthDateMatch {
  /** The phrase that announces it ("sinh năm", "SN", "ngày sinh", "sinh ngày"), without the date. */
  phrase: string;
  index: number;
}

/** Separators people type inside a number: one space, dot or dash between digits. */
const SEP = '[ .\\-]';
/** Not the tail of a longer number: no digit, and no digit-and-separator, right before. */
const START = '(?<!\\d)(?<!\\d[.,\\-/])';
/** Not the head of one either, nor a decision number (`…/QĐ`) or a decimal. */
const END = '(?!\\d|[.,\\-/]\\d|/)';

/** 0 + area code or mobile prefix, then digits with separators; parentheses around the prefix allowed. */
const NATIONAL_PHONE = new RegExp(`${START}\\(?0\\d{1,3}\\)?(?:${SEP}?\\d){7,9}${END}`, 'g');
/** +84 (or (+84), 84 after a plus typed with a space), then the number without its 0. */
const INTERNATIONAL_PHONE = new RegExp(`\\(?\\+\\s?84\\)?${SEP}?\\(?0?\\)?(?:${SEP}?\\d){9,10}${END}`, 'g');
/** 9 or 12 digits written together. */
const BARE_ID = new RegExp(`${START}(?:\\d{12}|\\d{9})${END}`, 'g');
/** After a word that names an identity document, digits may be grouped. */
const NAMED_ID =
  /(?:\bCMND|\bCCCD|\bCMTND|\bCC\b|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?|(?:số )?định danh(?: cá nhân)?)\s*(?:số|no\.?)?\s*[:.]?\s*((?:\d[ .]?){8,11}\d)(?!\d)/giu;
/** Money after the digits: an amount, not an identifier. */
const MONEY_AFTER = /^\s*(?:đồng|đ\b|vnđ|vnd|triệu|tỷ)/iu;

const digitsOf = (text: string) => text.replace(/\D/g, '');

function isNationalPhone(digits: string): boolean {
  return (digits.length === 10 && /^0[35789]/.test(digits)) || (digits.length === 11 && /^02/.test(digits));
}

function isInternationalPhone(digits: string): boolean {
  // Digits after 84: a mobile of 9 or a landline of 10 (area code starting with 2); a 0 typed after +84 dropped.
  const national = digits.slice(2).replace(/^0/, '');
  return (national.length === 9 && /^[35789]/.test(national)) || (national.length === 10 && /^2/.test(national));
}

/** A cheap first look: most fields have no run of three digits at all. */
const MAY_HOLD_NUMBER = /\d{2}/;

/** Every identifier in a text, in order, none overlapping. */
export function findIdentifiers(text: string): IdentifierMatch[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const found: IdentifierMatch[] = [];
  const add = (kind: IdentifierKind, index: number, length: number) => {
    if (found.some((m) => index < m.index + m.length && m.index < index + length)) return;
    found.push({ kind, index, length });
  };
  for (const match of text.matchAll(NAMED_ID)) {
    const number = match[1] as string;
    const digits = digitsOf(number);
    if (digits.length === 9 || digits.length === 12)
      add('id-card', match.index + match[0].length - number.length, number.length);
  }
  for (const match of text.matchAll(INTERNATIONAL_PHONE)) {
    if (isInternationalPhone(digitsOf(match[0]))) add('phone', match.index, match[0].length);
  }
  for (const match of text.matchAll(NATIONAL_PHONE)) {
    if (isNationalPhone(digitsOf(match[0]))) add('phone', match.index, match[0].length);
  }
  for (const match of text.matchAll(BARE_ID)) {
    if (MONEY_AFTER.test(text.slice(match.index + match[0].length))) continue;
    add('id-card', match.index, match[0].length);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What replaces an identifier in anything printed. */
export const REDACTED: Record<IdentifierKind, string> = {
  'id-card': '[số giấy tờ đã ẩn / ID number hidden]',
  phone: '[số điện thoại đã ẩn / phone number hidden]',
};

/** The text with every identifier replaced by REDACTED: safe to print in a public log. */
export function redactIdentifiers(text: string): string {
  const found = findIdentifiers(text);
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const match of found) {
    out += text.slice(at, match.index) + REDACTED[match.kind];
    at = match.index + match.length;
  }
  return out + text.slice(at);
}

/**
 * Words that end in "sinh" and are not about birth: học sinh, thí sinh, hy sinh (a martyr's
 * death: "hy sinh năm 1972" is common in posthumous citations), phát sinh, vệ sinh, sản sinh…
 */
const NOT_BIRTH = /(?:học|thí|hy|phát|vệ|sản|giáng|tái|ký|nhân|hồi|tiền|trường|song|sơ|sinh)\s+$/iu;
const YEAR = '(?:19|20)\\d{2}';
const DAY_MONTH = '\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*(?:19|20)?\\d{2}|\\d{1,2}\\s+tháng\\s+\\d{1,2}';
const BIRTH_PHRASES: RegExp[] = [
  // "sinh năm 1985", "Sinh năm: 1985"
  new RegExp(`(sinh năm)\\s*:?\\s*${YEAR}(?!\\d)`, 'giu'),
  // "SN 1985", "SN: 1985", "SN1985", "(SN 1985)": upper case only ("sn" is no abbreviation).
  new RegExp(`(?<![\\p{L}\\d])(SN)\\s*:?\\s*${YEAR}(?!\\d)`, 'gu'),
  // "năm sinh 1985", "năm sinh: 1985"
  new RegExp(`(năm sinh)\\s*:?\\s*${YEAR}(?!\\d)`, 'giu'),
  // "ngày sinh: 12/3/1985", "ngày sinh 12-03-1985"; not "kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh".
  new RegExp(`(ngày(?:,? tháng,? năm)? sinh)\\s*:?\\s*(?:${DAY_MONTH}|${YEAR})`, 'giu'),
  new RegExp(`(ngày(?:,? tháng,? năm)? sinh)\\s*:`, 'giu'),
  // "sinh ngày 12/3/1985", "sinh ngày 12 tháng 3 năm 1985"
  new RegExp(`(sinh ngày)\\s*:?\\s*(?:${DAY_MONTH})`, 'giu'),
];

/** Phrases that give someone's date or year of birth: warned of, since they may be a martyr's or a founder's. */
export function findBirthDates(text: string): BirthDateMatch[] {
  if (!/sinh|SN/iu.test(text)) return [];
  const found: BirthDateMatch[] = [];
  for (const pattern of BIRTH_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1] as string;
      if (/^sinh/i.test(phrase) && NOT_BIRTH.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (found.some((m) => m.index === match.index)) continue;
      found.push({ phrase, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
