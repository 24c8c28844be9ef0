/**
 * Award decisions with everything a page needs to show them, derived once per build: the award
 * type and issuer resolved, the labels every list shows, recipients in Vietnamese order with
 * stable anchors, their page and their link (see src/domain/recipients.ts), and each recipient's
 * unit as named on the site. Each recipient is published once here (publishRecipient): a withheld
 * record's name and details, and a minor's name outside its decision's page, exist nowhere after.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getUnitsById, rowUnit, type UnitEntry } from './units.ts';
import {
  filledColumns,
  groupRecipients,
  publishRecipient,
  type OptionalColumn,
  recipientPages,
  type HiddenNames,
  type PublishedRecipient,
  type RecipientGroup,
  type RecipientPage,
  type WithPlace,
} from '../domain/recipients.ts';
import { t } from '../i18n/index.ts';
import { AWARD_LEVEL_LABELS, awardLabel, decisionAbstract, statusNote } from '../i18n/labels.ts';
import { routes } from '../routing/index.ts';
import type { RecipientKind } from '../schemas/common.ts';

export type AwardEntry = CollectionEntry<'awards'>;
export type AwardType = CollectionEntry<'awardTypes'>['data'];
export type Issuer = CollectionEntry<'issuers'>['data'];
/** A recipient as the content holds it: read only here, to publish it (and by verification codes). */
type SourceRecipient = AwardEntry['data']['recipients'][number];

/** A recipient as every page may show it: `withheld` and `minor` applied (domain/recipients.ts). */
export type Recipient = PublishedRecipient<SourceRecipient>;

const HIDDEN_NAMES: HiddenNames = { withheld: t.withheldName, minor: t.minorName };

/** What a listed row has placed and resolved: its link, and its unit as shown. */
export interface RowPlace {
  /** Its row on the decision's (or notice's) page. */
  href: string;
  /** The unit as shown: a listed unit's present name, or the free text as written. */
  unitName?: string | undefined;
  /** The unit of content/units it names, when it names one (linked, and its records page). */
  listedUnit?: UnitEntry | undefined;
}

export type RecipientRow = WithPlace<Recipient> & RowPlace;

/**
 * The fields every listed person or collective has, a decision's recipient or a notice's proposed
 * one (which has no code, withheld or minor): what the recipients table and the name index read.
 */
export type ListedRow = WithPlace<
  Omit<Recipient, 'code' | 'withheld' | 'minor' | 'nameOnDecision' | 'nameHidden'> &
    Partial<Pick<Recipient, 'nameOnDecision' | 'nameHidden'>>
> &
  RowPlace;

export interface Decision {
  id: string;
  entry: AwardEntry;
  type: AwardType;
  issuer: Issuer;
  /** Recipients grouped by kind (collectives, individuals, households), each in vi order. */
  groups: RecipientGroup<Recipient, RecipientRow>[];
  /** Per kind of recipient, the optional columns its rows fill (the table leaves out the others). */
  columns: Map<RecipientKind, ReadonlySet<OptionalColumn>>;
  /** The same rows, page by page (a decision lists RECIPIENTS_PER_PAGE rows a page). */
  pages: RecipientPage<RecipientRow>[];
  total: number;
  /** Its first page. */
  href: string;
  /** The award with its class, as decisions print it: "Huân chương Lao động hạng Ba". */
  award: string;
  /**
   * What the decision is called: its title, or its award and number ("Giấy khen — 1502/QĐ-UBND"):
   * the award alone names several decisions alike.
   */
  title: string;
  /** The conferring level, as the search filters it: "Bộ, ngành, tỉnh". */
  level: string;
  /** "Đề nghị" or "Đã thu hồi"; '' for a plain decision. */
  statusNote: string;
  /** Its abstract (trích yếu, Decree 42): its title, or a sentence built from the award and its recipients. */
  abstract: string;
}

let cached: Promise<Decision[]> | undefined;

async function load(): Promise<Decision[]> {
  const [entries, types, issuers, units] = await Promise.all([
    getCollection('awards'),
    getCollection('awardTypes'),
    getCollection('issuers'),
    getUnitsById(),
  ]);
  const typeById = new Map(types.map((t) => [t.id, t.data]));
  const issuerById = new Map(issuers.map((i) => [i.id, i.data]));
  return entries
    .map((entry): Decision => {
      const { data } = entry;
      const type = typeById.get(data.award) as AwardType;
      const issuer = issuerById.get(data.issuer) as Issuer;
      const published = data.recipients.map((recipient) => publishRecipient(recipient, HIDDEN_NAMES));
      const groups = groupRecipients(published, (row): RecipientRow => ({
        ...row,
        href: routes.recipient(entry.id, row),
        ...rowUnit(row.unit, units),
      }));
      return {
        id: entry.id,
        entry,
        type,
        issuer,
        groups,
        columns: new Map(groups.map((group) => [group.kind, filledColumns(group.rows)])),
        pages: recipientPages(groups),
        total: data.recipients.length,
        href: routes.decision(entry.id),
        award: awardLabel(type.name, data.class),
        title: data.title ?? `${awardLabel(type.name, data.class)} — ${data.decision}`,
        level: AWARD_LEVEL_LABELS[issuer.level],
        statusNote: statusNote(data.status),
        abstract:
          data.title ??
          decisionAbstract({
            award: awardLabel(type.name, data.class),
            group: type.group,
            status: data.status,
            counts: groups.map((group) => ({ kind: group.kind, count: group.rows.length })),
          }),
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
