/**
 * Every recipient of every decision as one list, derived once per build from the decisions
 * (awards.ts): the honour roll, the unit pages, the open data and the name index all read it.
 */
import { getDecisions, type Decision, type RecipientRow } from './awards.ts';

/** One row of one decision. */
export interface RecipientRecord {
  decision: Decision;
  row: RecipientRow;
}

let cached: Promise<RecipientRecord[]> | undefined;

/** In the decisions' order (newest first), each decision's rows in its own order. */
export function getRecipientRecords(): Promise<RecipientRecord[]> {
  cached ??= getDecisions().then((decisions) =>
    decisions.flatMap((decision) => decision.groups.flatMap((group) => group.rows.map((row) => ({ decision, row })))),
  );
  return cached;
}
