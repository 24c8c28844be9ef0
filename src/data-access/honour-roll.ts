/**
 * The honour roll: for each year, every recipient of a decision signed that year, grouped by
 * award and by unit. Proposals and revoked decisions are not on the roll.
 */
import { getDecisions, type Decision, type RecipientRow } from './awards.ts';
import { getUnitsById, type UnitEntry } from './units.ts';
import { AWARD_CLASS_LABELS } from '../schemas/taxonomy.ts';
import { vietnamYear } from '../utils/dates.ts';
import { compareNames, compareUnitNames } from '../domain/name-order.ts';

export interface RollEntry {
  decision: Decision;
  row: RecipientRow;
}

export interface RollYear {
  year: number;
  total: number;
  /** Award name with class → its recipients, in name order. */
  byAward: { award: string; entries: RollEntry[] }[];
  /** Unit → its recipients; recipients whose unit is free text are grouped under that text. */
  byUnit: { unitId?: string | undefined; unitName: string; entries: RollEntry[] }[];
}

export function awardLabel(decision: Decision): string {
  const cls = decision.entry.data.class;
  return `${decision.type.name}${cls ? ` ${AWARD_CLASS_LABELS[cls]}` : ''}`;
}

export function groupRoll(year: number, entries: RollEntry[], units: Map<string, UnitEntry>): RollYear {
  const byAward = new Map<string, RollEntry[]>();
  const byUnit = new Map<string, { unitId?: string | undefined; unitName: string; entries: RollEntry[] }>();
  for (const entry of entries) {
    const award = awardLabel(entry.decision);
    const list = byAward.get(award) ?? [];
    // push, not a spread copy: copying the list per entry was quadratic (21 s for 50,000 names).
    list.push(entry);
    byAward.set(award, list);
    const raw = entry.row.unit;
    if (!raw) continue;
    const unit = units.get(raw);
    const key = unit ? unit.id : `text:${raw}`;
    const group = byUnit.get(key) ?? { unitId: unit?.id, unitName: unit?.data.name ?? raw, entries: [] };
    group.entries.push(entry);
    byUnit.set(key, group);
  }
  // Collectives first, then individuals, then households, as decisions list them.
  const kindOrder = { 'tap-the': 0, 'ca-nhan': 1, 'ho-gia-dinh': 2 };
  const byName = (a: RollEntry, b: RollEntry) =>
    kindOrder[a.row.kind] - kindOrder[b.row.kind] || compareNames(a.row, b.row);
  return {
    year,
    total: entries.length,
    byAward: [...byAward]
      .map(([award, list]) => ({ award, entries: list.sort(byName) }))
      .sort((a, b) => b.entries.length - a.entries.length || a.award.localeCompare(b.award, 'vi')),
    byUnit: [...byUnit.values()]
      .map((group) => ({ ...group, entries: group.entries.sort(byName) }))
      .sort((a, b) => compareUnitNames(a.unitName, b.unitName)),
  };
}

let cached: Promise<RollYear[]> | undefined;

async function load(): Promise<RollYear[]> {
  const [decisions, units] = await Promise.all([getDecisions(), getUnitsById()]);
  const byYear = new Map<number, RollEntry[]>();
  for (const decision of decisions) {
    if (decision.entry.data.status !== 'quyet-dinh') continue;
    const year = vietnamYear(decision.entry.data.signed);
    const list = byYear.get(year) ?? [];
    for (const group of decision.groups) for (const row of group.rows) list.push({ decision, row });
    byYear.set(year, list);
  }
  return [...byYear].sort(([a], [b]) => b - a).map(([year, entries]) => groupRoll(year, entries, units));
}

/** Years with at least one decided award, newest first. */
export function getHonourRoll(): Promise<RollYear[]> {
  cached ??= load();
  return cached;
}

export const rollUrl = (year?: number): string => (year ? `/bang-vang/${year}/` : '/bang-vang/');
