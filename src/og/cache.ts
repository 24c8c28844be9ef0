/**
 * The persistent card cache: one PNG per cache key, in `<Astro cacheDir>/og/` (node_modules/.astro/og
 * by default; BANG_VANG_CACHE moves it, and fixture builds use their own). The key is a sha256 of
 *   - the drawing version: the source of every file in src/og that takes part in drawing, the
 *     satori, resvg and sharp versions and the font files (so a template edit or font update redraws);
 *   - the card's fields, as canonical JSON (keys sorted), with a portrait replaced by a hash of
 *     its bytes (the file's path is not drawn and differs between machines).
 * A build where nothing drawn changed finds every key and renders nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardModel } from './cards.ts';
import { fontsHash } from './fonts.ts';
import sharp from 'sharp';

/** Files of src/og that do not draw anything: editing them must not redraw every card. */
const NOT_DRAWING = new Set(['cache.ts', 'pool.ts', 'worker.ts', 'service.ts']);

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted and undefined values left out: equal cards give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') && !NOT_DRAWING.has(entry.name) ? [path] : [];
    })
    .sort();
}

let version: string | undefined;

/** Everything besides a card's fields that decides its pixels, as one hash. */
export function drawingVersion(): string {
  if (version) return version;
  const require = createRequire(import.meta.url);
  const packageVersion = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const hash = createHash('sha256');
  for (const file of sourceFiles(dir)) hash.update(file.slice(dir.length)).update(readFileSync(file));
  hash.update(
    `satori@${packageVersion('satori')} resvg@${packageVersion('@resvg/resvg-js')} sharp@${sharp.versions.sharp} imagequant@${sharp.versions.imagequant} fonts@${fontsHash()}`,
  );
  version = hash.digest('hex');
  return version;
}

/** Portrait hashes by path, size and modification time: an edited picture is hashed again (dev server). */
const portraitHashes = new Map<string, string>();

/** The cache key of a card. */
export function cacheKey(card: CardModel, drawing = drawingVersion()): string {
  let fields: unknown = card;
  if (card.kind === 'exemplar' && card.portrait) {
    const { path } = card.portrait;
    const { size, mtimeMs } = statSync(path);
    const memo = `${path}\n${size}\n${mtimeMs}`;
    let bytes = portraitHashes.get(memo);
    if (!bytes) {
      bytes = sha256(readFileSync(path));
      portraitHashes.set(memo, bytes);
    }
    fields = { ...card, portrait: { sha256: bytes } };
  }
  return sha256(`${drawing}\n${canonicalJson(fields)}`);
}

/**
 * The fields of every card the last build used, by cache key: what each PNG says, readable where
 * the PNG is not (tests check that a withheld name is on no card; a person can find which card is
 * which). It stays in the cache folder and is never published.
 */
export const MANIFEST_FILE = 'cards.json';

/** PNG files named by their cache key. */
export class CardCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  /** Written beside and renamed into place, so a build killed halfway never leaves half a PNG under a key. */
  write(key: string, png: Uint8Array): void {
    const temporary = `${this.file(key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, this.file(key));
  }

  /** The fields of the cards of a complete build, replacing the last build's (MANIFEST_FILE). */
  writeManifest(cards: ReadonlyMap<string, CardModel>): void {
    const keys = [...cards.keys()].sort();
    writeFileSync(
      join(this.dir, MANIFEST_FILE),
      `{${keys.map((k) => `\n"${k}":${canonicalJson(cards.get(k))}`).join(',')}\n}\n`,
    );
  }

  /** Delete every image whose key is not in `keep` (cards that changed or went away). */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const key = name.replace(/\.png$/, '');
      if ((name.endsWith('.png') && keep.has(key)) || name === MANIFEST_FILE) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}
