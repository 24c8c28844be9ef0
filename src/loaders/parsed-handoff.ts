/**
 * Hands the files the content check has already parsed to the loaders, so a build parses each
 * YAML document and CSV annex once, not twice (at 10,000 stories and 100,000 recipients the
 * second parse cost seconds and held a second copy of everything in memory).
 *
 * The check runs in the integration (`astro:config:setup`) and the loaders run from
 * content.config.ts, which Astro loads through Vite: the two see different instances of every
 * module, so the hand-off goes through one well-known global. A loader takes an entry only
 * when the file's text is exactly what the check parsed, and takes it once; anything else it
 * parses itself.
 */
import type { ParsedEntry } from '../parsing/entry.ts';

type Parsed = Extract<ParsedEntry, { ok: true }>;

interface Handoff {
  text: string;
  raw: Parsed['raw'];
  body: Parsed['body'];
  csvText: string | undefined;
}

const KEY = Symbol.for('bang-vang.parsed-entries');
const slot = globalThis as { [KEY]?: Map<string, Handoff> };

/** Called by the check for every file it parsed without error. */
export function offerParsed(path: string, text: string, entry: Parsed): void {
  slot[KEY] ??= new Map();
  slot[KEY].set(path, { text, raw: entry.raw, body: entry.body, csvText: entry.csv?.text });
}

/** The parsed entry of a file whose text has not changed since the check, at most once. */
export function takeParsed(path: string, text: string): Handoff | undefined {
  const handoff = slot[KEY]?.get(path);
  if (!handoff) return undefined;
  slot[KEY]?.delete(path);
  return handoff.text === text ? handoff : undefined;
}

/** Forget whatever was not taken (the dev server re-reads files as they change). */
export function clearParsed(): void {
  slot[KEY]?.clear();
}
