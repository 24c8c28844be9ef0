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
 * đ → d. Used for "did you mean" suggestions and (later) search keys.
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
