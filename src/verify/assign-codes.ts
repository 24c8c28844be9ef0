/**
 * Every recipient of a decided (or later revoked) award gets a public code; proposals get none.
 * Pure: the content check (validation/checks/verification-codes.ts) and the build (data-access/verify.ts) call the same
 * function on the same decisions, so what the check accepts is what the site publishes.
 *
 * Where a code comes from, and why it stays put:
 * - A pinned `code` (written by the office) wins: a name corrected after the certificates were
 *   printed keeps its code once the office writes the old code on the row.
 * - Otherwise the code is drawn from SHA-256 of facts that do not move: the decision's number
 *   (upper case, spaces dropped) and the recipient's folded name (no accents, no case). Adding,
 *   removing or reordering rows changes no other row's code; neither does a rebuild.
 * - Namesakes in one decision (the same folded name: "Vũ Thị Đào" and "Vũ Thị Đảo" count) are
 *   told apart by their unit, position and kind, not by their place in the list. Only rows that
 *   are the same in all of these are ranked (by citation, then by file order): swapping two of
 *   them swaps two identical-looking records. Adding or removing a namesake changes the codes of
 *   that name in that decision: the one case where the office should pin the codes already printed.
 *
 * Codes are unique across the site. Two derived codes that would be the same (expected about
 * 0.04 times at 100,000 recipients, 4 times at 1,000,000: code-format.ts) are never shared: the
 * record of the decision signed first keeps it and the other draws again (attempt 1, 2…), which
 * is stable as long as new decisions are signed after the old ones. The check warns, so the
 * office can pin the code of the one that moved. A pinned code that another record has — pinned
 * or as its first draw, which may already be printed — is an error the office must resolve.
 */
import { createHash } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, formatCode, readCode } from './code-format.ts';
import { decisionNumberKey, foldKey } from './keys.ts';

export interface CodeRecipient {
  name: string;
  kind: string;
  unit?: string | undefined;
  position?: string | undefined;
  citation?: string | undefined;
  /** A code pinned by the office. */
  code?: string | undefined;
}

export interface CodeDecision {
  id: string;
  number: string;
  signed: Date;
  /** `de-nghi` (a proposal) gets no codes. */
  status: string;
  recipients: readonly CodeRecipient[];
}

/** A recipient: the decision's slug and the row's index in its file. */
export interface CodeOwner {
  decision: string;
  row: number;
}

export type CodeConflict =
  /** The same code pinned on two rows: `first` keeps it (the build stops). */
  | { kind: 'pinned-twice'; code: string; owner: CodeOwner; first: CodeOwner }
  /** A pinned code that is another row's first draw: `other` would otherwise have it. */
  | { kind: 'pinned-is-derived'; code: string; owner: CodeOwner; other: CodeOwner; next: string }
  /** A code on a proposal, which is not an award. */
  | { kind: 'pinned-on-proposal'; code: string; owner: CodeOwner }
  /** Two first draws alike: `keeper` keeps it, `owner` moved to `next`. */
  | { kind: 'derived-twice'; code: string; owner: CodeOwner; keeper: CodeOwner; next: string };

export interface CodeAssignment {
  /** Each decision's codes by row index; undefined for a proposal's rows. */
  codes: Map<string, (string | undefined)[]>;
  conflicts: CodeConflict[];
}

const SCHEME = 'bang-vang-1';

/** The code drawn from a row's facts; `attempt` > 0 after a collision. */
export function deriveCode(numberKey: string, nameKey: string, namesake: string, attempt = 0): string {
  const digest = createHash('sha256')
    .update(`${SCHEME}\u0000${numberKey}\u0000${nameKey}\u0000${namesake}\u0000${attempt}`)
    .digest();
  // 48 bits, far more than 17⁹ (≈ 2³⁷): the remainder is uniform to within 0.05 %.
  let value = digest.readUIntBE(0, 6);
  let symbols = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    symbols += CODE_ALPHABET[value % CODE_ALPHABET.length];
    value = Math.floor(value / CODE_ALPHABET.length);
  }
  return formatCode(symbols);
}

/**
 * What tells a row apart from the other rows of its decision with the same folded name: nothing
 * for a name that is alone; its unit, position and kind for a namesake, and a rank among rows
 * that share all of those.
 */
export function namesakeKeys(recipients: readonly CodeRecipient[]): string[] {
  const names = recipients.map((r) => foldKey(r.name));
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  const facts = recipients.map((r, i) =>
    (count.get(names[i] as string) ?? 0) > 1 ? `${foldKey(r.unit ?? '')}|${foldKey(r.position ?? '')}|${r.kind}` : '',
  );
  const twins = new Map<string, number[]>();
  facts.forEach((fact, i) => {
    if (!fact) return;
    const key = `${names[i]}\u0000${fact}`;
    twins.set(key, [...(twins.get(key) ?? []), i]);
  });
  const keys = [...facts];
  for (const rows of twins.values()) {
    if (rows.length < 2) continue;
    const citation = (i: number) => foldKey(recipients[i]?.citation ?? '');
    [...rows]
      .sort((a, b) => citation(a).localeCompare(citation(b)) || a - b)
      .forEach((row, rank) => {
        if (rank > 0) keys[row] = `${keys[row]}#${rank}`;
      });
  }
  return keys;
}

