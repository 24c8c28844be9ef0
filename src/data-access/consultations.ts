/**
 * Public comment notices (lấy ý kiến Nhân dân) with everything their pages, the list, the home
 * page, the feed, the share cards and the search show, derived once per build: the award with its
 * class, the proposing body, the legal basis, the window and the status at the site's clock (read
 * once by the content check and handed over: astro-adapter/handoffs.ts), the proposed people
 * grouped and anchored as on decision pages, and what came of it. Also each decision's notices,
 * so the decision links back to the comment that preceded it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getDecisionsById, type AwardType, type Decision, type RowPlace } from './awards.ts';
import { getUnitsById, rowUnit, type UnitEntry } from './units.ts';
import { noticeClock } from '../astro-adapter/handoffs.ts';
import type { WorkingDayWindow } from '../calendar/window.ts';
import { daysOffRuns, type DaysOffRun } from '../consultations/days-off.ts';
import { compareNotices } from '../consultations/order.ts';
import { consultationStatus, type ConsultationStatus } from '../consultations/status.ts';
import { groupRecipients, type RecipientGroup, type WithPlace } from '../domain/recipients.ts';
import { AWARD_LEVEL_LABELS, awardLabel } from '../i18n/labels.ts';
import { routes } from '../routing/index.ts';
import { telHref } from '../utils/format.ts';

export type ConsultationEntry = CollectionEntry<'consultations'>;
/** A person or collective proposed (no verification code: the law publishes the names). */
export type ProposedRecipient = ConsultationEntry['data']['recipients'][number];
export type ProposedRow = WithPlace<ProposedRecipient> & RowPlace;

/** What came of a proposal: the decision that followed, or why it was withdrawn. */
export type NoticeOutcome = { decision: Decision } | { withdrawn: string };

/** Where comments go, with the links a phone opens. */
export interface NoticeContact {
  address?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  /** `tel:02293871234`: the digits of `phone` (dots and spaces are how it is printed, not dialled). */
  phoneHref?: string | undefined;
}

export interface Notice {
  id: string;
  entry: ConsultationEntry;
  type: AwardType;
  /** The award proposed, with its class: "Huân chương Lao động hạng Ba". */
  award: string;
  /** The award's level, as the search filters it: "Nhà nước". */
  level: string;
  /** The body that proposes and consults. */
  proposer: UnitEntry;
  /** The notice's own `basis`, or its award's rule's. */
  basis: string | undefined;
  /** At the site's clock: the page prints it, the reader's browser corrects the window's three. */
  status: ConsultationStatus;
  window: WorkingDayWindow;
  /** Holidays and days made up inside the window, a run per holiday. */
  daysOff: DaysOffRun[];
  contact: NoticeContact;
  /** The proposed people and collectives by kind, in vi order, each with its anchor. */
  groups: RecipientGroup<ProposedRecipient, ProposedRow>[];
  total: number;
  href: string;
  outcome: NoticeOutcome | undefined;
}

function contactOf(contact: ConsultationEntry['data']['contact']): NoticeContact {
  const phone = contact?.phone;
  return { ...contact, phoneHref: phone ? telHref(phone) : undefined };
}

let cached: Promise<Notice[]> | undefined;

async function load(): Promise<Notice[]> {
  const { now, calendar } = noticeClock();
  const [entries, types, rules, units, decisions] = await Promise.all([
    getCollection('consultations'),
    getCollection('awardTypes'),
    getCollection('consultationRules'),
    getUnitsById(),
    getDecisionsById(),
  ]);
  const typeById = new Map(types.map((type) => [type.id, type.data]));
  const ruleById = new Map(rules.map((rule) => [rule.id, rule.data]));
  return entries
    .map((entry): Notice => {
      const { data } = entry;
      const type = typeById.get(data.award) as AwardType;
      const { status, window } = consultationStatus(data, now, calendar);
      const groups = groupRecipients(
        data.recipients,
        (row): ProposedRow => ({ ...row, href: routes.proposed(entry.id, row.anchor), ...rowUnit(row.unit, units) }),
        // A notice is one page: the law asks for the whole list to be published.
        Number.POSITIVE_INFINITY,
      );
      const decision = data.outcome?.decision === undefined ? undefined : decisions.get(data.outcome.decision);
      const withdrawn = data.outcome?.withdrawn;
      return {
        id: entry.id,
        entry,
        type,
        award: awardLabel(type.name, data.class),
        level: AWARD_LEVEL_LABELS[type.level],
        // The content check has made sure the unit exists.
        proposer: units.get(data.proposedBy) as UnitEntry,
        basis: data.basis ?? (type.consultation ? ruleById.get(type.consultation)?.basis : undefined),
        status,
        window,
        daysOff: daysOffRuns(window.holidays),
        contact: contactOf(data.contact),
        groups,
        total: data.recipients.length,
        href: routes.consultation(entry.id),
        outcome: decision ? { decision } : withdrawn !== undefined ? { withdrawn } : undefined,
      };
    })
    .sort(compareNotices);
}

/** Every notice: open ones closing soonest first, then upcoming, then ended ones, latest first. */
export function getNotices(): Promise<Notice[]> {
  cached ??= load();
  return cached;
}

let byDecision: Promise<Map<string, Notice[]>> | undefined;

/** The notices each decision followed (its page says "Đã lấy ý kiến Nhân dân: …"), by decision slug. */
export function getNoticesByDecision(): Promise<Map<string, Notice[]>> {
  byDecision ??= getNotices().then((notices) => {
    const map = new Map<string, Notice[]>();
    for (const notice of notices) {
      if (!notice.outcome || !('decision' in notice.outcome)) continue;
      const id = notice.outcome.decision.id;
      map.set(id, [...(map.get(id) ?? []), notice]);
    }
    return map;
  });
  return byDecision;
}
