/**
 * A short digest of a value made of plain data, for the build's caches (page cache keys, reusable
 * search and open-data files). Maps and Sets count by their entries. A content entry counts by its
 * collection, id and digest (Astro's hash of its source files: its data and body are what that
 * source says), and the pictures its data names by their files' bytes (a page shows a picture's
 * size and a hash of its content in its address, which the source does not say). Only its file's path is read of the picture's metadata:
 * reading any other field tells Astro the page uses the original picture, which it then
 * publishes beside the optimised ones (astro/dist/assets/utils/proxy.js).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

function isContentEntry(value: object): value is { collection: string; id: string; digest: string; data: unknown } {
  const entry = value as { collection?: unknown; id?: unknown; digest?: unknown; data?: unknown };
  return (
    typeof entry.collection === 'string' &&
    typeof entry.id === 'string' &&
    typeof entry.digest === 'string' &&
    typeof entry.data === 'object'
  );
}

const fileDigests = new Map<string, string>();

/** A file's bytes as a digest, remembered by its path, size and modification time. */
export function fileDigest(path: string): string {
  const { size, mtimeMs } = statSync(path);
  const memo = `${path}\n${size}\n${mtimeMs}`;
  let digest = fileDigests.get(memo);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(path)).digest('base64url');
    fileDigests.set(memo, digest);
  }
  return digest;
}

/** The pictures a content entry's data names (objects with a file path), without reading anything else of them. */
function pictures(value: unknown, found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null || value instanceof Date) return found;
  const fsPath = (value as { fsPath?: unknown }).fsPath;
  if (typeof fsPath === 'string') found.push(`${fsPath}:${fileDigest(fsPath)}`);
  else for (const item of Array.isArray(value) ? value : Object.values(value)) pictures(item, found);
  return found;
}

/**
 * Objects many pages show (a content entry, a decision and what hangs off it) are digested once
 * per build and then stand for themselves by their digest: a site's keys are then derived in a
 * few seconds, not in the time of serialising every story once per page that lists it.
 */
const known = new WeakMap<object, string>();

function hasEntry(value: object): boolean {
  const entry = (value as { entry?: unknown }).entry;
  return typeof entry === 'object' && entry !== null && isContentEntry(entry);
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) return value;
  const memo = known.get(value);
  if (memo !== undefined) return memo;
  if (value instanceof Map) return ['Map', ...value];
  if (value instanceof Set) return ['Set', ...value];
  const fsPath = (value as { fsPath?: unknown }).fsPath;
  if (typeof fsPath === 'string') return { picture: fsPath, bytes: fileDigest(fsPath) };
  if (isContentEntry(value)) {
    const token = `${value.collection}:${value.id}@${value.digest}|${pictures(value.data).join('|')}`;
    known.set(value, token);
    return token;
  }
  if (hasEntry(value) && _key !== '') {
    const token = digestOf(value);
    known.set(value, token);
    return token;
  }
  return value;
}

export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, replacer) ?? '')
    .digest('base64url')
    .slice(0, 22);
}
