/**
 * Which pages go into which Pagefind bundle. A reader's first query downloads Pagefind's page
 * table (a hash and a word count for every page of the bundle) and the index chunks of its words,
 * both growing with the number of pages. So the search is split in two:
 *
 * - the main bundle (`/pagefind/`): every decision, unit, exemplar, cluster and movement, and the
 *   newest stories, up to MAIN_BUNDLE_PAGES pages in all: what most searches are for, at a cost
 *   that stays the same however large the archive grows;
 * - the archive bundle (`/pagefind/luu-tru/`): the older stories, searched only when the reader
 *   asks for them (or picks a year, or the oldest-first order, that needs them).
 *
 * A site with fewer pages than that has one bundle, and no archive. Pure: the build reads the
 * pages (io/read-indexed-pages.ts); the search page reads the manifest this plans.
 */

/**
 * Pages in the main bundle. On the 10k-story benchmark, 2,500 gave a first query of 130 KB but a
 * later one of four common words 54 KB; 2,000 gives 117 and 42 KB (docs/benchmark.md).
 */
export const MAIN_BUNDLE_PAGES = 2000;

/** The bundles' folders and the manifest, in the output folder (the base path is not a folder). */
export const MAIN_BUNDLE_DIR = 'pagefind/';
export const ARCHIVE_BUNDLE_DIR = 'pagefind/luu-tru/';
export const SCOPES_MANIFEST_FILE = 'pagefind/pham-vi.json';

/**
 * Where the search page's script finds them: under the site's base path ('/' or
 * '/thi-dua-tinh/', Astro's BASE_URL, which Vite writes into the script). Each is written out as
 * one expression, the folder repeated, so that the bundler folds it into a plain string (with
 * the folder constant in it, it did not): a site at '/' gets the same script byte for byte.
 */
export const MAIN_BUNDLE_PATH = `${import.meta.env?.BASE_URL ?? '/'}pagefind/`;
export const SCOPES_MANIFEST = `${import.meta.env?.BASE_URL ?? '/'}pagefind/pham-vi.json`;

/** A page of the built site that Pagefind should index. */
export interface IndexedPage {
  /** Path of its HTML file inside the output folder (`tin-tuc/x/index.html`). */
  file: string;
  /** Whether it is a story (only stories go to the archive). */
  story: boolean;
  /** Its sort date (`YYYY-MM-DD`, or `YYYY`), as written for Pagefind; '' when it has none. */
  date: string;
}

/** What the search page learns from /pagefind/pham-vi.json. */
export interface ScopesManifest {
  /** The older stories' bundle, or null when every page is in the main bundle. */
  archive: {
    /** Its address, base path included (`/thi-dua-tinh/pagefind/luu-tru/`). */
    path: string;
    /** Stories in it. */
    stories: number;
    /** Its newest and oldest story dates, `YYYY-MM-DD`. */
    newest: string;
    oldest: string;
  } | null;
}

export interface ScopePlan {
  main: string[];
  archive: string[];
  manifest: ScopesManifest;
}

/**
 * Where the archive starts, from the `keep` newest stories that fit: at the start of a month, so
 * that new stories, a new decision or a few more units leave the archive as it was until a month
 * of stories has moved out of the main bundle (a build can then reuse the archive's index).
 * The main bundle holds fewer stories than fit, by less than a month's. When that would leave it
 * fewer than `minStories` (or none: one month holds more than fit), at the end of a day instead:
 * one day is never split between the bundles, so "older than" holds for the whole archive.
 */
function monthBoundary(stories: readonly IndexedPage[], keep: number, minStories: number): number {
  const month = stories[keep]?.date.slice(0, 7) ?? '';
  let start = keep;
  while (start > 0 && stories[start - 1]?.date.slice(0, 7) === month) start--;
  if (start > 0 && start >= minStories) return start;
  let end = keep;
  while (end < stories.length && end > 0 && stories[end]?.date === stories[end - 1]?.date) end++;
  return end;
}

/**
 * Splits the pages: all but stories to the main bundle, then the newest stories while there is

 * room (at least `minStories`, a fifth of the bundle unless told), up to the start of a month
 * (monthBoundary), the rest to the archive: only stories older than every story of the main bundle. `base` is
 * the site's base path, for the archive's address in the manifest.
 */
export function planScopes(
  pages: readonly IndexedPage[],
  options: { mainPages?: number; minStories?: number; base?: string } = {},
): ScopePlan {
  const mainPages = options.mainPages ?? MAIN_BUNDLE_PAGES;
  // However many other pages there are, a fifth of the main bundle is kept for stories.
  const minStories = options.minStories ?? Math.floor(mainPages / 5);
  const others = pages.filter((page) => !page.story).map((page) => page.file);
  // Newest first; the file name breaks ties so that the plan does not depend on reading order.
  const stories = pages
    .filter((page) => page.story)
    .sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
  let keep = Math.max(minStories, mainPages - others.length);
  if (keep >= stories.length)
    return { main: [...others, ...stories.map((s) => s.file)], archive: [], manifest: { archive: null } };
  keep = monthBoundary(stories, keep, minStories);
  const kept = stories.slice(0, keep);
  const archived = stories.slice(keep);
  if (!archived.length)
    return { main: [...others, ...kept.map((s) => s.file)], archive: [], manifest: { archive: null } };
  return {
    main: [...others, ...kept.map((s) => s.file)],
    archive: archived.map((s) => s.file),
    manifest: {
      archive: {
        path: `${options.base ?? '/'}${ARCHIVE_BUNDLE_DIR}`,
        stories: archived.length,
        newest: archived[0]?.date ?? '',
        oldest: archived.at(-1)?.date ?? '',
      },
    },
  };
}

/**
 * Whether a search needs the archive: asked for, sorted oldest first, or filtered to a year the
 * archive holds stories of. Undefined manifest (not loaded) or no archive: never.
 */
export function needsArchive(
  manifest: ScopesManifest | undefined,
  state: { old: boolean; sort: string; years: readonly string[] },
): boolean {
  const archive = manifest?.archive;
  if (!archive) return false;
  if (state.old || state.sort === 'cu-nhat') return true;
  const newestYear = archive.newest.slice(0, 4);
  return state.years.some((year) => year <= newestYear);
}

/**
 * A glob that matches exactly these files (paths inside the output folder), for Pagefind's
 * addDirectory: it finds and reads them itself, about twice as fast as being handed each page,
 * and a list of thousands of alternatives costs it well under a second (measured at 10k).
 */
export function filesGlob(files: readonly string[]): string {
  const escaped = files.map((file) => file.replace(/[\\{}[\]*?,!]/g, '\\$&'));
  return escaped.length === 1 ? (escaped[0] ?? '') : `{${escaped.join(',')}}`;
}
