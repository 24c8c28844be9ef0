/** Units by id, loaded once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ID_PATTERN } from '../schemas/common.ts';

export type UnitEntry = CollectionEntry<'units'>;

let cached: Promise<Map<string, UnitEntry>> | undefined;

export function getUnitsById(): Promise<Map<string, UnitEntry>> {
  cached ??= getCollection('units').then((units) => new Map(units.map((unit) => [unit.id, unit])));
  return cached;
}

/** A recipient's unit as shown: the unit's name for an id, the text itself otherwise. */
export function unitLabel(value: string | undefined, units: Map<string, UnitEntry>): string | undefined {
  if (!value) return undefined;
  return ID_PATTERN.test(value) ? (units.get(value)?.data.name ?? value) : value;
}

/** A recipient's unit as a row shows it: the unit of content/units it names (linked), and its name as shown. */
export function rowUnit(
  value: string | undefined,
  units: Map<string, UnitEntry>,
): { unitName: string | undefined; listedUnit: UnitEntry | undefined } {
  const listedUnit = value && ID_PATTERN.test(value) ? units.get(value) : undefined;
  return { unitName: listedUnit?.data.name ?? value, listedUnit };
}
