/**
 * Related stories without comparing every story with every other (O(n²) at 10,000 stories):
 * an inverted index by unit, tag and category, and for each story only the neighbours nearest
 * in time within each shared list. Pure.
 */
export interface RelatableStory {
  id: string;
  units: readonly string[];
  tags: readonly string[];
  category: string;
}

export interface RelatedOptions {
  /** How many related stories to keep. */
  limit?: number;
  /** How many neighbours on each side to look at in each shared list. */
  window?: number;
}

const WEIGHTS = { unit: 3, tag: 2, category: 1 } as const;

/**
 * @param stories newest first (the order of the site's lists).
 * @returns for each story id, the ids of its related stories, best first.
 */
export function relatedStories(
  stories: readonly RelatableStory[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const limit = options.limit ?? 4;
  const window = options.window ?? 12;
  const postings = new Map<string, number[]>();
  const keysOf = (story: RelatableStory): [string, number][] => [
    ...new Set(story.units).values().map((u): [string, number] => [`u:${u}`, WEIGHTS.unit]),
    ...new Set(story.tags.map((t) => t.toLocaleLowerCase('vi')))
      .values()
      .map((t): [string, number] => [`t:${t}`, WEIGHTS.tag]),
    [`c:${story.category}`, WEIGHTS.category],
  ];
  stories.forEach((story, index) => {
    for (const [key] of keysOf(story)) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const result = new Map<string, string[]>();
  stories.forEach((story, index) => {
    const scores = new Map<number, number>();
    for (const [key, weight] of keysOf(story)) {
      const list = postings.get(key) as number[];
      // Lists are in index order, so the story's own position is found by binary search.
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as number) < index) lo = mid + 1;
        else hi = mid;
      }
      for (let j = Math.max(0, lo - window); j <= Math.min(list.length - 1, lo + window); j++) {
        const other = list[j] as number;
        if (other !== index) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || Math.abs(a - index) - Math.abs(b - index) || a - b)
      .slice(0, limit)
      .map(([other]) => (stories[other] as RelatableStory).id);
    result.set(story.id, ranked);
  });
  return result;
}
