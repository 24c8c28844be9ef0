/**
 * Split a list into pages at `base`, `base/trang/2/`, … A page number lives in its own folder
 * (`trang/2`) so it can never collide with a story slug (`/tin-tuc/2/` would).
 */
import { pageOf } from '../routing/routes.ts';

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  url: string;
  prev?: string | undefined;
  next?: string | undefined;
}

export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    url: pageOf(base, i + 1),
    prev: i > 0 ? pageOf(base, i) : undefined,
    next: i + 1 < count ? pageOf(base, i + 2) : undefined,
  }));
}
