/**
 * Which labels `npm run qr -- <decision>` prints: one per published recipient of a decided award,
 * with the code the site gives it (assign-codes.ts over the whole site, as the build does). Pure:
 * it works on the content check's valid entries. A proposal, a revoked decision or a decision
 * with nobody published gets a message instead, Vietnamese first, never a half-made sheet.
 */
import type { AwardClass, Taxonomy } from '../../schemas/taxonomy.ts';
import { awardLabel } from '../../i18n/labels.ts';
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../../utils/format.ts';
import { closestMatches } from '../../validation/suggest.ts';
import type { Message } from '../../validation/diagnostic.ts';
import type { ValidatedEntry } from '../../validation/types.ts';
import { assignCodes, type CodeDecision, type CodeRecipient } from '../assign-codes.ts';
import { decisionNumberKey } from '../keys.ts';
import { routesFor } from '../../routing/routes.ts';
import type { Label } from './generate-labels.ts';
import { labelMessages } from './messages.ts';

interface Recipient extends CodeRecipient {
  posthumous?: boolean | undefined;
  withheld?: { reason: string } | undefined;
  minor?: boolean | undefined;
}

export type LabelPlan =
  | { ok: true; decision: string; number: string; labels: Label[]; unpublished: number }
  | { ok: false; message: Message };

function asDecision(entry: ValidatedEntry): CodeDecision {
  return {
    id: entry.id,
    number: String(entry.data['decision']),
    signed: entry.data['signed'] as Date,
    status: String(entry.data['status']),
    recipients: entry.data['recipients'] as Recipient[],
  };
}

/** The decision named by its file name (slug) or its number as printed. */
function find(awards: readonly ValidatedEntry[], wanted: string): ValidatedEntry | undefined {
  const number = decisionNumberKey(wanted);
  return (
    awards.find((e) => e.id === wanted) ?? awards.find((e) => decisionNumberKey(String(e.data['decision'])) === number)
  );
}

export function planLabels(
  entries: readonly ValidatedEntry[],
  taxonomy: Taxonomy,
  siteUrl: string,
  wanted: string,
): LabelPlan {
  const awards = entries.filter((e) => e.collection === 'awards');
  const entry = find(awards, wanted);
  if (!entry) {
    const suggestions = closestMatches(
      wanted,
      awards.map((e) => ({
        value: e.id,
        aliases: [String(e.data['decision'])],
        label: `${e.id} (${String(e.data['decision'])})`,
      })),
    );
    return { ok: false, message: labelMessages.unknownDecision(wanted, suggestions) };
  }
  const decision = asDecision(entry);
  if (decision.status === 'de-nghi') return { ok: false, message: labelMessages.proposal(decision.number) };
  if (decision.status === 'thu-hoi') {
    const by = awards.find((e) => e.id === entry.data['supersededBy']);
    return {
      ok: false,
      message: labelMessages.revoked(decision.number, by?.id, by ? String(by.data['decision']) : undefined),
    };
  }
  const codes = assignCodes(awards.map(asDecision)).codes.get(decision.id) ?? [];
  const type = taxonomy.awards.find((a) => a.id === entry.data['award']);
  const awardClass = entry.data['class'] as AwardClass | undefined;
  const award = awardLabel(type?.name ?? String(entry.data['award']), awardClass);
  const routes = routesFor(siteUrl);
  const site = `${new URL(siteUrl).host}${routes.verify()}`.replace(/\/$/, '');
  const recipients = decision.recipients as Recipient[];
  const labels = recipients.flatMap((recipient, row): Label[] => {
    const code = codes[row];
    if (!code || recipient.withheld || recipient.minor) return [];
    return [
      {
        name: recipient.posthumous ? `${recipient.name} (${vi.posthumous})` : recipient.name,
        award,
        decision: `QĐ số ${decision.number} ngày ${formatDate(decision.signed)}`,
        code,
        url: new URL(routes.verify(code), siteUrl).href,
        site,
      },
    ];
  });
  if (!labels.length) return { ok: false, message: labelMessages.nobodyPublished(decision.number, recipients.length) };
  return {
    ok: true,
    decision: decision.id,
    number: decision.number,
    labels,
    unpublished: recipients.length - labels.length,
  };
}
