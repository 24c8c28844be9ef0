/**
 * Vietnamese name order. Official lists of people go by given name (the last word), then the
 * rest; collectives and units by their name without the type prefix ("Phường Đông A" under Đ).
 * Intl.Collator('vi') knows the alphabet (a ă â b c d đ e ê …) and treats tones as a weaker
 * difference; plain sort or 'en' would put "Đức" before "Dũng".
 */
import { UNIT_TYPE_LABELS } from '../i18n/labels.ts';

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

/** Words that open a collective's name but say only what kind of body it is. */
const PREFIXES = [
  ...Object.values(UNIT_TYPE_LABELS),
  'Ủy ban nhân dân',
  'UBND',
  'Nhân dân và cán bộ',
  'Tập thể',
  'Hộ gia đình',
  'Gia đình',
  'Trường',
]
  .map((p) => p.toLocaleLowerCase('vi'))
  .sort((a, b) => b.length - a.length);

function stripPrefixes(name: string): string {
  let rest = name.trim();
  for (let changed = true; changed;) {
    changed = false;
    const lower = rest.toLocaleLowerCase('vi');
    for (const prefix of PREFIXES) {
      if (lower.startsWith(`${prefix} `)) {
        rest = rest.slice(prefix.length).trim();
        changed = true;
        break;
      }
    }
  }
  return rest;
}

export interface Sortable {
  name: string;
  kind: 'ca-nhan' | 'tap-the' | 'ho-gia-dinh';
  sortKey?: string | undefined;
}

function computeSortKey(item: Sortable): string {
  if (item.sortKey) return item.sortKey;
  const key = stripPrefixes(item.name);
  if (item.kind === 'tap-the') return key;
  const words = key.split(/\s+/);
  const given = words.pop() ?? '';
  return [given, ...words].join(' ');
}

// Sorting 100,000 recipients compares each one about 17 times: remember each item's key rather
// than strip prefixes and split its name on every comparison.
const keys = new WeakMap<Sortable, string>();

/** The key a person or collective is filed under: given name first for people. */
export function sortKeyOf(item: Sortable): string {
  let key = keys.get(item);
  if (key === undefined) {
    key = computeSortKey(item);
    keys.set(item, key);
  }
  return key;
}

export function compareNames(a: Sortable, b: Sortable): number {
  return compareVietnamese(sortKeyOf(a), sortKeyOf(b)) || compareVietnamese(a.name, b.name);
}

/**
 * The items in name order (compareNames), equal ones in the order given. Each key is computed
 * once, into an array: a decision's rows are sorted in every pass over them (pages, lists, open
 * data, lookups), and at 100,000 rows looking keys up in a WeakMap on each comparison cost more
 * than the comparisons.
 */
export function sortByName<T extends Sortable>(items: readonly T[]): T[] {
  const sortKeys = items.map(computeSortKey);
  const order = Array.from(items.keys());
  order.sort(
    (a, b) =>
      collator.compare(sortKeys[a] as string, sortKeys[b] as string) ||
      collator.compare((items[a] as T).name, (items[b] as T).name) ||
      a - b,
  );
  return order.map((i) => items[i] as T);
}

const unitKeys = new Map<string, string>();

function unitKeyOf(name: string): string {
  let key = unitKeys.get(name);
  if (key === undefined) {
    key = stripPrefixes(name);
    unitKeys.set(name, key);
  }
  return key;
}

/** Units by name without their type prefix. */
export function compareUnitNames(a: string, b: string): number {
  return compareVietnamese(unitKeyOf(a), unitKeyOf(b)) || compareVietnamese(a, b);
}
