/**
 * The content check's rule for verification codes (a check across files: SiteCheck): no two
 * records share a code, a pinned code never takes one another record has, and a proposal has
 * none. It runs assign-codes.ts exactly as the build does, and reports its conflicts where the
 * office fixes them: the row's `code` (in the YAML, or the CSV annex's line and column).
 */
import type { Path } from '../../parsing/yaml-document.ts';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import type { SiteContext, ValidatedEntry } from '../types.ts';
import { assignCodes, type CodeDecision, type CodeOwner, type CodeRecipient } from '../../verify/assign-codes.ts';
import { codeMessages } from './verification-messages.ts';
import { decisionNumberKey } from '../../verify/keys.ts';

export function checkVerificationCodes(context: SiteContext): Diagnostic[] {
  const awards = new Map<string, ValidatedEntry>();
  for (const entry of context.entries) if (entry.collection === 'awards') awards.set(entry.id, entry);
  const decisions: CodeDecision[] = [...awards.values()].map((entry) => ({
    id: entry.id,
    number: String(entry.data['decision']),
    signed: entry.data['signed'] as Date,
    status: String(entry.data['status']),
    recipients: entry.data['recipients'] as CodeRecipient[],
  }));

  const recipient = (owner: CodeOwner) =>
    (awards.get(owner.decision)?.data['recipients'] as CodeRecipient[] | undefined)?.[owner.row];
  const nameOf = (owner: CodeOwner) => recipient(owner)?.name ?? '';
  const at = (owner: CodeOwner, key: 'code' | 'name') => {
    const entry = awards.get(owner.decision) as ValidatedEntry;
    const path: Path = ['recipients', owner.row, key];
    const located = context.locate(entry)(path);
    return { ...located, field: located.field ?? path.join('.') };
  };
  const where = (owner: CodeOwner) => {
    const { file, line } = at(owner, 'name');
    return `${file}${line ? `:${line}` : ''}`;
  };

  const numberOf = (owner: CodeOwner) => decisionNumberKey(String(awards.get(owner.decision)?.data['decision']));
  // Two decisions with one number draw the same codes: the duplicate number is the error to fix
  // (decision-numbers.ts), and a warning per recipient would bury it.
  const conflicts = assignCodes(decisions).conflicts.filter(
    (c) =>
      c.kind !== 'derived-twice' || c.owner.decision === c.keeper.decision || numberOf(c.owner) !== numberOf(c.keeper),
  );
  return conflicts.map((conflict) => {
    const { owner } = conflict;
    const written = recipient(owner)?.code ?? conflict.code;
    switch (conflict.kind) {
      case 'pinned-twice':
        return error({
          ...at(owner, 'code'),
          ...codeMessages.pinnedTwice(conflict.code, written, nameOf(conflict.first), where(conflict.first)),
        });
      case 'pinned-is-derived':
        return error({
          ...at(owner, 'code'),
          ...codeMessages.pinnedIsDerived(
            conflict.code,
            written,
            nameOf(owner),
            nameOf(conflict.other),
            where(conflict.other),
            conflict.next,
          ),
        });
      case 'pinned-on-proposal':
        return error({ ...at(owner, 'code'), ...codeMessages.pinnedOnProposal(written) });
      case 'derived-twice': {
        const signed = (o: CodeOwner) => (awards.get(o.decision)?.data['signed'] as Date).getTime();
        const why =
          owner.decision === conflict.keeper.decision
            ? 'listed-first'
            : signed(owner) === signed(conflict.keeper)
              ? 'same-day'
              : 'signed-first';
        return warning({
          ...at(owner, 'name'),
          ...codeMessages.derivedTwice(
            conflict.code,
            nameOf(owner),
            nameOf(conflict.keeper),
            where(conflict.keeper),
            conflict.next,
            why,
          ),
        });
      }
    }
  });
}
