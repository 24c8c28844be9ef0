/**
 * Award decisions with everything a page needs to show them, derived once per build: the award
 * type and issuer resolved, the labels every list shows, how many recipients of each kind.
 *
 * The recipients themselves are not in the content store (src/io/recipient-store.ts): a
 * decision's rows are read when a page or a pass over every decision needs them
 * (getDecisionRows, eachDecisionRows in recipients.ts), grouped in Vietnamese order with stable
 * anchors, their page and their link (src/domain/recipients.ts), and each one's unit as named on
 * the site. One decision's rows at a time are in memory, however many the site has.
 *
 * Each recipient is published as its rows are read (publishRecipient): a withheld record's name
 * and details, and a minor's name outside its decision's page, exist in no output after.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getUnitsById, rowUnit, type UnitEntry } from './units.ts';
import {
  filledColumns,
  groupRecipients,
  KIND_ORDER,
  publishRecipient,
  recipientPages,
  RECIPIENTS_PER_PAGE,
  type HiddenNames,
  type OptionalColumn,
  type PublishedRecipient,
  type RecipientGroup,
  type RecipientPage,
  type WithPlace,
} from '../domain/recipients.ts';
import { t } from '../i18n/index.ts';
import { AWARD_LEVEL_LABELS, awardLabel, decisionAbstract, statusNote } from '../i18n/labels.ts';
import { readRecipients } from '../io/recipient-store.ts';
import { routes } from '../routing/index.ts';
import type { RecipientKind } from '../schemas/common.ts';
import type { Recipient as SourceRecipient } from '../schemas/recipient.ts';
import { boundedMemo } from '../utils/bounded-memo.ts';

export type AwardEntry = CollectionEntry<'awards'>;
export type AwardType = CollectionEntry<'awardTypes'>['data'];
export type Issuer = CollectionEntry<'issuers'>['data'];

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
  /** How many recipients of each kind it lists, in the order its pages list them (collectives first). */
  kinds: { kind: RecipientKind; count: number }[];
  total: number;
  /** How many pages list its recipients (RECIPIENTS_PER_PAGE rows a page). */
  pageCount: number;
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

/** A decision's rows as its pages list them. */
export interface DecisionRows {
  /** Grouped by kind (collectives, individuals, households), each in vi order. */
  groups: RecipientGroup<Recipient, RecipientRow>[];
  /** Per kind of recipient, the optional columns its rows fill (the table leaves out the others). */
  columns: Map<RecipientKind, ReadonlySet<OptionalColumn>>;
  /** The same rows, page by page. */
  pages: RecipientPage<RecipientRow>[];
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
    .map((entry): Decision => {
      const { data } = entry;
      const type = typeById.get(data.award) as AwardType;
      const issuer = issuerById.get(data.issuer) as Issuer;
      const { count } = data.recipients;
      const kinds = KIND_ORDER.filter((kind) => data.recipients.kinds[kind] > 0).map((kind) => ({
        kind,
        count: data.recipients.kinds[kind],
      }));
      return {
        id: entry.id,
        entry,
        type,
        issuer,
        kinds,
        total: count,
        pageCount: Math.ceil(count / RECIPIENTS_PER_PAGE),
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
            counts: kinds,
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

/** A decision's rows read from its file, grouped and placed (never kept: see getDecisionRows). */
export function readDecisionRows(
  decision: Decision,
  units: Map<string, UnitEntry>,
  rows: readonly SourceRecipient[] = readRecipients(decision.entry.data.recipients),
): DecisionRows {
  const published = rows.map((recipient) => publishRecipient(recipient, HIDDEN_NAMES));
  const groups = groupRecipients(published, (row): RecipientRow => ({
    ...row,
    href: routes.recipient(decision.id, row),
    ...rowUnit(row.unit, units),
  }));
  return {
    groups,
    columns: new Map(groups.map((group) => [group.kind, filledColumns(group.rows)])),
    pages: recipientPages(groups),
  };
}

// A long decision's pages are rendered one after the other: its rows are read once for all of
// them, and only the last few decisions' rows are kept.
const rowsOf = boundedMemo(async (id: string): Promise<DecisionRows> => {
  const [decisions, units] = await Promise.all([getDecisionsById(), getUnitsById()]);
  return readDecisionRows(decisions.get(id) as Decision, units);
}, 4);

/** A decision's rows, for its pages. */
export function getDecisionRows(decision: Decision): Promise<DecisionRows> {
  return rowsOf(decision.id);
}
