/**
 * The honour roll of each year, gathered from the decisions' rows one decision at a time: for
 * each award and each unit, how many were honoured, the first LIST_LIMIT of them in the order
 * decisions list people (kind, then name), and the decisions they come from. Only decided awards
 * are on the roll (the caller passes only those). Pure.
 */
import { FirstInOrder } from './first-in-order.ts';
import { compareNames, compareUnitNames, type Sortable } from './name-order.ts';
import { KIND_ORDER, LIST_LIMIT } from './recipients.ts';

/** What the roll needs of a decision and of a row. */
export interface RollDecision {
  id: string;
  /** The award with its class, as shown. */
  award: string;
  /** Its achievement period ("2022", "2020–2022"). */
  entry: { data: { period: { label: string; start: number; end: number } } };
}
export interface RollRow extends Sortable {
  /** A withheld or minor row: its name is not published here, and it comes after the named ones. */
  nameHidden: boolean;
  unitName?: string | undefined;
  listedUnit?: { id: string } | undefined;
}

export interface RollEntry<D extends RollDecision, R extends RollRow> {
  decision: D;
  row: R;
}

export interface RollGroup<D extends RollDecision, R extends RollRow> {
  /** How many names are under the heading. */
  count: number;
  /** The first LIST_LIMIT of them, by kind then name. */
  entries: RollEntry<D, R>[];
  /** The decisions the names come from, newest first, with how many names each. */
  sources: { decision: D; count: number }[];
}

export interface RollYear<D extends RollDecision, R extends RollRow> {
  year: number;
  total: number;
  /**
   * The achievement periods of the year's decisions ("2022", "2020–2022"), oldest first: a year's
   * roll lists the decisions signed that year, mostly for the year before.
   */
  periods: string[];
  /** Award name with class → its recipients, the awards with most names first. */
  byAward: (RollGroup<D, R> & { award: string })[];
  /** Unit → its recipients; recipients whose unit is free text are grouped under that text. */
  byUnit: (RollGroup<D, R> & { unitId?: string | undefined; unitName: string })[];
}

const kindRank = new Map(KIND_ORDER.map((kind, index) => [kind, index]));

/** As decisions list them: by kind, then by name; rows whose name is not published last (domain/recipients.ts). */
const byName = <D extends RollDecision, R extends RollRow>(a: RollEntry<D, R>, b: RollEntry<D, R>) =>
  (kindRank.get(a.row.kind) ?? 0) - (kindRank.get(b.row.kind) ?? 0) ||
  Number(a.row.nameHidden) - Number(b.row.nameHidden) ||
  (a.row.nameHidden ? 0 : compareNames(a.row, b.row));

interface Gathering<D extends RollDecision, R extends RollRow> {
  first: FirstInOrder<RollEntry<D, R>>;
  sources: Map<string, { decision: D; count: number }>;
}

function gathering<D extends RollDecision, R extends RollRow>(): Gathering<D, R> {
  return { first: new FirstInOrder(LIST_LIMIT, byName), sources: new Map() };
}

function finish<D extends RollDecision, R extends RollRow>(g: Gathering<D, R>): RollGroup<D, R> {
  return { count: g.first.count, entries: g.first.items, sources: [...g.sources.values()] };
}

export class RollGatherer<D extends RollDecision, R extends RollRow> {
  private readonly years = new Map<
    number,
    {
      total: number;
      periods: Map<string, D['entry']['data']['period']>;
      byAward: Map<string, Gathering<D, R>>;
      byUnit: Map<string, Gathering<D, R> & { unitId?: string | undefined; unitName: string }>;
    }
  >();

  /**
   * One decided decision's rows, as its pages list them (by kind, then name): within one decision
   * a heading's names come in the roll's order, so once one is past the first LIST_LIMIT, the
   * rest of that decision's are too and are only counted.
   */
  add(year: number, decision: D, rows: Iterable<R>): void {
    let roll = this.years.get(year);
    if (!roll) this.years.set(year, (roll = { total: 0, periods: new Map(), byAward: new Map(), byUnit: new Map() }));
    const { period } = decision.entry.data;
    roll.periods.set(period.label, period);
    const full = new Set<Gathering<D, R>>();
    const put = (g: Gathering<D, R>, entry: RollEntry<D, R>) => {
      const source = g.sources.get(decision.id);
      if (source) source.count++;
      else g.sources.set(decision.id, { decision, count: 1 });
      if (full.has(g)) g.first.countOnly();
      else if (!g.first.offer(entry)) full.add(g);
    };
    for (const row of rows) {
      roll.total++;
      const entry = { decision, row };
      let award = roll.byAward.get(decision.award);
      if (!award) roll.byAward.set(decision.award, (award = gathering()));
      put(award, entry);
      const { unitName, listedUnit } = row;
      if (!unitName) continue;
      const key = listedUnit ? listedUnit.id : `text:${unitName}`;
      let unit = roll.byUnit.get(key);
      if (!unit) roll.byUnit.set(key, (unit = { ...gathering<D, R>(), unitId: listedUnit?.id, unitName }));
      put(unit, entry);
    }
  }

  /** Years with at least one name, newest first. */
  result(): RollYear<D, R>[] {
    return [...this.years]
      .sort(([a], [b]) => b - a)
      .map(([year, roll]) => ({
        year,
        total: roll.total,
        periods: [...roll.periods.values()].sort((a, b) => a.start - b.start || a.end - b.end).map((p) => p.label),
        byAward: [...roll.byAward]
          .map(([award, g]) => ({ award, ...finish(g) }))
          .sort((a, b) => b.count - a.count || a.award.localeCompare(b.award, 'vi')),
        byUnit: [...roll.byUnit.values()]
          .map((g) => ({ unitId: g.unitId, unitName: g.unitName, ...finish(g) }))
          .sort((a, b) => compareUnitNames(a.unitName, b.unitName)),
      }));
  }
}
