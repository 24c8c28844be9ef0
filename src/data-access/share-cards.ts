/**
 * The share card of every page that has one, derived once per build: the page it belongs to,
 * the fields it draws (src/og/cards.ts) and the description that goes into og:image:alt.
 * A story that names its own `shareImage` has no card: its page shares that picture instead.
 */
import { getCollection } from 'astro:content';
import { getArticles } from './articles.ts';
import { getDecisions } from './awards.ts';
import { getNotices } from './consultations.ts';
import { getHonourRoll } from './honour-roll.ts';
import { getRelations, type Relations } from './relations.ts';
import { getSite } from './site.ts';
import { getUnitPages } from './unit-records.ts';
import { getUnitsById, type UnitEntry } from './units.ts';
import { imageFilePath } from '../astro-adapter/internals.ts';
import { nameOn } from '../domain/unit-history.ts';
import { t } from '../i18n/index.ts';
import {
  AWARD_STATUS_LABELS,
  CATEGORY_LABELS,
  RECIPIENT_KIND_LABELS,
  UNIT_TYPE_LABELS,
  windowPhrase,
} from '../i18n/labels.ts';
import type { CardModel, CardSite, Figure } from '../og/cards.ts';
import { clean } from '../og/text.ts';
import { routes } from '../routing/index.ts';
import { vietnamYear } from '../utils/dates.ts';
import { formatDate, formatDateWithWeekday, formatNumber } from '../utils/format.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface ShareCard {
  /** `tin-tuc/<slug>`: the image is at /og/<path>.png (routes.shareImage). */
  path: string;
  model: CardModel;
  /** og:image:alt: what the card says. */
  alt: string;
}

/** What a page puts in its og:image tags. */
export interface ShareImage {
  /** Address from the site's root (`/og/tin-tuc/x.png`); the layout makes it absolute. */
  src: string;
  alt: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
}

/** The home page's card, also shared by the pages that have none of their own (listings). */
export const HOME_CARD = 'trang-chu';

/** A page's card: its address without the base and the slashes (`/don-vi/x/` → `don-vi/x`). */
const cardPath = (href: string): string => href.slice(routes.base.length).replace(/\/$/, '') || HOME_CARD;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const figure = (count: number, label: string): Figure => ({ value: formatNumber(count), label });
/** Figures worth printing: a zero says nothing on a share card. */
const nonZero = (list: [number, string][]): Figure[] =>
  list.filter(([count]) => count > 0).map(([count, label]) => figure(count, label));
/** Fields to text as drawn (NFC, single spaces), so the cache key sees exactly what is printed. */
function cleanCard<T extends CardModel>(card: T): T {
  return JSON.parse(JSON.stringify(card), (_key, value: unknown) =>
    typeof value === 'string' ? clean(value) : value,
  ) as T;
}

/** A card: the page it belongs to, what it draws, and the parts of its description. */
type Card = [href: string, model: CardModel, alt: string[]];

type Data = Awaited<ReturnType<typeof loadData>>;

function loadData() {
  return Promise.all([
    getSite(),
    getArticles(),
    getDecisions(),
    getHonourRoll(),
    getUnitsById(),
    getUnitPages(),
    getRelations(),
    getCollection('exemplars'),
    getCollection('clusters'),
    getCollection('movements'),
    getNotices(),
  ]);
}

function homeCard([site, articles, decisions, roll]: Data, cardSite: CardSite): Card {
  const onRoll = roll.reduce((sum, year) => sum + year.total, 0);
  const model: CardModel = {
    kind: 'home',
    site: cardSite,
    section: t.home,
    tagline: site.tagline,
    organisation: site.organisation,
    figures: nonZero([
      [articles.length, t.ogStories],
      [decisions.filter((d) => d.entry.data.status === 'quyet-dinh').length, t.ogDecisions],
      [onRoll, t.ogHonours],
    ]),
  };
  return [routes.home(), model, [site.tagline ?? site.description]];
}

function storyCards([, articles]: Data, site: CardSite): Card[] {
  return articles
    .filter((article) => !article.data.shareImage)
    .map(({ id, data }) => {
      const date = formatDateWithWeekday(data.date);
      const category = CATEGORY_LABELS[data.category];
      const model: CardModel = { kind: 'story', site, section: t.news, category, title: data.title, date };
      return [routes.story(id), model, [category, data.title, date]];
    });
}

