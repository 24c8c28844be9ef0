/**
 * Every page of every decision, with the decision that replaced it, listed once per build. The
 * page reads its rows itself (getDecisionRows): the list of paths holds no recipient.
 */
import { getDecisions, type Decision } from './awards.ts';
import { withCacheKeys } from './cache-keys.ts';
import { getNoticesByDecision, type Notice } from './consultations.ts';
import { getRecipientCodes } from './verify.ts';
import { getDecisionDocuments } from './decision-documents.ts';

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

/**
 * The static paths of the decisions' first pages (`first`) or of their further pages, with their
 * cache keys: a page also shows its rows (in its decision's source files, counted in the
 * decision's digest) and their verification codes, which depend on every decision (a code taken
 * first by an earlier decision moves: src/verify/assign-codes.ts); and the address and size of its
 * signed original (a PDF replaced under the same name keeps the decision's digest).
 */
export async function getDecisionPaths(first: boolean) {
  const [pages, codes, documents] = await Promise.all([
    getDecisionPages(),
    getRecipientCodes(),
    getDecisionDocuments(),
  ]);
  const paths = pages
    .filter(({ page }) => (page === 1) === first)
    .map((props) => ({
      params: first ? { slug: props.decision.id } : { slug: props.decision.id, n: String(props.page) },
      props,
    }));
  return withCacheKeys(
    paths,
    // Every page of a decision shows the decision's card.
    ({ props }) => props.decision.href,
    ({ props }) => [props, codes.get(props.decision.id), documents.get(props.decision.id)],
  );
}
