/**
 * Pagefind ignores accents (`hoa lu` finds "Hoa Lư") but not đ: U+0111 has no decomposition,
 * so `dua` never finds "đua". Pages and records therefore carry, as searchable metadata, their
 * words that contain đ/Đ written with d/D. Only those words, each once: the others are already
 * found through the body, and a short list keeps each result's fragment small.
 */

const WORD_WITH_D = /[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu;

/** Replace đ/Đ by d/D and nothing else ("Đồng Văn" → "Dồng Văn"). */
export function foldDStroke(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The words of the texts that contain đ or Đ, with d/D instead, lower case, each once. */
export function dStrokeWords(...texts: readonly (string | undefined)[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.normalize('NFC').matchAll(WORD_WITH_D)) words.add(foldDStroke(match[0]).toLowerCase());
  }
  return [...words].join(' ');
}
