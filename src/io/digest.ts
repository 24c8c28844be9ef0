/**
 * A short digest of a value made of plain data, for the build's caches (page cache keys, reusable
 * search and open-data files). Maps and Sets count by their entries. A content entry counts by its
 * collection, id, digest (Astro's hash of its source files: its body is what that source says)
 * and its data. A picture in the data counts by its file's bytes: the page shows its size and a
 * hash of its content in its address. Only its file's path is read of the picture's metadata:
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
function fileDigest(path: string): string {
  const { size, mtimeMs } = statSync(path);
  const memo = `${path}\n${size}\n${mtimeMs}`;
  let digest = fileDigests.get(memo);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(path)).digest('base64url');
    fileDigests.set(memo, digest);
  }
  return digest;
}

function replacer(_key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map) return ['Map', ...value];
  if (value instanceof Set) return ['Set', ...value];
  const fsPath = (value as { fsPath?: unknown }).fsPath;
  if (typeof fsPath === 'string') return { picture: fsPath, bytes: fileDigest(fsPath) };
  if (isContentEntry(value)) return { entry: `${value.collection}:${value.id}@${value.digest}`, data: value.data };
  return value;
}

export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, replacer) ?? '')
    .digest('base64url')
    .slice(0, 22);
}
