/**
 * Every page of every decision, with the decision that replaced it, listed once per build. The
 * page reads its rows itself (getDecisionRows): the list of paths holds no recipient.
 */
import { getDecisions, type Decision } from './awards.ts';
import { getNoticesByDecision, type Notice } from './consultations.ts';

export type DecisionPageProps = {
  decision: Decision;
  /** The decision that revoked or corrected it (supersededBy). */
  successor: Decision | undefined;
  /** The public comment notices that preceded it (their `outcome.decision` names it). */
  consulted: Notice[];
  /** Which page of its recipients this page shows (1-based). */
  page: number;
};

let cached: Promise<DecisionPageProps[]> | undefined;

export function getDecisionPages(): Promise<DecisionPageProps[]> {
  cached ??= Promise.all([getDecisions(), getNoticesByDecision()]).then(([decisions, notices]) => {
    const byId = new Map(decisions.map((d) => [d.id, d]));
    return decisions.flatMap((decision) => {
      const successor = decision.entry.data.supersededBy ? byId.get(decision.entry.data.supersededBy) : undefined;
      const consulted = notices.get(decision.id) ?? [];
      return Array.from({ length: decision.pageCount }, (_, index) => ({
        decision,
        successor,
        consulted,
        page: index + 1,
      }));
    });
  });
  return cached;
}
