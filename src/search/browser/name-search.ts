/**
 * A query against the name index (see name-shard.ts): which files to fetch, and which names of
 * them match. The fetching function is passed in, so this runs the same in the browser and in
 * the unit tests; it resolves to undefined for a file that does not exist (a word in no name).
 */
import { titleMatch } from './query-state.ts';
import {
  catalogueEntry,
  decodeShard,
  nameMatches,
  nameTokens,
  shardFile,
  unitFile,
  type NameHit,
  type ShardJson,
  type UnitEntry,
} from '../name-shard.ts';

/** Words of a query looked up at most: each is one small request. */
export const MAX_QUERY_WORDS = 6;

/** Units whose records a query lists at most ("nam dinh": the province, the city and the ward). */
export const MAX_UNITS = 3;

/** A unit the query names (unit-index.ts), and its records as fetched. */
export interface UnitMatch {
  id: string;
  /** Its current name. */
  name: string;
  /** 2: the query is one of its names; 0: chosen in the unit filter, without words. */
  level: 0 | 2;
  /** Its records: all of them, or those of the years fetched. */
  hits: NameHit[];
  /** Its records of other years, not fetched (no year was chosen): the reader can choose one. */
  more: number;
}

export interface NameResult {
  /** Recipients whose names hold every word of the query. */
  hits: NameHit[];
  /**
   * At most how many more names may hold every word without having been fetched: names that end
   * in none of the query's words ("nguyen van" where both words are in more than INSIDE_CAP
   * names), or end in a word whose names were not fetched because no other word of the query
   * narrowed them ("an" alone). 0 when none can be missing.
   */
  missing: number;
  /** The units the query names, best match first. */
  units: UnitMatch[];
}

export type FetchShard = (file: string) => Promise<ShardJson | undefined>;

/**
 * The units of these files' entries that the query names: it is one of their names, current or
 * former, with or without the kind of unit ("hoa lu" names Phường Hoa Lư, not Phường Nam Hoa
 * Lư; "thua thien hue" names Thành phố Huế, once Tỉnh Thừa Thiên Huế). A query that only shares
 * words with a unit ("an") lists none of its records. At most MAX_UNITS: those whose present full
 * name is the query first, then present names without their kind, then former names; among
 * equals, the units with more records.
 */