function decisionCards([, , decisions, , units]: Data, site: CardSite): Card[] {
  return decisions.map((decision) => {
    const { data } = decision.entry;
    const issuerUnit = data.issuerUnit ? units.get(data.issuerUnit)?.data.name : undefined;
    const kicker = data.status === 'de-nghi' ? t.ogProposalKicker : t.ogDecisionKicker;
    const figures = [
      ...decision.groups.map((group) => figure(group.rows.length, RECIPIENT_KIND_LABELS[group.kind])),
      { value: data.period.label, label: t.ogPeriod },
    ];
    const revoked = data.status === 'thu-hoi' ? AWARD_STATUS_LABELS['thu-hoi'] : undefined;
    const number = `${t.ogNumber} ${data.decision}`;
    const model: CardModel = {
      kind: 'decision',
      site,
      section: t.decisions,
      kicker,
      award: decision.award,
      number,
      // "Thủ tướng Chính phủ — Chính phủ" says the unit twice: name it only when it adds something.
      issuer:
        issuerUnit && !decision.issuer.name.toLowerCase().includes(issuerUnit.toLowerCase())
          ? `${decision.issuer.name} — ${issuerUnit}`
          : decision.issuer.name,
      status: revoked,
      figures,
      signed: `${t.ogSigned} ${formatDate(data.signed)}`,
    };
    const alt = [kicker, decision.award, number, figures.map((f) => `${f.value} ${f.label}`).join(', '), revoked ?? ''];
    return [decision.href, model, alt];
  });
}

function consultationCards([, , , , , , , , , , notices]: Data, site: CardSite): Card[] {
  return notices.map((notice) => {
    const window = windowPhrase(notice.window, { length: false });
    const figures = [
      ...notice.groups.map((group) => figure(group.rows.length, RECIPIENT_KIND_LABELS[group.kind])),
      figure(notice.window.workingDays, t.workingDaysUnit),
    ];
    const model: CardModel = {
      kind: 'consultation',
      site,
      section: t.consultations,
      award: notice.award,
      title: notice.entry.data.title,
      proposer: notice.proposer.data.name,
      figures,
      window,
    };
    return [
      notice.href,
      model,
      [t.consultations, notice.award, notice.entry.data.title, notice.proposer.data.name, window],
    ];
  });
}

function exemplarCards([, , , , units, , , exemplars]: Data, site: CardSite): Card[] {
  return exemplars.map(({ id, data }) => {
    const unit = units.get(data.unit)?.data.name ?? data.unit;
    // The masthead band already names the section: the kicker says what kind and which year.
    const kicker = `${capitalise(RECIPIENT_KIND_LABELS[data.kind])} · ${data.year}`;
    // Astro's image metadata carries the source file's path (astro-adapter/internals.ts).
    const portrait = imageFilePath(data.portrait?.image);
    const model: CardModel = {
      kind: 'exemplar',
      site,
      section: t.exemplarsSection,
      kicker,
      name: data.name,
      position: data.position,
      unit,
      field: data.field,
      portrait: portrait ? { path: portrait } : undefined,
    };
    return [routes.exemplar(id), model, [t.exemplarsSection, kicker, data.name, data.position ?? '', unit]];
  });
}

