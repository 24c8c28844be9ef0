/**
 * The Nu HTML Checker's report on the built site, sorted into what must be fixed and the one
 * warnings it gives that are wrong about these pages. Pure: tests/unit/nu-report.test.ts.
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
 * - exact-hash: "Inline style (or script) violates Content Security Policy … (missing
 *   'unsafe-inline' or nonce/hash)" on an element whose exact text has its SHA-256 in the page's
 *   policy. A hash covers the element's text as it is, and Astro hashes exactly that; the
 *   checker trims the text first, so a style that ends in a newline (Astro's inlined CSS, as on
 *   /xac-minh/) fails its check and passes in every browser. The gate recomputes the hash from
 *   the page's source: a style or script really missing from the policy still fails.
 */
import { createHash } from 'node:crypto';

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
  /** `source`: the page's HTML as served, when the check needs it. */
  matches: (message: NuMessage, source: string | undefined) => boolean;
}

/** The markup vnu highlights: for a script warning, the <script> start tag. */
export const highlighted = (m: NuMessage): string =>
  m.extract?.slice(m.hiliteStart ?? 0, (m.hiliteStart ?? 0) + (m.hiliteLength ?? 0)) ?? '';

/**
 * Whether the inline <style> or <script> whose start tag ends at the message's position has the
 * SHA-256 of its exact text in the page's policy (the directive for its kind).
 */
export function exactHashListed(source: string, m: NuMessage): boolean {
  const lines = source.split('\n');
  if (!m.lastLine || !m.lastColumn || m.lastLine > lines.length) return false;
  const tagEnd = lines.slice(0, m.lastLine - 1).reduce((sum, text) => sum + text.length + 1, 0) + m.lastColumn - 1;
  if (source[tagEnd] !== '>') return false;
  const open = source.lastIndexOf('<', tagEnd);
  const kind = /^<(style|script)\b/i.exec(source.slice(open, tagEnd + 1))?.[1]?.toLowerCase();
  if (!kind) return false;
  const close = source.toLowerCase().indexOf(`</${kind}`, tagEnd);
  if (close < 0) return false;
  const text = source.slice(tagEnd + 1, close);
  const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(source)?.[1] ?? '';
  const directive = policy.split(';').find((part) => part.trim().startsWith(`${kind}-src `)) ?? '';
  return directive.split(/\s+/).includes(hash);
}

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
  {
    id: 'exact-hash',
    why: 'the inline style’s exact text is hashed in the page’s policy; the checker hashes it trimmed',
    matches: (m, source) =>
      m.type === 'info' &&
      m.subType === 'warning' &&
      /^Inline (style|script) violates Content Security Policy/.test(m.message) &&
      source !== undefined &&
      exactHashListed(source, m),
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

/** @param sourceOf a page's HTML by the message's url (the known warnings that need it read it). */
export function judge(
  messages: readonly NuMessage[],
  sourceOf: (url: string) => string | undefined = () => undefined,
): NuVerdict {
  const problems: NuMessage[] = [];
  const known = new Map<string, number>();
  for (const message of messages.filter(counts)) {
    const allowed = KNOWN_WARNINGS.find((warning) => warning.matches(message, sourceOf(message.url ?? '')));
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