function namedUnits(shards: readonly (ShardJson | undefined)[], q: string): { entry: UnitEntry; level: 2 }[] {
  const entries = new Map<string, UnitEntry>();
  for (const shard of shards) for (const entry of shard?.g ?? []) entries.set(entry[0], entry);
  const query = nameTokens(q).join(' ');
  const rank = ([, , name, ...former]: UnitEntry): number => {
    if (nameTokens(name).join(' ') === query) return 0;
    if (titleMatch(name, q) === 2) return 1;
    return former.some((old) => titleMatch(old, q) === 2) ? 2 : 3;
  };
  return [...entries.values()]
    .map((entry) => ({ entry, rank: rank(entry) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || b.entry[1] - a.entry[1] || (a.entry[0] < b.entry[0] ? -1 : 1))
    .slice(0, MAX_UNITS)
    .map(({ entry }) => ({ entry, level: 2 }));
}

/**
 * A unit's records: its file, or when it is split by year the chosen years' files (`years`), or
 * without a choice the newest year's (the oldest's when the results are sorted oldest first),
 * counting the others.
 */
async function unitRecords(
  { entry, level }: { entry: UnitEntry; level: 0 | 2 },
  fetchShard: FetchShard,
  { years = [], oldestFirst = false }: UnitOptions,
): Promise<UnitMatch | undefined> {
  const [id, , name] = entry;
  const file = await fetchShard(unitFile(id));
  if (!file) return undefined;
  if (!file.s) return { id, name, level, hits: decodeShard(file), more: 0 };
  const held = Object.keys(file.s).sort().reverse();
  // Without a year chosen, the year a date sort shows first: the newest, or the oldest.
  const wanted = years.length ? held.filter((year) => years.includes(year)) : [held.at(oldestFirst ? -1 : 0) ?? ''];
  const parts = await Promise.all(wanted.map((year) => fetchShard(unitFile(id, year))));
  const hits = parts.flatMap((part) => (part ? decodeShard(part) : []));
  return { id, name, level, hits, more: years.length ? 0 : (file.c ?? 0) - hits.length };
}

/** Which of a split unit's year files to fetch: the years chosen in the filters, and the sort. */
export interface UnitOptions {
  years?: readonly string[] | undefined;
  oldestFirst?: boolean | undefined;
}

/**
 * @param options.years, options.oldestFirst which of a split unit's year files to fetch (UnitOptions).
 * @param options.catalogue the word files that exist (CATALOGUE_FILE), when it could be read: a
 *   word without one is known to be in no name without asking.
 */
export async function searchNames(
  q: string,
  fetchShard: FetchShard,
  options: UnitOptions & { catalogue?: ReadonlySet<string> | undefined } = {},
): Promise<NameResult> {
  const tokens = nameTokens(q);
  const distinct = [...new Set(tokens)];
  // A long query keeps its last word: the file that names a unit is that of its name's last word.
  const last = tokens.at(-1) ?? '';
  const words =
    distinct.length <= MAX_QUERY_WORDS || distinct.slice(0, MAX_QUERY_WORDS).includes(last)
      ? distinct.slice(0, MAX_QUERY_WORDS)
      : [...distinct.slice(0, MAX_QUERY_WORDS - 1).filter((word) => word !== last), last];
  if (!words.length) return { hits: [], missing: 0, units: [] };
  const { catalogue } = options;
  if (catalogue && words.some((word) => !catalogue.has(catalogueEntry(shardFile(word)) ?? '')))
    return { hits: [], missing: 0, units: [] };
  const shards = await Promise.all(words.map((word) => fetchShard(shardFile(word))));
  // A word in no name and no unit's name: none can hold every word.
  if (shards.some((shard) => shard === undefined)) return { hits: [], missing: 0, units: [] };
  // The units named are fetched while the names' pair files are.
  const units = Promise.all(namedUnits(shards, q).map((m) => unitRecords(m, fetchShard, options)));

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
        // Those ending in the word that this file lists: its one-word names, not the names listed inside.
        unresolved += (shard.c ?? 0) - (own.length - (shard.i ?? 0));
        return own;
      }
      return [...own, ...decodeShard((await fetchShard(shardFile(word, other))) ?? {})];
    }),
  );
  // A name is listed in the file of the word it ends in, and in the files of its other words
  // that list their few names holding them elsewhere (`i`): once each, by its row's address.
  const seen = new Set<string>();
  const hits = parts.flat().filter((hit) => {
    if (seen.has(hit.url) || !nameMatches(hit.name, words)) return false;
    seen.add(hit.url);
    return true;
  });
  // A name holding every word but ending in none is in every word's inside count, and listed
  // wherever a word's file lists those names: then none is missing.
  const elsewhere = Math.min(...shards.map((shard) => (shard?.i ? 0 : (shard?.n ?? 0))));
  return {
    hits,
    missing: elsewhere + unresolved,
    units: (await units).filter((unit): unit is UnitMatch => unit !== undefined),
  };
}

/**
 * A search without words but with units chosen in the filter: those units' records, found through
 * the unit directory (UNIT_DIRECTORY_FILE, present name → ids), the years chosen or the newest.
 * A name the directory lacks (a unit with no records) gives nothing.
 */
export async function searchUnits(
  names: readonly string[],
  fetchDirectory: () => Promise<Readonly<Record<string, readonly string[]>> | undefined>,
  fetchShard: FetchShard,
  options: UnitOptions = {},
): Promise<NameResult> {
  const directory = names.length ? await fetchDirectory() : undefined;
  // Units of the same name ("Phường 1" of two provinces) are one value of the filter: all are listed.
  const chosen = names.flatMap((name) =>
    (directory?.[name] ?? []).map((id) => ({ entry: [id, 0, name] as UnitEntry, level: 0 as const })),
  );
  const units = await Promise.all(chosen.map((m) => unitRecords(m, fetchShard, options)));
  return { hits: [], missing: 0, units: units.filter((unit): unit is UnitMatch => unit !== undefined) };
}

/**
 * The hits to list: the names found, then the records of the units named that are not among
 * them (a collective named like its unit), with the set of those, which rank after the names.
 */
export function listedHits(result: NameResult): { hits: NameHit[]; byUnit: Set<NameHit> } {
  const seen = new Set(result.hits.map((hit) => hit.url));
  const byUnit = new Set<NameHit>();
  for (const unit of result.units) {
    for (const hit of unit.hits) {
      if (seen.has(hit.url)) continue;
      seen.add(hit.url);
      byUnit.add(hit);
    }
  }
  return { hits: [...result.hits, ...byUnit], byUnit };
}
