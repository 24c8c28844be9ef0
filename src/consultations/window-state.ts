/**
 * Whether a window is still to come, open or past at an instant. No imports and no Node: the
 * build (status.ts) and the reader's browser (browser/window-status.ts) share this one rule, so a
 * page and its script never disagree about the moment a notice closes.
 */

export type WindowState = 'upcoming' | 'open' | 'closed';

const SECOND = 1000;

/**
 * @param now the instant, in milliseconds since 1970 (Date.now()).
 * @param opensAt the first moment of the window (00:00:00 +07:00 on its first day), in ms.
 * @param closesAt its last second (23:59:59 +07:00 on its last day), in ms: open until that second
 *   ends, at midnight ("đến hết ngày").
 */
export function windowState(now: number, opensAt: number, closesAt: number): WindowState {
  if (now < opensAt) return 'upcoming';
  return now < closesAt + SECOND ? 'open' : 'closed';
}

/** The instant (ms) the state next changes after `now`: the opening, the end of the last second, or none. */
export function nextChange(now: number, opensAt: number, closesAt: number): number | undefined {
  const state = windowState(now, opensAt, closesAt);
  if (state === 'upcoming') return opensAt;
  return state === 'open' ? closesAt + SECOND : undefined;
}
