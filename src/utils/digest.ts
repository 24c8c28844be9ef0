/**
 * A short digest of a value made of plain data, for the build's caches (page cache keys, reusable
 * search and open-data files). Maps and Sets count by their entries. A content entry counts by its
 * collection, id and digest (Astro's hash of its source files): its data and body are what that
 * source says, so hashing them again would only cost time.
 */
import { createHash } from 'node:crypto';

function isContentEntry(value: object): value is { collection: string; id: string; digest: string } {
  const entry = value as { collection?: unknown; id?: unknown; digest?: unknown; data?: unknown };
  return (
    typeof entry.collection === 'string' &&
    typeof entry.id === 'string' &&
    typeof entry.digest === 'string' &&
    typeof entry.data === 'object'
  );
}

function replacer(_key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map) return ['Map', ...value];
  if (value instanceof Set) return ['Set', ...value];
  if (isContentEntry(value)) return `${value.collection}:${value.id}@${value.digest}`;
  return value;
}

export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, replacer) ?? '')
    .digest('base64url')
    .slice(0, 22);
}
