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

/** A unit found in a cell, and under which of its names. */
export interface UnitMatch {
  id: string;
  /** The unit's present name. */
  name: string;
  /** The former name the cell used, when it used one ("Tỉnh Thừa Thiên Huế" for tp-hue). */
  formerName?: string | undefined;
}

export interface UnitMatcher {
  /** The unit id for a cell, or undefined when none matches exactly (accents and case aside). */
  match(cell: string): string | undefined;
  /** The unit a text names exactly, by its present or a former name, with or without its type word. */
  find(text: string): UnitMatch | undefined;
  /** The closest units, as "id (Name)", for "did you mean". */
  suggest(cell: string): string[];
}

export function createUnitMatcher(units: KnownUnit[]): UnitMatcher {
  const exact = new Map<string, string>();
  /** Folded names (no "UBND" taken off) → the unit and, for a former name, that name. */
  const named = new Map<string, UnitMatch>();
  for (const unit of units) {
    named.set(foldKey(unit.name), { id: unit.id, name: unit.name });
    for (const former of unit.formerNames) {
      if (!named.has(foldKey(former))) named.set(foldKey(former), { id: unit.id, name: unit.name, formerName: former });
    }
  }
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
    find(text) {
      const key = foldKey(text).replace(/^tp\s+/, 'thanh pho ');
      return named.get(key);
    },
    suggest(cell) {
      const stripped = keys(cell).at(-1) ?? cell;
      return closestMatches(stripped, candidates, 3);
    },
  };
}

/** Words a unit's name starts with: where the unit part of "Chức vụ, đơn vị công tác" begins. */
const UNIT_START = /^(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|dac khu|thi tran)\s/;

export interface PositionAndUnit {
  position?: string | undefined;
  unit?: UnitMatch | undefined;
  /** The unit part as written ("phường Hoa Lư"). */
  unitText?: string | undefined;
}

/**
 * Split "Chức vụ, đơn vị công tác" into the position and a known unit: the longest tail of the
 * text that starts with a unit's type word (phường, xã, tỉnh…) and names a unit of the site, by
 * its present or a former name. The organ before it stays in the position ("Chủ tịch UBND" +
 * phường Hoa Lư): "Chủ tịch UBND" and "Chủ tịch HĐND" are different posts. No unit found: the
 * whole text is the position.
 */
export function splitPositionUnit(text: string, units: UnitMatcher): PositionAndUnit {
  const words = text.split(' ');
  for (let start = 0; start < words.length; start++) {
    const tail = words
      .slice(start)
      .join(' ')
      .replace(/^[,;:–—-]+\s*/u, '');
    if (!UNIT_START.test(`${foldKey(tail)} `)) continue;
    const unit = units.find(tail);
    if (!unit) continue;
    const position = words
      .slice(0, start)
      .join(' ')
      .replace(/[\s,;:–—-]+$/u, '');
    return { ...(position ? { position } : {}), unit, unitText: tail };
  }
  return { position: text };
}
