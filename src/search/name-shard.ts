/**
 * The name index: every recipient of every decision, found by name without Pagefind. A Pagefind
 * record per recipient cost every first query about 8 bytes per recipient (its page table) and
 * long posting lists for common name words; these small JSON files cost a name query a few KB.
 *
 * Layout, under /tim-kiem/ten/: one file per folded word of any name (`an.json` for "An", "Ấn",
 * "Ăng" is `ang.json`). A word's file lists the names that END in it (the given name of a person;
 * the last word of a collective) and counts the names that contain it elsewhere, so a query of
 * only common words ("nguyen van") can say how many names it would have to download and ask for
 * the given name instead. When too many names end in a word, its file lists instead the other
 * words of those names with their counts, and each (last word, other word) pair has its own file
 * (`an.nguyen.json`: the names ending in "An" that contain "Nguyễn"): a query for "nguyen van an"
 * fetches `nguyen.json`, `van.json`, `an.json`, then the smallest of `an.nguyen.json` and
 * `an.van.json`. A word in no name (and no unit's name: unit-index.ts) has no file, and is not in
 * the catalogue (CATALOGUE_FILE), so the page never asks for it.
 *
 * Each file carries what a result shows, in tables so that a decision's facts are written once
 * per file: see ShardJson. Pure, and bundled into the search page's script: no imports beyond
 * the folding helper and its memo.
 */
import { boundedMemo } from '../utils/bounded-memo.ts';
import { foldVietnamese } from '../utils/text.ts';

/** The files' folder in the output folder (the base path is not a folder). */
export const NAME_INDEX_DIR = 'tim-kiem/ten/';

/**
 * Where the search page's script finds them, under the site's base path (Astro's BASE_URL, which
 * Vite writes into the script): one expression, folded into a plain string (scopes.ts).
 */
export const NAME_INDEX_PATH = `${import.meta.env?.BASE_URL ?? '/'}${NAME_INDEX_DIR}`;

/**
 * The catalogue of the word files (names without `.json`, space-separated, as one JSON string):
 * the search page reads it once, with Pagefind, and asks only for files that exist. A word with
 * no file would cost a request answered by the host's 404 page (about 4 KB on most hosts) and an
 * error in the console. Vietnamese names are written with a few thousand syllables, so it stays
 * small (see docs/benchmark.md). Its name holds a hyphen, which no word's file does.
 */
export const CATALOGUE_FILE = 'danh-muc.json';

/**
 * The units with records by their present name (the unit filter's values) → id: read only by a
 * search with the unit filter and no words, to list the chosen units' records (unit-index.ts).
 */
export const UNIT_DIRECTORY_FILE = 'don-vi.json';

/** Records a file may list before it is split by the names' other words. */
export const SHARD_CAP = 300;

/**
 * Names holding a word elsewhere than last that its file lists too, at most. Past that it only
 * counts them (`n`), and a query of such words alone ("nguyen van" on a real site: thousands)
 * asks for the given name; under it ("nguyen van" on a small site: four people) the names are
 * listed. Twenty is two pages of results, and under 1 KB compressed added to a rare word's file.
 */
export const INSIDE_CAP = 20;

/**
 * Records a unit's file may list before it is split by year: about 9 bytes a record compressed,
 * so at most some 14 KB, three units' files within a later query's 50 KB.
 */
export const UNIT_FILE_CAP = 1500;

/** A decision page as the records of one file refer to it. */
export type DecisionRow = [
  /** Path of the decision page holding the rows (`/khen-thuong/x/trang-2/`). */
  path: string,
  /** Decision number: "156/QĐ-UBND". */
  decision: string,
  /** Date signed, `YYYY-MM-DD` in Vietnam. */
  date: string,
  /** Award with its class, as shown: "Huân chương Lao động hạng Ba"; '' when it is awardName (no class). */
  award: string,
  /** Award without class, the award filter's value. */
  awardName: string,
  /** Conferring level, the level filter's value: "Cơ sở". */
  level: string,
  /** Status label when the decision is not a plain one ("Đề nghị", "Đã thu hồi"), else ''. */
  status: string,
];

/** A recipient's unit: its name as shown, and its id when it is in the unit list ('' for free text). */
export type UnitRow = [name: string, id: string];

/**
 * A unit of the unit list that has recipients, in the file of the last word of its name and of
 * each former name (unit-index.ts): its id, how many records it has (in its file, or in its
 * year files when split), its name, then its former names.
 */
export type UnitEntry = [id: string, records: number, name: string, ...formerNames: string[]];

/**
 * One recipient: name; index into `k` (kind label); index into `d`; index into `u` or -1; then,
 * only when needed, the anchor (when it is not anchorOf(name), e.g. a namesake's `-2`) and 1
 * for a posthumous award.
 */
