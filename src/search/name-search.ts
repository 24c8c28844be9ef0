/**
 * A query against the name index (see name-shard.ts): which files to fetch, and which names of
 * them match. The fetching function is passed in, so this runs the same in the browser and in
 * the unit tests; it resolves to undefined for a file that does not exist (a word in no name).
 */
import { decodeShard, nameMatches, nameTokens, shardFile, type NameHit, type ShardJson } from './name-shard.ts';

/** Words of a query looked up at most: each is one small request. */
export const MAX_QUERY_WORDS = 6;

export interface NameResult {
  /** Recipients whose names hold every word of the query. */
  hits: NameHit[];
  /**
   * At most how many more names may hold every word without having been fetched: names that end
   * in none of the query's words ("nguyen van"), or end in a word whose names were not fetched
   * because no other word of the query narrowed them ("an" alone). 0 when none can be missing.
   */
  missing: number;
}

export type FetchShard = (file: string) => Promise<ShardJson | undefined>;

export async function searchNames(q: string, fetchShard: FetchShard): Promise<NameResult> {
  const tokens = nameTokens(q);
  const words = [...new Set(tokens)].slice(0, MAX_QUERY_WORDS);
  if (!words.length) return { hits: [], missing: 0 };
  const shards = await Promise.all(words.map((word) => fetchShard(shardFile(word))));
  // A word in no name: no name can hold every word.
  if (shards.some((shard) => shard === undefined)) return { hits: [], missing: 0 };

  let unresolved = 0;
  const parts = await Promise.all(
    shards.map(async (shard, i): Promise<NameHit[]> => {
      const word = words[i] as string;
      if (!shard?.s) return decodeShard(shard ?? {});
      // Split: the pair file of the query's rarest other word, if the query has one.
      const counts = shard.s;
      const other = words
        .filter((w) => w !== word && counts[w] !== undefined)
        .sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0))[0];
      // One-word names stay in the word's own file.
      const own = decodeShard(shard);
      if (other === undefined) {
        unresolved += (shard.c ?? 0) - own.length;
        return own;
      }
      return [...own, ...decodeShard((await fetchShard(shardFile(word, other))) ?? {})];
    }),
  );
  // A name ending in one query word is listed once, in that word's file; the pair files of two
  // words can list the same name only if it ends in both, which it cannot.
  const hits = parts.flat().filter((hit) => nameMatches(hit.name, words));
  const elsewhere = Math.min(...shards.map((shard) => shard?.n ?? 0));
  return { hits, missing: elsewhere + unresolved };
}
