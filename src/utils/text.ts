/**
 * Text helpers shared by the loaders, the validator and the pages. Pure functions, no I/O.
 */

/** Normalize every string in a parsed YAML/CSV value to NFC, recursively. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeDeep(item);
    return out as T;
  }
  return value;
}

/**
 * Fold a Vietnamese string for loose comparison: lower case, tones and marks removed,
 * đ → d. Used for "did you mean" suggestions, search keys and matching names.
 * NFD splits tone marks off their letters; đ has no decomposition so it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Characters that copy-paste from Word or web pages brings in and that make two equal-looking
 * names differ: zero-width space/joiners, BOM, soft hyphen.
 */
export const INVISIBLE_CHARACTERS = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;

/** Describe a character for an error message: `U+200B`. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with each invisible character written out: "Nguyễn[U+200B] Thị Hoa". */
export function showInvisible(text: string): string {
  return text.replace(new RegExp(INVISIBLE_CHARACTERS.source, 'gu'), (char) => `[${codePointLabel(char)}]`);
}

/**
 * Invisible characters in running text (a story's body), ignoring the zero-width joiner inside
 * emoji sequences, where it belongs (👨‍👩‍👧). Returns the first one's index and how many there are.
 */
export function findInvisible(text: string): { index: number; char: string; count: number } | undefined {
  let first: { index: number; char: string } | undefined;
  let count = 0;
  for (const match of text.matchAll(new RegExp(INVISIBLE_CHARACTERS.source, 'gu'))) {
    const index = match.index;
    if (match[0] === '\u200D' && /\p{Extended_Pictographic}/u.test(text.slice(Math.max(0, index - 2), index))) continue;
    count += 1;
    first ??= { index, char: match[0] };
  }
  return first ? { ...first, count } : undefined;
}
