/** Every page of every decision, with the decision that replaced it, listed once per build. */
import { getDecisions, type Decision, type RecipientRow } from './awards.ts';
import { getNoticesByDecision, type Notice } from './consultations.ts';
import type { RecipientPage } from '../domain/recipients.ts';

export type DecisionPageProps = {
  decision: Decision;
  /** The decision that revoked or corrected it (supersededBy). */
  successor: Decision | undefined;
  /** The public comment notices that preceded it (their `outcome.decision` names it). */
  consulted: Notice[];
  /** The page of its recipients this page shows. */
  page: RecipientPage<RecipientRow>;
};

let cached: Promise<DecisionPageProps[]> | undefined;

export function getDecisionPages(): Promise<DecisionPageProps[]> {
  cached ??= Promise.all([getDecisions(), getNoticesByDecision()]).then(([decisions, notices]) => {
    const byId = new Map(decisions.map((d) => [d.id, d]));
    return decisions.flatMap((decision) => {
      const successor = decision.entry.data.supersededBy ? byId.get(decision.entry.data.supersededBy) : undefined;
      const consulted = notices.get(decision.id) ?? [];
      return decision.pages.map((page) => ({ decision, successor, consulted, page }));
    });
  });
  return cached;
}
