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
