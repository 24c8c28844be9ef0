/**
 * Builds the name index's files (layout in name-shard.ts) from every recipient's facts
 * (recipient-records.ts). Pure: returns file name → content; src/pages/tim-kiem/ten/ serves them.
 */
import {
  anchorOf,
  catalogueEntry,
  nameTokens,
  shardFile,
  INSIDE_CAP,
  SHARD_CAP,
  type DecisionRow,
  type RecordRow,
  type ShardJson,
} from '../name-shard.ts';
import type { RecipientFacts } from './recipient-records.ts';

interface Entry {
  facts: RecipientFacts;
  tokens: string[];
}

/** The award is written once when it has no class (the award shown is the award filter's value). */
function compactDecision(row: DecisionRow): DecisionRow {
  return row[3] === row[4] ? [row[0], row[1], row[2], '', row[4], row[5], row[6]] : row;
}

/** Records with their tables: each decision page, unit and kind written once per file. */
export function encodeRecords(records: readonly RecipientFacts[]): Pick<ShardJson, 'k' | 'd' | 'u' | 'r'> {
  const kinds = new Map<string, number>();
  const decisions = new Map<string, number>();
  const units = new Map<string, number>();
  const shard: Required<Pick<ShardJson, 'k' | 'd' | 'u' | 'r'>> = { k: [], d: [], u: [], r: [] };
  const indexOf = <T>(map: Map<string, number>, list: T[], key: string, value: T): number => {
    let index = map.get(key);
    if (index === undefined) {
      index = list.push(value) - 1;
      map.set(key, index);
    }
    return index;
  };
  for (const facts of records) {
    const row: RecordRow = [
      facts.name,
      indexOf(kinds, shard.k, facts.kind, facts.kind),
      // A page path names one decision page; its facts are the decision's.
      indexOf(decisions, shard.d, facts.decision[0], compactDecision(facts.decision)),
      facts.unit ? indexOf(units, shard.u, facts.unit.join('\n'), facts.unit) : -1,
    ];
    const anchor = facts.anchor === anchorOf(facts.name) ? '' : facts.anchor;
    if (anchor || facts.posthumous) row.push(anchor);
    if (facts.posthumous) row.push(1);
    shard.r.push(row);
  }
  if (!shard.u.length) return { k: shard.k, d: shard.d, r: shard.r };
  return shard;
}

/** One collator for the whole build: localeCompare with a locale builds one per call. */
const vietnamese = new Intl.Collator('vi');

/** Newest first, then by name: the order a file lists its records, and the page shows them. */
export function newestFirst(a: RecipientFacts, b: RecipientFacts): number {
  return b.decision[2].localeCompare(a.decision[2]) || vietnamese.compare(a.name, b.name);
}

function byDate(a: Entry, b: Entry): number {
  return newestFirst(a.facts, b.facts);
}

/**
 * @param cap names ending in a word that its file lists before it is split (SHARD_CAP).
 * @param insideCap names holding a word elsewhere that its file lists too (INSIDE_CAP).
 */
export function generateNameIndex(
  records: readonly RecipientFacts[],
  cap = SHARD_CAP,
  insideCap = INSIDE_CAP,
): Map<string, ShardJson> {
  const endingIn = new Map<string, Entry[]>();
  const inside = new Map<string, number>();
  /** The names holding a word elsewhere, kept only while they are few enough to list. */
  const insideNames = new Map<string, Entry[]>();
  for (const facts of records) {
    const tokens = nameTokens(facts.name);
    const last = tokens.at(-1);
    if (last === undefined) continue;
    const list = endingIn.get(last);
    if (list) list.push({ facts, tokens });
    else endingIn.set(last, [{ facts, tokens }]);
    for (const word of new Set(tokens.slice(0, -1))) {
      if (word === last) continue;
      const count = (inside.get(word) ?? 0) + 1;
      inside.set(word, count);
      if (count > insideCap) insideNames.delete(word);
      else if (count === 1) insideNames.set(word, [{ facts, tokens }]);
      else insideNames.get(word)?.push({ facts, tokens });
    }
  }

  const files = new Map<string, ShardJson>();
  /** A file's own records, then the names holding the word elsewhere when they are listed (`i`). */
  const withInside = (word: string, own: readonly Entry[], head: ShardJson): ShardJson => {
    const listed = (insideNames.get(word) ?? []).sort(byDate);
    const all = [...own, ...listed];
    return {
      ...head,
      ...(listed.length ? { i: listed.length } : {}),
      ...(all.length ? encodeRecords(all.map((e) => e.facts)) : {}),
    };
  };
  for (const word of new Set([...endingIn.keys(), ...inside.keys()])) {
    const entries = (endingIn.get(word) ?? []).sort(byDate);
    const n = inside.get(word);
    const head: ShardJson = n ? { n } : {};
    if (entries.length <= cap) {
      files.set(shardFile(word), withInside(word, entries, head));
      continue;
    }
    // Too many names end in this word: one file per other word of theirs (a name is in each of
    // its words' files), so any second word of the query narrows the download.
    const pairs = new Map<string, RecipientFacts[]>();
    // A one-word name has no other word: it stays in the word's own file.
    const alone = entries.filter((e) => e.tokens.length === 1);
    for (const { facts, tokens } of entries) {
      for (const other of new Set(tokens.slice(0, -1))) {
        const list = pairs.get(other);
        if (list) list.push(facts);
        else pairs.set(other, [facts]);
      }
    }
    const s: Record<string, number> = {};
    for (const [other, list] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
      s[other] = list.length;
      files.set(shardFile(word, other), encodeRecords(list));
    }
    files.set(shardFile(word), withInside(word, alone, { ...head, c: entries.length, s }));
  }
  return files;
}

/** The catalogue of these files (CATALOGUE_FILE): the word files' entries, sorted, space-separated. */
export function generateCatalogue(files: Iterable<string>): string {
  const entries: string[] = [];
  for (const file of files) {
    const entry = catalogueEntry(file);
    if (entry !== undefined) entries.push(entry);
  }
  return entries.sort().join(' ');
}
