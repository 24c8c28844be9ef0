/** "Did you mean …?": the valid values closest to what was typed, accents and case ignored. */
import { distance } from 'fastest-levenshtein';
import { foldVietnamese } from '../utils/text.ts';

export interface Candidate {
  /** The value to suggest (an id). */
  value: string;
  /** Other texts it may have been typed as (a unit's name and former names). */
  aliases?: string[];
  /** How to show it: "phuong-hoa-lu (Phường Hoa Lư)". */
  label?: string;
}

function key(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Up to `max` candidates whose value or alias is within an edit distance proportional to its
 * length, or which contain what was typed (or are contained in it).
 */
export function closestMatches(input: string, candidates: readonly (string | Candidate)[], max = 3): string[] {
  const typed = key(input);
  if (!typed) return [];
  const scored: { label: string; score: number }[] = [];
  for (const raw of candidates) {
    const candidate = typeof raw === 'string' ? { value: raw } : raw;
    let best = Infinity;
    for (const text of [candidate.value, ...(candidate.aliases ?? [])]) {
      const other = key(text);
      if (!other) continue;
      const d = distance(typed, other);
      const limit = Math.max(2, Math.ceil(Math.max(typed.length, other.length) * 0.35));
      let score = d <= limit ? d : Infinity;
      if (
        score === Infinity &&
        (other.includes(typed) || typed.includes(other)) &&
        Math.min(typed.length, other.length) >= 3
      ) {
        score = limit + Math.abs(other.length - typed.length) / 10;
      }
      best = Math.min(best, score);
    }
    if (best !== Infinity) scored.push({ label: candidate.label ?? candidate.value, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.label.localeCompare(b.label))
    .slice(0, max)
    .map((entry) => entry.label);
}