function unitCards([, , , , units, unitPages]: Data, site: CardSite): Card[] {
  return [...unitPages.values()].map(({ unit, own }) => {
    const parent = unit.data.parent ? units.get(unit.data.parent)?.data.name : undefined;
    const successor = unit.data.successor ? units.get(unit.data.successor)?.data.name : undefined;
    const former = unit.data.formerNames.map((f) => f.name);
    const line = [
      successor ? `${t.mergedInto} ${successor}` : '',
      former.length ? `${t.ogFormerly}: ${former.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const inForce = own.decisions.filter((d) => d.decision.entry.data.status === 'quyet-dinh' && d.recipients.length);
    // Where it is, as papers put the place above a headline; the type is already in the name.
    const kicker = parent ?? UNIT_TYPE_LABELS[unit.data.type];
    const model: CardModel = {
      kind: 'unit',
      site,
      section: t.units,
      kicker,
      name: unit.data.name,
      line: line || undefined,
      figures: nonZero([
        [inForce.length, t.ogDecisions],
        [inForce.reduce((sum, d) => sum + d.recipients.length, 0), t.ogHonours],
        [own.articles.length, t.ogStories],
        [own.exemplars.length, t.ogExemplars],
      ]),
    };
    return [routes.unit(unit.id), model, [t.units, kicker, unit.data.name, line]];
  });
}

const decided = (relation: Relations['decisionsByCluster'], id: string, status: 'quyet-dinh' | 'de-nghi') =>
  (relation.get(id) ?? []).filter((d) => d.entry.data.status === status).length;

function clusterCards([, , , , units, , relations, , clusters]: Data, site: CardSite): Card[] {
  return clusters.map(({ id, data }) => {
    const yearEnd = new Date(`${data.year}-12-31T00:00:00+07:00`);
    const name = (unitId: string | undefined) => {
      const unit: UnitEntry | undefined = unitId ? units.get(unitId) : undefined;
      return unit ? nameOn(unit.data, yearEnd) : undefined;
    };
    const [leaderLabel, deputyLabel] =
      data.kind === 'cum' ? [t.clusterLeader, t.clusterDeputy] : [t.blockLeader, t.blockDeputy];
    const [leader, deputy, organiser] = [name(data.leader), name(data.deputy), name(data.organiser)];
    // Who leads it; else who set it up (a bare "Cụm Thi đua số 1" says little on its own); else its theme.
    const line =
      [leader ? `${leaderLabel}: ${leader}` : '', deputy ? `${deputyLabel}: ${deputy}` : '']
        .filter(Boolean)
        .join(' · ') || (organiser ? `${t.organiser}: ${organiser}` : '');
    const kicker = `${data.kind === 'cum' ? t.clusterKindCum : t.clusterKindKhoi} · ${data.year}`;
    const model: CardModel = {
      kind: 'cluster',
      site,
      section: t.clusters,
      kicker,
      name: data.name,
      line: line || data.theme,
      figures: nonZero([
        [data.members.length, t.ogMembers],
        [decided(relations.decisionsByCluster, id, 'quyet-dinh'), t.ogDecisions],
        [decided(relations.decisionsByCluster, id, 'de-nghi'), t.ogProposals],
        [relations.articlesByCluster.get(id)?.length ?? 0, t.ogStories],
      ]),
    };
    return [routes.cluster(id), model, [kicker, data.name, line]];
  });
}

function movementCards([, , , , , , relations, , , movements]: Data, site: CardSite): Card[] {
  return movements.map(({ id, data }) => {
    const start = vietnamYear(data.start);
    const end = data.end ? vietnamYear(data.end) : undefined;
    const kicker = end && end !== start ? `${start}–${end}` : String(start);
    const launchedBy = `${t.ogLaunchedBy}: ${data.launchedBy}`;
    const model: CardModel = {
      kind: 'movement',
      site,
      section: t.movements,
      kicker,
      name: data.name,
      line: launchedBy,
      figures: nonZero([
        [relations.articlesByMovement.get(id)?.length ?? 0, t.ogStories],
        [decided(relations.decisionsByMovement, id, 'quyet-dinh'), t.ogDecisions],
      ]),
    };
    return [routes.movement(id), model, [t.movements, kicker, data.name, launchedBy]];
  });
}

let cached: Promise<Map<string, ShareCard>> | undefined;

async function load(): Promise<Map<string, ShareCard>> {
  const data = await loadData();
  const [site] = data;
  const cardSite: CardSite = {
    name: site.name,
    host: new URL(site.url).host,
    demoLabel: site.demo ? t.ogDemo : undefined,
  };
  const cards = new Map<string, ShareCard>();
  const all = [
    homeCard(data, cardSite),
    ...storyCards(data, cardSite),
    ...decisionCards(data, cardSite),
    ...consultationCards(data, cardSite),
    ...exemplarCards(data, cardSite),
    ...unitCards(data, cardSite),
    ...clusterCards(data, cardSite),
    ...movementCards(data, cardSite),
  ];
  for (const [href, model, alt] of all) {
    const path = cardPath(href);
    cards.set(path, {
      path,
      model: cleanCard(model),
      alt: clean(`${t.ogCardOf} ${site.name}: ${alt.filter(Boolean).join(' — ')}`),
    });
  }
  return cards;
}

/** Every share card of the site, by path. */
export function getShareCards(): Promise<Map<string, ShareCard>> {
  cached ??= load();
  return cached;
}

/** The og:image of a page, by its address: its own card, or the home card where it has none (listings). */
export async function getShareImage(pageHref: string = routes.home()): Promise<ShareImage> {
  const cards = await getShareCards();
  const card = cards.get(cardPath(pageHref)) ?? (cards.get(HOME_CARD) as ShareCard);
  return { src: routes.shareImage(card.path), alt: card.alt, width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png' };
}
