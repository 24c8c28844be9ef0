/**
 * Every recipient of every decision, a decision at a time: the honour roll, the unit pages, the
 * open data and the name index each go through the decisions' rows in one pass that keeps only
 * what it shows (a few hundred names under a heading, counts), so the build's memory does not
 * grow with the number of recipients.
 */
import { getDecisions, readDecisionRows, type Decision, type DecisionRows, type RecipientRow } from './awards.ts';
import { readRecipients } from '../io/recipient-store.ts';
import type { Recipient } from '../schemas/recipient.ts';
import { codeRows, type CodeRecipient } from '../verify/assign-codes.ts';
import { getUnitsById } from './units.ts';
import { LIST_LIMIT, withAnchors } from '../domain/recipients.ts';
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
  visit: (decision: Decision, rows: DecisionRows, inFileOrder: readonly Recipient[]) => void | Promise<void>,
): Promise<void> {
  const [decisions, units] = await Promise.all([getDecisions(), getUnitsById()]);
  for (const decision of decisions) {
    const inFileOrder = readRecipients(decision.entry.data.recipients);
    await visit(decision, readDecisionRows(decision, units, inFileOrder), inFileOrder);
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
  /**
   * What each decision's verification codes are drawn from (verify/assign-codes.ts), its rows in
   * file order with their anchors: data-access/verify.ts assigns the codes.
   */
  codeInput: Map<string, { rows: CodeRecipient[]; anchors: string[] }>;
}

let lists: Promise<RecipientLists> | undefined;

async function gatherLists(): Promise<RecipientLists> {
  const roll = new RollGatherer<Decision, RecipientRow>();
  const unitRows = new Map<string, Map<string, UnitRows>>();
  const codeInput = new Map<string, { rows: CodeRecipient[]; anchors: string[] }>();
  await forEachDecisionRows((decision, { groups }, inFileOrder) => {
    codeInput.set(decision.id, {
      rows: codeRows(inFileOrder),
      anchors: withAnchors(inFileOrder).map((row) => row.anchor),
    });
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
  return { roll: roll.result(), unitRows, codeInput };
}

/**
 * The honour roll, the units' rows and the input of the verification codes, gathered in one pass
 * over every decision's rows, once per build.
 */
export function getRecipientLists(): Promise<RecipientLists> {
  lists ??= gatherLists();
  return lists;
}
