/**
 * Award decisions with everything a page needs to show them, derived once per build:
 * the award type and issuer resolved, recipients in Vietnamese order with stable anchors.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import slugify from '@sindresorhus/slugify';
import { compareNames } from '../utils/sort.ts';
import type { RecipientKind } from '../schemas/common.ts';

export type AwardEntry = CollectionEntry<'awards'>;
export type AwardType = CollectionEntry<'awardTypes'>['data'];
export type Issuer = CollectionEntry<'issuers'>['data'];
export type Recipient = AwardEntry['data']['recipients'][number];

export interface RecipientRow extends Recipient {
  /** Anchor on the decision page, stable while the name does not change: `#dang-thi-ngoc-thinh`. */
  anchor: string;
}

export interface Decision {
  id: string;
  entry: AwardEntry;
  type: AwardType;
  issuer: Issuer;
  /** Recipients grouped by kind (collectives, individuals, households), each in vi order. */
  groups: { kind: RecipientKind; rows: RecipientRow[] }[];
  total: number;
}

const KIND_ORDER: RecipientKind[] = ['tap-the', 'ca-nhan', 'ho-gia-dinh'];

/** Anchors from names, unique within one decision (`-2`, `-3` for namesakes). */
export function withAnchors(recipients: readonly Recipient[]): RecipientRow[] {
  const used = new Map<string, number>();
  return recipients.map((recipient) => {
    const base = slugify(recipient.name, { locale: 'vi' }) || 'nguoi';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { ...recipient, anchor: count === 1 ? base : `${base}-${count}` };
  });
}

export function groupRecipients(recipients: readonly Recipient[]): Decision['groups'] {
  // Anchors are given in file order so that re-sorting never moves an anchor to another person.
  const rows = withAnchors(recipients);
  return KIND_ORDER.map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind).sort(compareNames) })).filter(
    (group) => group.rows.length > 0,
  );
}

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
  return `/khen-thuong/${id}/`;
}