/**
 * Only what a decision's codes are drawn from, row by row: the citation is kept for the rows whose
 * folded name another row of the decision shares (namesakeKeys), the only ones it may rank. Lets a
 * site of a million recipients keep every row's share of the codes without every row.
 */
export function codeRows(recipients: readonly CodeRecipient[]): CodeRecipient[] {
  const names = new Map<string, number>();
  for (const row of recipients) {
    const key = foldKey(row.name);
    names.set(key, (names.get(key) ?? 0) + 1);
  }
  return recipients.map((row) => {
    const kept: CodeRecipient = { name: row.name, kind: row.kind };
    if (row.unit !== undefined) kept.unit = row.unit;
    if (row.position !== undefined) kept.position = row.position;
    if (row.code !== undefined) kept.code = row.code;
    if (row.citation !== undefined && (names.get(foldKey(row.name)) ?? 0) > 1) kept.citation = row.citation;
    return kept;
  });
}

/** Decisions signed first come first: their codes are the ones most likely printed already. */
function byPrecedence(decisions: readonly CodeDecision[]): CodeDecision[] {
  return [...decisions].sort(
    (a, b) =>
      a.signed.getTime() - b.signed.getTime() ||
      decisionNumberKey(a.number).localeCompare(decisionNumberKey(b.number)) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Two passes over the rows, holding no per-row record between them (a million rows made 250 MB
 * of them): the pinned codes first, as a derived code must never take one; then each decision's
 * derived codes, drawn as its rows come.
 */
export function assignCodes(decisions: readonly CodeDecision[]): CodeAssignment {
  const ordered = byPrecedence(decisions);
  const codes = new Map<string, (string | undefined)[]>();
  const conflicts: CodeConflict[] = [];
  // A code's holder, as the index of its decision in `ordered` and its row, in one number.
  const holders = new Map<string, number>();
  const ROWS = 2 ** 32;
  const ownerOf = (held: number): CodeOwner => ({
    decision: (ordered[Math.floor(held / ROWS)] as CodeDecision).id,
    row: held % ROWS,
  });
  const pinnedOf = (recipient: CodeRecipient) => {
    const reading = recipient.code === undefined ? undefined : readCode(recipient.code);
    return reading?.ok ? reading.code : undefined;
  };

  const pinnedBy = new Map<string, number>();
  const twice = new Set<number>();
  ordered.forEach((decision, d) => {
    const own: (string | undefined)[] = new Array<string | undefined>(decision.recipients.length).fill(undefined);
    codes.set(decision.id, own);
    decision.recipients.forEach((recipient, row) => {
      const pinned = pinnedOf(recipient);
      if (!pinned) return;
      if (decision.status === 'de-nghi') {
        conflicts.push({ kind: 'pinned-on-proposal', code: pinned, owner: { decision: decision.id, row } });
        return;
      }
      const first = pinnedBy.get(pinned);
      if (first === undefined) {
        pinnedBy.set(pinned, d * ROWS + row);
        holders.set(pinned, d * ROWS + row);
        own[row] = pinned;
        return;
      }
      conflicts.push({
        kind: 'pinned-twice',
        code: pinned,
        owner: { decision: decision.id, row },
        first: ownerOf(first),
      });
      twice.add(d * ROWS + row);
    });
  });

  ordered.forEach((decision, d) => {
    if (decision.status === 'de-nghi') return;
    const own = codes.get(decision.id) as (string | undefined)[];
    const numberKey = decisionNumberKey(decision.number);
    const namesakes = namesakeKeys(decision.recipients);
    decision.recipients.forEach((recipient, row) => {
      if (own[row] !== undefined) return;
      // A code pinned twice: this row draws one, and the conflict is the pinning, reported above.
      const pinned = twice.has(d * ROWS + row);
      const nameKey = foldKey(recipient.name);
      const namesake = namesakes[row] ?? '';
      let attempt = 0;
      let code = deriveCode(numberKey, nameKey, namesake, attempt);
      const firstDraw = code;
      const firstHolder = holders.get(code);
      while (holders.has(code)) code = deriveCode(numberKey, nameKey, namesake, ++attempt);
      own[row] = code;
      holders.set(code, d * ROWS + row);
      if (firstHolder === undefined || pinned) return;
      const owner = { decision: decision.id, row };
      if (pinnedBy.get(firstDraw) === firstHolder) {
        conflicts.push({
          kind: 'pinned-is-derived',
          code: firstDraw,
          owner: ownerOf(firstHolder),
          other: owner,
          next: code,
        });
      } else {
        conflicts.push({ kind: 'derived-twice', code: firstDraw, owner, keeper: ownerOf(firstHolder), next: code });
      }
    });
  });
  return { codes, conflicts };
}
