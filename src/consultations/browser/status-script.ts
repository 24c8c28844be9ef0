/**
 * The page script of public comment notices (include it with `<script>import
 * '…/consultations/browser/status-script.ts';</script>` in the component that renders a status):
 * refresh every `[data-window-status]` now, and again when the next one changes while the reader
 * keeps the page open. Bundled by Astro as a file of the site, so the CSP allows it.
 */
import { refreshWindowStatus, type StatusElement } from './window-status.ts';

/** setTimeout's longest delay (about 24.8 days); a longer wait is taken in steps. */
const LONGEST_DELAY = 2 ** 31 - 1;

function refresh(): void {
  const elements = document.querySelectorAll<HTMLElement>('[data-window-status]');
  const next = refreshWindowStatus(elements as Iterable<StatusElement>, Date.now());
  if (next !== undefined) setTimeout(refresh, Math.min(Math.max(next, 0), LONGEST_DELAY));
}

refresh();
