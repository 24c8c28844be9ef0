/**
 * Values handed between the integrations and the code Astro runs through Vite (content loaders,
 * pages, endpoints). A static build runs both in one process, but Vite loads its own instance of
 * every module, so a module-level variable is not shared: the hand-off goes through globalThis,
 * under a well-known symbol per value. This relies on Astro rendering a static build in the
 * process that runs the integrations' hooks (tests/unit/astro-adapter.test.ts and every fixture
 * build check it). Imports nothing at run time, so bundling a page pulls in nothing else.
 */
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { ShareImageRenderer } from '../og/renderer.ts';
import type { ParsedEntry } from '../parsing/entry.ts';
import type { ShardJson } from '../search/name-shard.ts';
import type { IndexedPage } from '../search/scopes.ts';

/** One value on globalThis, under `Symbol.for('bang-vang.<name>')`. */
function slot<T>(name: string): { get(): T | undefined; set(value: T | undefined): void } {
  const key = Symbol.for(`bang-vang.${name}`);
  const holder = globalThis as { [key: symbol]: T | undefined };
  return { get: () => holder[key], set: (value) => (holder[key] = value) };
}

// ── The content check's parsed files, for the loaders (parsing each file once, not twice).

type Parsed = Extract<ParsedEntry, { ok: true }>;

interface ParsedFile {
  text: string;
  raw: Parsed['raw'];
  body: Parsed['body'];
  csvText: string | undefined;
}

const parsedFiles = slot<Map<string, ParsedFile>>('parsed-entries');

/**
 * Called by the check (in the integration, `astro:config:setup`) for every file it parsed
 * without error. A loader takes an entry only when the file's text is exactly what the check
 * parsed, and takes it once; anything else it parses itself.
 */
export function offerParsed(path: string, text: string, entry: Parsed): void {
  let files = parsedFiles.get();
  if (!files) parsedFiles.set((files = new Map()));
  files.set(path, { text, raw: entry.raw, body: entry.body, csvText: entry.csv?.text });
}

/** The parsed entry of a file whose text has not changed since the check, at most once. */
export function takeParsed(path: string, text: string): ParsedFile | undefined {
  const files = parsedFiles.get();
  const file = files?.get(path);
  if (!file) return undefined;
  files?.delete(path);
  return file.text === text ? file : undefined;
}

/** Forget whatever was not taken (the dev server re-reads files as they change). */
export function clearParsed(): void {
  parsedFiles.get()?.clear();
}

// ── The share-image renderer (worker threads, which Vite cannot bundle), for the /og/ endpoint.

const renderer = slot<ShareImageRenderer>('share-images');

export function provideShareImageRenderer(value: ShareImageRenderer | undefined): void {
  renderer.set(value);
}

export function shareImageRenderer(): ShareImageRenderer {
  const value = renderer.get();
  if (!value) {
    throw new Error(
      'Chưa có bộ vẽ ảnh chia sẻ: thiếu shareImages() trong astro.config.mjs / the share-image renderer is missing: add shareImages() to astro.config.mjs',
    );
  }
  return value;
}

// ── What the search index covers, from the data layer, for the search integration.

export interface SearchHandoff {
  /** The pages Pagefind indexes, with their dates. */
  pages: readonly IndexedPage[];
  /** The name index's files (search/name-shard.ts), and the files about them (catalogue, unit directory). */
  names: ReadonlyMap<string, ShardJson>;
  extras: Readonly<Record<string, unknown>>;
  /** Recipients of decisions in the name index (for the build log). */
  recipients: number;
  /** People and collectives proposed in public comment notices, also in the name index. */
  proposed: number;
}

const search = slot<SearchHandoff>('search');

export function provideSearch(value: SearchHandoff | undefined): void {
  search.set(value);
}

/** What the data layer handed over, once. */
export function takeSearch(): SearchHandoff | undefined {
  const value = search.get();
  search.set(undefined);
  return value;
}

// ── The site's clock and working days, read once by the content check, for the notices' status.

export interface NoticeClock {
  /** The site's now (BANG_VANG_NOW or the real time), the same for every page of a build. */
  now: Date;
  /** Working days from the holiday files the check validated. */
  calendar: WorkingCalendar;
}

const clock = slot<NoticeClock>('notice-clock');

export function provideNoticeClock(value: NoticeClock | undefined): void {
  clock.set(value);
}

export function noticeClock(): NoticeClock {
  const value = clock.get();
  if (!value) {
    throw new Error(
      'Chưa có đồng hồ và lịch ngày làm việc: thiếu contentGuard() trong astro.config.mjs / the clock and working days are missing: add contentGuard() to astro.config.mjs',
    );
  }
  return value;
}
