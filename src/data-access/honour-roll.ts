/**
 * The honour roll: for each year, every recipient of a decision signed that year, grouped by
 * award and by unit. Proposals and revoked decisions are not on the roll.
 */
import { getRecipientRecords, type RecipientRecord } from './recipients.ts';
import { KIND_ORDER } from '../domain/recipients.ts';
import { compareNames, compareUnitNames } from '../domain/name-order.ts';
import { vietnamYear } from '../utils/dates.ts';

export type RollEntry = RecipientRecord;

export interface RollYear {
  year: number;
  total: number;
  /**
   * The achievement periods of the year's decisions ("2022", "2020–2022"), oldest first: a year's
   * roll lists the decisions signed that year, mostly for the year before.
   */
  periods: string[];
  /** Award name with class → its recipients, in name order. */
  byAward: { award: string; entries: RollEntry[] }[];
  /** Unit → its recipients; recipients whose unit is free text are grouped under that text. */
  byUnit: { unitId?: string | undefined; unitName: string; entries: RollEntry[] }[];
}

const kindRank = new Map(KIND_ORDER.map((kind, index) => [kind, index]));

/** As decisions list them: by kind, then by name; rows whose name is not published last (domain/recipients.ts). */
const byName = (a: RollEntry, b: RollEntry) =>
  (kindRank.get(a.row.kind) ?? 0) - (kindRank.get(b.row.kind) ?? 0) ||
  Number(a.row.nameHidden) - Number(b.row.nameHidden) ||
  (a.row.nameHidden ? 0 : compareNames(a.row, b.row));

export function groupRoll(year: number, entries: RollEntry[]): RollYear {
  const byAward = new Map<string, RollEntry[]>();
  const byUnit = new Map<string, { unitId?: string | undefined; unitName: string; entries: RollEntry[] }>();
  for (const entry of entries) {
    const list = byAward.get(entry.decision.award) ?? [];
    // push, not a spread copy: copying the list per entry was quadratic (21 s for 50,000 names).
    list.push(entry);
    byAward.set(entry.decision.award, list);
    const { unitName, listedUnit } = entry.row;
    if (!unitName) continue;
    const key = listedUnit ? listedUnit.id : `text:${unitName}`;
    const group = byUnit.get(key) ?? { unitId: listedUnit?.id, unitName, entries: [] };
    group.entries.push(entry);
    byUnit.set(key, group);
  }
  const periods = new Map(
    entries.map(({ decision }) => [decision.entry.data.period.label, decision.entry.data.period]),
  );
  return {
    year,
    total: entries.length,
    periods: [...periods.values()].sort((a, b) => a.start - b.start || a.end - b.end).map((p) => p.label),
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
  const byYear = new Map<number, RollEntry[]>();
  for (const record of await getRecipientRecords()) {
    if (record.decision.entry.data.status !== 'quyet-dinh') continue;
    const year = vietnamYear(record.decision.entry.data.signed);
    const list = byYear.get(year);
    if (list) list.push(record);
    else byYear.set(year, [record]);
  }
  return [...byYear].sort(([a], [b]) => b - a).map(([year, entries]) => groupRoll(year, entries));
}

/** Years with at least one decided award, newest first. */
export function getHonourRoll(): Promise<RollYear[]> {
  cached ??= load();
  return cached;
}
