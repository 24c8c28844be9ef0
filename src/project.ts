/**
 * Where things are. The content folder can be pointed elsewhere with BANG_VANG_CONTENT
 * (the tests build fixture sites that way).
 */
export const CONTENT_DIR = process.env['BANG_VANG_CONTENT'] ?? 'content';
/** The award taxonomy, from the project root; BANG_VANG_TAXONOMY names another (tests of a change to it). */
export const TAXONOMY_FILE = process.env['BANG_VANG_TAXONOMY'] ?? 'src/data/award-taxonomy.yaml';
/** One file per year of the days off the government fixes or swaps (src/calendar/). */
export const HOLIDAYS_DIR = 'src/data/holidays';
/** The folder of story pages (`/tin-tuc/<slug>/`): the search puts older stories in its archive. */
export const STORY_ROUTE = 'tin-tuc';
/**
 * Node's heap limit (MB) the README advises for a roll near a million recipients, set with
 * NODE_OPTIONS=--max-old-space-size=1100 (with MALLOC_ARENA_MAX=2, which keeps glibc from holding
 * freed memory in one arena per thread). The build's live data fits under it (1,000 did not: the
 * verification files' first group ran out); with Node's default limit (about a quarter of the
 * machine's memory, at most 4 GB) V8 lets garbage grow toward the limit before collecting, and the
 * process passes 3 GB. The benchmark's 1m size builds with both (docs/benchmark.md).
 */
export const LARGE_ROLL_HEAP_MB = 1100;