export type RecordRow = [name: string, kind: number, decision: number, unit: number, anchor?: string, posthumous?: 1];

export interface ShardJson {
  /** Names that contain the word but not as their last word (absent when none). */
  n?: number;
  /**
   * When those names are few (n ≤ INSIDE_CAP): they are the last `i` records of `r` (after the
   * names ending in the word), so that a query of such words lists them. Absent otherwise.
   */
  i?: number;
  /** Names ending in the word, when they are split into pair files. */
  c?: number;
  /**
   * When split: each other word of those names → how many of them contain it (a unit's records
   * file: each year → its records, one file a year).
   */
  s?: Record<string, number>;
  /** Units whose name or a former name ends in the word (unit-index.ts). */
  g?: UnitEntry[];
  /** Kind labels ("Cá nhân"), decisions and units the records refer to. */
  k?: string[];
  d?: DecisionRow[];
  u?: UnitRow[];
  r?: RecordRow[];
}

/** A recipient as the search page shows and filters it. */
export interface NameHit {
  name: string;
  posthumous: boolean;
  kind: string;
  url: string;
  decision: string;
  date: string;
  award: string;
  awardName: string;
  level: string;
  status: string;
  unit: string;
  unitId: string;
}

/**
 * A word's folded pieces, remembered: 100,000 names are written with a few thousand distinct
 * words, and folding (NFD, then marks removed) was the name index's largest cost after writing.
 * The folded word is split again, so that the words are exactly those of the whole text folded
 * and then split (tests/unit/properties.test.ts checks it on any text).
 */
const foldedPieces = boundedMemo(
  (word: string) =>
    foldVietnamese(word)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  50_000,
);

/** The folded words of a text, in order ("Đặng Thị Ngọc Thủy" → dang, thi, ngoc, thuy). */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .flatMap((word) => (word ? foldedPieces(word) : []));
}

/**
 * The anchor a name gets on its decision page when it has no namesake there: the same as
 * slugVi for names in Vietnamese and Latin letters. Other anchors are stored in the record.
 */
export function anchorOf(name: string): string {
  return nameTokens(name).join('-');
}

/** A word as a file name: itself when plain ASCII, else its code points (Chinese, Lao…). */
function fileWord(word: string): string {
  return /^[a-z0-9]+$/.test(word) ? word : `_${[...word].map((c) => c.codePointAt(0)?.toString(36)).join('_')}`;
}

/** The file of a word, or of a (last word, other word) pair: `an.json`, `an.nguyen.json`. */
export function shardFile(last: string, other?: string): string {
  return `${fileWord(last)}${other === undefined ? '' : `.${fileWord(other)}`}.json`;
}

/** The catalogue's entry for a word file (`an.json` → `an`); undefined for other files. */
export function catalogueEntry(file: string): string | undefined {
  return /^([a-z0-9]+|_[a-z0-9_]+)\.json$/.exec(file)?.[1];
}

/**
 * The records file of a unit, or of one year of its records when it has too many for one file:
 * `dv-phuong-dong-van.json`, `dv-phuong-dong-van.2023.json`. A word's file never holds a hyphen,
 * so the two kinds of file cannot meet in the one folder.
 */
export function unitFile(id: string, year?: string): string {
  return `dv-${id}${year === undefined ? '' : `.${year}`}.json`;
}

/** The records of a file, resolved against its tables. */
export function decodeShard(shard: ShardJson): NameHit[] {
  const kinds = shard.k ?? [];
  const decisions = shard.d ?? [];
  const units = shard.u ?? [];
  return (shard.r ?? []).map(([name, kind, decision, unit, anchor, posthumous]) => {
    const d = decisions[decision] ?? ['', '', '', '', '', '', ''];
    const u = units[unit];
    return {
      name,
      posthumous: posthumous === 1,
      kind: kinds[kind] ?? '',
      url: `${d[0]}#${anchor || anchorOf(name)}`,
      decision: d[1],
      date: d[2],
      award: d[3] || d[4],
      awardName: d[4],
      level: d[5],
      status: d[6],
      unit: u?.[0] ?? '',
      unitId: u?.[1] ?? '',
    };
  });
}

/** Whether a name has every word of the query (folded, in any order). */
export function nameMatches(name: string, queryTokens: readonly string[]): boolean {
  const words = new Set(nameTokens(name));
  return queryTokens.every((token) => words.has(token));
}

/**
 * How well a name matches the query: 2 when it is the query, 1 when it holds the query's words
 * in order, 0 when it holds them in another order.
 */
export function nameMatchLevel(name: string, queryTokens: readonly string[]): 0 | 1 | 2 {
  const words = nameTokens(name).join(' ');
  const query = queryTokens.join(' ');
  if (words === query) return 2;
  return ` ${words} `.includes(` ${query} `) ? 1 : 0;
}
