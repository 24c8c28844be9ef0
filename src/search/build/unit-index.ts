/**
 * Recipients found under their unit's name. A query that names a unit of the unit list as it is
 * called now or was called before ("thua thien hue": Thành phố Huế, formerly Tỉnh Thừa Thiên
 * Huế) lists that unit's records too, the way its unit page does, so that "who in my ward got a
 * Bằng khen in 2023" is one search with two filters, under the ward's old name as well.
 *
 * Layout, in the name index's folder (name-shard.ts): the file of the last word of each of the
 * unit's names (current and former) names the unit (ShardJson `g`: its id, record count and
 * names, fetched by every query with that word anyway); the unit's own file `dv-<id>.json` holds its records,
 * newest first. Past UNIT_FILE_CAP records it holds instead each year's count (`s`, `c`), and each
 * year has its file `dv-<id>.<year>.json`, so a query downloads only the years it shows. Every
 * other word of a unit's names gets a file too (empty when no name holds it): a query word with no
 * file means that no name and no unit holds it. `don-vi.json` maps each unit's present name to its
 * ids, for a search with the unit filter and no words.
 *
 * Only units of the unit list: a free-text unit ("Trường THCS Nguyễn Du") has no page and no id.
 * A unit's predecessors keep their own records and their own entries (their names find them).
 * Pure; src/pages/tim-kiem/ten/ serves the files with the name index.
 */
import { newestFirst, encodeRecords } from './name-index.ts';
import { nameTokens, shardFile, UNIT_FILE_CAP, unitFile, type ShardJson, type UnitEntry } from '../name-shard.ts';
import type { RecipientFacts } from './recipient-records.ts';

interface Unit {
  names: string[];
  records: RecipientFacts[];
}

/**
 * The records files of every unit with recipients, and each word's unit entries.
 * @param formerNamesOf a listed unit's former names, by its id.
 */
export function generateUnitIndex(
  records: readonly RecipientFacts[],
  formerNamesOf: (id: string) => readonly string[],
  cap = UNIT_FILE_CAP,
): {
  files: Map<string, ShardJson>;
  entries: Map<string, UnitEntry[]>;
  words: Set<string>;
  /** Present name → ids (name-shard.ts, UNIT_DIRECTORY_FILE): two units may share a name ("Phường 1"). */
  directory: Record<string, string[]>;
} {
  const units = new Map<string, Unit>();
  for (const facts of records) {
    const id = facts.unit?.[1];
    if (!id) continue;
    let unit = units.get(id);
    if (!unit) {
      unit = { names: [facts.unit?.[0] ?? '', ...formerNamesOf(id)], records: [] };
      units.set(id, unit);
    }
    unit.records.push(facts);
  }

  const files = new Map<string, ShardJson>();
  const entries = new Map<string, UnitEntry[]>();
  const words = new Set<string>();
  const directory: Record<string, string[]> = {};
  for (const [id, { names, records }] of [...units].sort(([a], [b]) => (a < b ? -1 : 1))) {
    (directory[names[0] ?? id] ??= []).push(id);
    records.sort(newestFirst);
    if (records.length <= cap) {
      files.set(unitFile(id), encodeRecords(records));
    } else {
      const years = new Map<string, RecipientFacts[]>();
      for (const facts of records) {
        const year = facts.decision[2].slice(0, 4);
        const list = years.get(year);
        if (list) list.push(facts);
        else years.set(year, [facts]);
      }
      const s: Record<string, number> = {};
      for (const [year, list] of years) {
        s[year] = list.length;
        files.set(unitFile(id, year), encodeRecords(list));
      }
      files.set(unitFile(id), { c: records.length, s });
    }
    const entry: UnitEntry = [id, records.length, ...(names as [string, ...string[]])];
    for (const name of new Set(names)) {
      const tokens = nameTokens(name);
      const last = tokens.at(-1);
      if (last === undefined) continue;
      const list = entries.get(last);
      if (!list) entries.set(last, [entry]);
      else if (!list.includes(entry)) list.push(entry);
      for (const word of tokens) words.add(word);
    }
  }
  return { files, entries, words, directory };
}

/**
 * The name index with the units added: each unit entry in its word's file, an empty file for a
 * word of a unit's name that no recipient's name holds, and the units' records files.
 */
export function withUnits(
  nameFiles: ReadonlyMap<string, ShardJson>,
  units: ReturnType<typeof generateUnitIndex>,
): Map<string, ShardJson> {
  const out = new Map(nameFiles);
  for (const word of units.words) {
    const file = shardFile(word);
    if (!out.has(file)) out.set(file, {});
  }
  for (const [word, list] of units.entries) {
    const file = shardFile(word);
    out.set(file, { ...out.get(file), g: list });
  }
  for (const [file, shard] of units.files) out.set(file, shard);
  return out;
}
