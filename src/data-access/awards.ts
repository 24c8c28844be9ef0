/**
 * Award decisions with everything a page needs to show them, derived once per build:
 * the award type and issuer resolved, recipients in Vietnamese order with stable anchors and
 * their page (see src/domain/recipients.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  decisionPageUrl,
  groupRecipients,
  recipientUrl,
  withAnchors,
  type RecipientGroup,
  type WithPlace,
} from '../domain/recipients.ts';

export type AwardEntry = CollectionEntry<'awards'>;
export type AwardType = CollectionEntry<'awardTypes'>['data'];
export type Issuer = CollectionEntry<'issuers'>['data'];
export type Recipient = AwardEntry['data']['recipients'][number];

export type RecipientRow = WithPlace<Recipient>;

export interface Decision {
  id: string;
  entry: AwardEntry;
  type: AwardType;
  issuer: Issuer;
  /** Recipients grouped by kind (collectives, individuals, households), each in vi order. */
  groups: RecipientGroup<Recipient>[];
  total: number;
}

export { groupRecipients, withAnchors, recipientUrl };

let cached: Promise<Decision[]> | undefined;

async function load(): Promise<Decision[]> {
  const [entries, types, issuers] = await Promise.all([
    getCollection('awards'),
    getCollection('awardTypes'),
    getCollection('issuers'),
  ]);
  const typeById = new Map(types.map((t) => [t.id, t.data]));
  const issuerById = new Map(issuers.map((i) => [i.id, i.data]));
  return entries
    .map((entry) => {
      const groups = groupRecipients(entry.data.recipients);
      return {
        id: entry.id,
        entry,
        type: typeById.get(entry.data.award) as AwardType,
        issuer: issuerById.get(entry.data.issuer) as Issuer,
        groups,
        total: entry.data.recipients.length,
      };
    })
    .sort((a, b) => b.entry.data.signed.getTime() - a.entry.data.signed.getTime() || a.id.localeCompare(b.id));
}

/** Every decision, newest first. */
export function getDecisions(): Promise<Decision[]> {
  cached ??= load();
  return cached;
}

let byId: Promise<Map<string, Decision>> | undefined;

/** Every decision by its slug. */
export function getDecisionsById(): Promise<Map<string, Decision>> {
  byId ??= getDecisions().then((decisions) => new Map(decisions.map((d) => [d.id, d])));
  return byId;
}

export function decisionUrl(id: string): string {
  return decisionPageUrl(id);
}
