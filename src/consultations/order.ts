/**
 * The order notices are listed in, wherever they are listed: open ones first, the one closing
 * soonest on top (a reader has least time left for it); then those still to open, the soonest
 * first; then the ended ones (closed, decided, withdrawn), the latest to close first. Pure.
 */
import type { ConsultationStatus } from './status.ts';

interface Listed {
  id: string;
  status: ConsultationStatus;
  window: { opensAt: Date; closesAt: Date };
}

const RANK: Record<ConsultationStatus, number> = { open: 0, upcoming: 1, closed: 2, decided: 2, withdrawn: 2 };

/** Whether readers can still comment, now or later: the notices the home page shows. */
export function isLive(status: ConsultationStatus): boolean {
  return status === 'open' || status === 'upcoming';
}

export function compareNotices(a: Listed, b: Listed): number {
  const rank = RANK[a.status] - RANK[b.status];
  if (rank !== 0) return rank;
  const [opensA, opensB] = [a.window.opensAt.getTime(), b.window.opensAt.getTime()];
  const [closesA, closesB] = [a.window.closesAt.getTime(), b.window.closesAt.getTime()];
  let byTime: number;
  if (a.status === 'open') byTime = closesA - closesB || opensA - opensB;
  else if (a.status === 'upcoming') byTime = opensA - opensB || closesA - closesB;
  else byTime = closesB - closesA || opensB - opensA;
  return byTime || a.id.localeCompare(b.id);
}
