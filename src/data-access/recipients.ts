/**
 * Every recipient of every decision, a decision at a time: the honour roll, the unit pages, the
 * open data and the name index each go through the decisions' rows in one pass that keeps only
 * what it shows (a few hundred names under a heading, counts), so the build's memory does not
 * grow with the number of recipients.
 */
import { getDecisions, readDecisionRows, type Decision, type DecisionRows, type RecipientRow } from './awards.ts';
import { getUnitsById } from './units.ts';
import { LIST_LIMIT } from '../domain/recipients.ts';
import { RollGatherer, type RollYear } from '../domain/roll.ts';
import { vietnamYear } from '../utils/dates.ts';

/** One row of one decision. */
export interface RecipientRecord {
  decision: Decision;
  row: RecipientRow;
}

/**
 * Calls `visit` with each decision and its rows, in the decisions' order (newest first); the rows
 * are let go after each call.
 */
export async function forEachDecisionRows(
  visit: (decision: Decision, rows: DecisionRows) => void | Promise<void>,
  only: (decision: Decision) => boolean = () => true,
): Promise<void> {
  const [decisions, units] = await Promise.all([getDecisions(), getUnitsById()]);
  for (const decision of decisions) {
    if (only(decision)) await visit(decision, readDecisionRows(decision, units));
  }
}

/** A decision's rows that name one unit: the first LIST_LIMIT, and how many. */
export interface UnitRows {
  rows: RecipientRow[];
  count: number;
}

export interface RecipientLists {
  /** The honour roll, newest year first (decided awards only). */
  roll: RollYear<Decision, RecipientRow>[];
  /** Each decision's rows by the listed unit they name (units in the order their first row comes). */
  unitRows: Map<string, Map<string, UnitRows>>;
}

let lists: Promise<RecipientLists> | undefined;

async function gatherLists(): Promise<RecipientLists> {
  const roll = new RollGatherer<Decision, RecipientRow>();
  const unitRows = new Map<string, Map<string, UnitRows>>();
  await forEachDecisionRows((decision, { groups }) => {
    const rows = groups.flatMap((group) => group.rows);
    if (decision.entry.data.status === 'quyet-dinh') roll.add(vietnamYear(decision.entry.data.signed), decision, rows);
    const own = new Map<string, UnitRows>();
    for (const row of rows) {
      const id = row.listedUnit?.id;
      if (!id) continue;
      let list = own.get(id);
      if (!list) own.set(id, (list = { rows: [], count: 0 }));
      if (list.count++ < LIST_LIMIT) list.rows.push(row);
    }
    if (own.size) unitRows.set(decision.id, own);
  });
  return { roll: roll.result(), unitRows };
}

/** The honour roll and the units' rows, gathered in one pass over every decision's rows, once per build. */
export function getRecipientLists(): Promise<RecipientLists> {
  lists ??= gatherLists();
  return lists;
}
