/**
 * Pagefind ignores accents (`hoa lu` finds "Hoa Lư") but not đ: U+0111 has no decomposition,
 * so `dua` never finds "đua". Pages and records therefore carry, as searchable metadata, their
 * words that contain đ/Đ written with d/D. Only those words, each once: the others are already
 * found through the body, and a short list keeps each result's fragment small.
 */

/** A word; the words with đ are picked from these (a pattern with đ in the middle backtracks on every word). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Replace đ/Đ by d/D and nothing else ("Đồng Văn" → "Dồng Văn"). */
export function foldDStroke(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The words of the texts that contain đ or Đ, with d/D instead, lower case, each once. */
export function dStrokeWords(...texts: readonly (string | undefined)[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text || !/[đĐ]/u.test(text)) continue;
    for (const [word] of text.normalize('NFC').matchAll(WORD)) {
      if (word.includes('đ') || word.includes('Đ')) words.add(foldDStroke(word).toLowerCase());
    }
  }
  return [...words].join(' ');
}
