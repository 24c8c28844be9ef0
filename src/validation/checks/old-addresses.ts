/**
 * An old address (`redirectFrom`) leads to one story only: two stories claiming the same old
 * path would make the redirect pick one at random. Compared as the old portal's server would:
 * the path exactly, the query string's parameters in any order.
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import type { SiteContext, ValidatedEntry } from '../types.ts';

/** The same old address written two ways ("?id=5&catid=2", "?catid=2&id=5") compares equal. */
export function oldAddressKey(path: string): string {
  const [pathname = '', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  params.sort();
  const sorted = params.toString();
  return sorted ? `${pathname}?${sorted}` : pathname;
}

export function checkOldAddresses({ entries, locate }: SiteContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, ValidatedEntry>();
  for (const entry of entries) {
    if (entry.collection !== 'articles') continue;
    const addresses = entry.data['redirectFrom'];
    if (!Array.isArray(addresses)) continue;
    addresses.forEach((address: string, index) => {
      const key = oldAddressKey(address);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, entry);
        return;
      }
      if (earlier === entry) return;
      diagnostics.push(
        error({
          ...locate(entry)(['redirectFrom', index]),
          field: `redirectFrom.${index}`,
          vi: `Địa chỉ cũ này đã dẫn tới bài ${earlier.path}: mỗi địa chỉ cũ chỉ dẫn tới một bài. Xóa dòng ở một trong hai bài.`,
          en: `This old address already leads to ${earlier.path}: an old address leads to one story only. Remove it from one of the two.`,
          found: JSON.stringify(address),
        }),
      );
    });
  }
  return diagnostics;
}
