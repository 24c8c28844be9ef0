/**
 * The reader's browser checks a notice's status again: a page built while the window was open
 * (or still to come) turns to "closed" once the reader's clock passes the closing moment, even if
 * the site was not rebuilt. The page carries everything in data attributes (the contract, for the
 * page that renders it):
 *
 *   <p data-window-status data-state="open"
 *      data-opens="2026-12-07T00:00:00+07:00" data-closes="2026-12-25T23:59:59+07:00"
 *      data-label-upcoming="Sắp lấy ý kiến" data-label-open="Đang lấy ý kiến"
 *      data-label-closed="Đã hết hạn lấy ý kiến">Đang lấy ý kiến</p>
 *
 * Without JavaScript the built text and the closing date stay. Pure apart from the elements it is
 * given: status-script.ts finds them and keeps time.
 */
import { nextChange, windowState, type WindowState } from '../window-state.ts';

/** What this needs of an element (an HTMLElement has it; tests pass plain objects). */
export interface StatusElement {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
}

const LABEL: Record<WindowState, string> = { upcoming: 'labelUpcoming', open: 'labelOpen', closed: 'labelClosed' };

/**
 * Set each element's state and label for the instant `now`; returns how many milliseconds until
 * the next one changes (undefined when none will).
 */
export function refreshWindowStatus(elements: Iterable<StatusElement>, now: number): number | undefined {
  let next: number | undefined;
  for (const element of elements) {
    const opensAt = Date.parse(element.dataset['opens'] ?? '');
    const closesAt = Date.parse(element.dataset['closes'] ?? '');
    if (Number.isNaN(opensAt) || Number.isNaN(closesAt)) continue;
    const state = windowState(now, opensAt, closesAt);
    const label = element.dataset[LABEL[state]];
    if (element.dataset['state'] !== state && label) {
      element.dataset['state'] = state;
      element.textContent = label;
    }
    const change = nextChange(now, opensAt, closesAt);
    if (change !== undefined) next = Math.min(next ?? Infinity, change - now);
  }
  return next;
}
