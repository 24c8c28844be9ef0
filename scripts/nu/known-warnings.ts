/**
 * The Nu HTML Checker's report on the built site, sorted into what must be fixed and the one
 * warning it gives that is wrong about these pages. Pure: tests/unit/nu-report.test.ts.
 *
 * The gate allows 0 errors and 0 warnings except:
 *
 * - data-block: "Inline script violates Content Security Policy … (missing 'unsafe-inline' or
 *   nonce/hash)" on a <script type="application/ld+json"> (JSON-LD) or
 *   <script type="application/json"> (the search page's strings). These are data blocks: the
 *   HTML standard's "prepare the script element" stops at a type that is not JavaScript before
 *   any Content-Security-Policy check, so browsers neither run nor block them (Chromium loads
 *   every page of the site without a policy violation: tests/browser/csp.test.ts). The checker's
 *   CspEnforcementChecker collects every inline <script> whatever its type. Adding the blocks'
 *   hashes to the policy would quiet it at the cost of a policy that lists data as if it were code.
 */

/** A message of vnu's JSON output (`--format json`). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

export interface KnownWarning {
  id: string;
  /** Why it is not a fault of the page (the long form is above). */
  why: string;
  matches: (message: NuMessage) => boolean;
}

/** The markup vnu highlights: for a script warning, the <script> start tag. */
export const highlighted = (m: NuMessage): string =>
  m.extract?.slice(m.hiliteStart ?? 0, (m.hiliteStart ?? 0) + (m.hiliteLength ?? 0)) ?? '';

export const KNOWN_WARNINGS: readonly KnownWarning[] = [
  {
    id: 'data-block',
    why: 'a JSON data block (JSON-LD, the search page’s strings) is never run, so no script policy applies to it',
    matches: (m) =>
      m.type === 'info' &&
      m.subType === 'warning' &&
      m.message.startsWith('Inline script violates Content Security Policy') &&
      /^<script type="application\/(ld\+)?json"( id="[\w-]+")?>$/.test(highlighted(m)),
  },
];

/** What the checker said that counts: errors (including a page it could not read) and warnings. */
const counts = (m: NuMessage) => m.type !== 'info' || m.subType === 'warning';

export interface NuVerdict {
  /** Errors and warnings to fix. */
  problems: NuMessage[];
  /** Known warnings by id, with how many times each was given. */
  known: Map<string, number>;
}

export function judge(messages: readonly NuMessage[]): NuVerdict {
  const problems: NuMessage[] = [];
  const known = new Map<string, number>();
  for (const message of messages.filter(counts)) {
    const allowed = KNOWN_WARNINGS.find((warning) => warning.matches(message));
    if (allowed) known.set(allowed.id, (known.get(allowed.id) ?? 0) + 1);
    else problems.push(message);
  }
  return { problems, known };
}

/** One line a reader can act on: the page, the place, the kind, the message. */
export function describe(m: NuMessage): string {
  const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? ''}` : '';
  const kind = m.type === 'info' ? 'cảnh báo / warning' : 'lỗi / error';
  return `${m.url ?? '?'}${where} ${kind}: ${m.message}`;
}
