/**
 * Text as old portals hand it over: NFD accents, `&nbsp;`, zero-width spaces and soft hyphens
 * pasted from Word, and paragraphs typed with the 8-bit TCVN3 or VNI fonts. Pure.
 */
import { detectLegacyEncoding, type LegacyDetection } from '../utils/legacy-encoding.ts';

/** Non-breaking and other odd spaces that read as a plain space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Characters nobody sees that split words: zero-width spaces and joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** NFC, odd spaces made plain, invisible characters removed (whitespace kept as it is). */
export function cleanInline(text: string): string {
  return text.normalize('NFC').replace(ODD_SPACES, ' ').replace(INVISIBLE, '');
}

/** A one-line field (title, caption, byline): cleaned, spaces collapsed, trimmed. */
export function cleanLine(text: string): string {
  return cleanInline(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Text typed with an old 8-bit font, or null. Looked for before cleaning: TCVN3 writes "ư" as
 * the soft hyphen U+00AD, which cleaning would remove.
 */
export function findLegacy(text: string): LegacyDetection | null {
  return detectLegacyEncoding(text.normalize('NFC'));
}

/** Cut a text at a word to at most `max` characters, with "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

/**
 * A lead within `max` characters, cut honestly: at the end of the last whole sentence that fits,
 * else at a word with "…". Says whether it was cut so the report can tell the officer.
 */
export function trimLead(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('! '));
  if (sentenceEnd > max / 2) return { text: head.slice(0, sentenceEnd + 1).trim(), cut: true };
  return { text: cutAtWord(text, max), cut: true };
}
