/**
 * Find the unit an annex row names ("Phường Hoa Lư", "UBND phường Hoa Lư", "phuong-hoa-lu",
 * a former name…) among the site's units, accents and case ignored.
 */
import { closestMatches, type Candidate } from '../validation/suggest.ts';
import { foldKey } from './headers.ts';

export interface KnownUnit {
  id: string;
  name: string;
  formerNames: string[];
}

/** Words an office puts before a unit's name that the unit file does not. */
const PREFIXES = /^(?:ubnd|uy ban nhan dan|hdnd|dang uy|dang bo)\s+/;
/** Type words at the start of a unit's name. */
const TYPES = /^(?:tinh|thanh pho|tp|huyen|thi xa|tx|quan|xa|phuong|dac khu|thi tran|tt)\s+/;

function keys(text: string): string[] {
  const key = foldKey(text).replace(/^tp\s+/, 'thanh pho ');
  const bare = key.replace(PREFIXES, '');
  return [...new Set([key, bare])];
}

export interface UnitMatcher {
  /** The unit id for a cell, or undefined when none matches exactly (accents and case aside). */
  match(cell: string): string | undefined;
  /** The closest units, as "id (Name)", for "did you mean". */
  suggest(cell: string): string[];
}

export function createUnitMatcher(units: KnownUnit[]): UnitMatcher {
  const exact = new Map<string, string>();
  const withoutType = new Map<string, string[]>();
  for (const unit of units) {
    exact.set(unit.id, unit.id);
    for (const name of [unit.name, ...unit.formerNames]) {
      for (const key of keys(name)) {
        if (!exact.has(key)) exact.set(key, unit.id);
        const bare = key.replace(TYPES, '');
        if (bare !== key) withoutType.set(bare, [...new Set([...(withoutType.get(bare) ?? []), unit.id])]);
      }
    }
  }
  const candidates: Candidate[] = units.map((unit) => ({
    value: unit.id,
    aliases: [unit.name, ...unit.formerNames],
    label: `${unit.id} (${unit.name})`,
  }));
  return {
    match(cell) {
      if (exact.has(cell.trim())) return exact.get(cell.trim());
      for (const key of keys(cell)) {
        const found = exact.get(key);
        if (found) return found;
        // "Hoa Lư" alone names "Phường Hoa Lư" when no other unit has that name.
        const bare = withoutType.get(key.replace(TYPES, ''));
        if (bare?.length === 1 && key.replace(TYPES, '') === key) return bare[0];
      }
      return undefined;
    },
    suggest(cell) {
      const stripped = keys(cell).at(-1) ?? cell;
      return closestMatches(stripped, candidates, 3);
    },
  };
}
