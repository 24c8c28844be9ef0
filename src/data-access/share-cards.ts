/**
 * The share card of every page that has one, derived once per build: its address under /og/,
 * the fields it draws (src/og/cards.ts) and the description that goes into og:image:alt.
 * A story that names its own `shareImage` has no card: its page shares that picture instead.
 */
import { getCollection } from 'astro:content';
import { getArticles } from './articles.ts';
import { getDecisions } from './awards.ts';
import { awardLabel, getHonourRoll } from './honour-roll.ts';
import { getRelations } from './relations.ts';
import { getSite } from './site.ts';
import { getUnitPages } from './unit-records.ts';
import { getUnitsById, unitLabel } from './units.ts';
import { t } from '../i18n/index.ts';
import type { CardModel, CardSite, Figure } from '../og/cards.ts';
import { clean } from '../og/text.ts';
import { CATEGORY_LABELS } from '../schemas/article.ts';
import { AWARD_STATUS_LABELS } from '../schemas/award.ts';
import { RECIPIENT_KIND_LABELS } from '../schemas/common.ts';
import { UNIT_TYPE_LABELS } from '../schemas/unit.ts';
import { vietnamYear } from '../utils/dates.ts';
import { formatDate, formatDateWithWeekday, formatNumber } from '../utils/format.ts';
import { nameOn } from '../domain/unit-history.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface ShareCard {
  /** `tin-tuc/<slug>`: the image is at /og/<path>.png. */
  path: string;
  model: CardModel;
  /** og:image:alt: what the card says. */
  alt: string;
}

/** What a page puts in its og:image tags. */
export interface ShareImage {
  /** Site-relative address (`/og/tin-tuc/x.png`); the layout makes it absolute. */
  src: string;
  alt: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
}

export const HOME_CARD = 'trang-chu';
export const ogImageUrl = (path: string): string => `/og/${path}.png`;

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

let cached: Promise<Map<string, ShareCard>> | undefined;

async function load(): Promise<Map<string, ShareCard>> {
  const [site, articles, decisions, roll, units, unitPages, relations, exemplars, clusters, movements] =
    await Promise.all([
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
    ]);
  const cardSite: CardSite = {
    name: site.name,
    host: new URL(site.url).host,
    demoLabel: site.demo ? t.ogDemo : undefined,
  };
  const cards = new Map<string, ShareCard>();
  const add = (path: string, model: CardModel, alt: string[]) =>
    cards.set(path, {
      path,
      model: cleanCard(model),
      alt: clean(`${t.ogCardOf} ${site.name}: ${alt.filter(Boolean).join(' — ')}`),
    });

  const onRoll = roll.reduce((sum, year) => sum + year.total, 0);
  add(
    HOME_CARD,
    {
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
    },
    [site.tagline ?? site.description],
  );

  for (const article of articles) {
    const { data } = article;
    if (data.shareImage) continue;
    const date = formatDateWithWeekday(data.date);
    add(
      `tin-tuc/${article.id}`,
      {
        kind: 'story',
        site: cardSite,
        section: t.news,
        category: CATEGORY_LABELS[data.category],
        title: data.title,
        date,
      },
      [CATEGORY_LABELS[data.category], data.title, date],
    );
  }

  for (const decision of decisions) {
    const { data } = decision.entry;
    const award = awardLabel(decision);
    const issuerUnit = data.issuerUnit ? units.get(data.issuerUnit)?.data.name : undefined;
    const kicker = data.status === 'de-nghi' ? t.ogProposalKicker : t.ogDecisionKicker;
    const figures = [
      ...decision.groups.map((group) => figure(group.rows.length, RECIPIENT_KIND_LABELS[group.kind])),
      { value: data.period.label, label: t.ogPeriod },
    ];
    add(
      `khen-thuong/${decision.id}`,
      {
        kind: 'decision',
        site: cardSite,
        section: t.decisions,
        kicker,
        award,
        number: `${t.ogNumber} ${data.decision}`,
        // "Thủ tướng Chính phủ — Chính phủ" says the unit twice: name it only when it adds something.
        issuer:
          issuerUnit && !decision.issuer.name.toLowerCase().includes(issuerUnit.toLowerCase())
            ? `${decision.issuer.name} — ${issuerUnit}`
            : decision.issuer.name,
        status: data.status === 'thu-hoi' ? AWARD_STATUS_LABELS['thu-hoi'] : undefined,
        figures,
        signed: `${t.ogSigned} ${formatDate(data.signed)}`,
      },
      [
        kicker,
        award,
        `${t.ogNumber} ${data.decision}`,
        figures.map((f) => `${f.value} ${f.label}`).join(', '),
        data.status === 'thu-hoi' ? AWARD_STATUS_LABELS['thu-hoi'] : '',
      ],
    );
  }

  for (const exemplar of exemplars) {
    const { data } = exemplar;
    const unit = unitLabel(data.unit, units);
    // The masthead band already names the section: the kicker says what kind and which year.
    const kicker = `${capitalise(RECIPIENT_KIND_LABELS[data.kind])} · ${data.year}`;
    // Astro's image metadata carries the source file's path (its own getImage reads it the same way).
    const portrait = (data.portrait?.image as { fsPath?: string } | undefined)?.fsPath;
    add(
      `dien-hinh/${exemplar.id}`,
      {
        kind: 'exemplar',
        site: cardSite,
        section: t.exemplarsSection,
        kicker,
        name: data.name,
        position: data.position,
        unit,
        field: data.field,
        portrait: portrait ? { path: portrait } : undefined,
      },
      [t.exemplarsSection, kicker, data.name, data.position ?? '', unit ?? ''],
    );
  }

  for (const page of unitPages.values()) {
    const { unit, own } = page;
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
    add(
      `don-vi/${unit.id}`,
      {
        kind: 'unit',
        site: cardSite,
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
      },
      [t.units, kicker, unit.data.name, line],
    );
  }

  for (const cluster of clusters) {
    const { data } = cluster;
    const yearEnd = new Date(`${data.year}-12-31T00:00:00+07:00`);
    const name = (id: string | undefined) => {
      const unit = id ? units.get(id) : undefined;
      return unit ? nameOn(unit.data, yearEnd) : undefined;
    };
    const [leaderLabel, deputyLabel] =
      data.kind === 'cum' ? [t.clusterLeader, t.clusterDeputy] : [t.blockLeader, t.blockDeputy];
    const leader = name(data.leader);
    const deputy = name(data.deputy);
    const organiser = name(data.organiser);
    // Who leads it; else who set it up (a bare "Cụm Thi đua số 1" says little on its own); else its theme.
    const line =
      [leader ? `${leaderLabel}: ${leader}` : '', deputy ? `${deputyLabel}: ${deputy}` : '']
        .filter(Boolean)
        .join(' · ') || (organiser ? `${t.organiser}: ${organiser}` : '');
    const related = relations.decisionsByCluster.get(cluster.id) ?? [];
    const kicker = `${data.kind === 'cum' ? t.clusterKindCum : t.clusterKindKhoi} · ${data.year}`;
    add(
      `cum-thi-dua/${cluster.id}`,
      {
        kind: 'cluster',
        site: cardSite,
        section: t.clusters,
        kicker,
        name: data.name,
        line: line || data.theme,
        figures: nonZero([
          [data.members.length, t.ogMembers],
          [related.filter((d) => d.entry.data.status === 'quyet-dinh').length, t.ogDecisions],
          [related.filter((d) => d.entry.data.status === 'de-nghi').length, t.ogProposals],
          [relations.articlesByCluster.get(cluster.id)?.length ?? 0, t.ogStories],
        ]),
      },
      [kicker, data.name, line],
    );
  }

  for (const movement of movements) {
    const { data } = movement;
    const start = vietnamYear(data.start);
    const end = data.end ? vietnamYear(data.end) : undefined;
    const years = end && end !== start ? `${start}–${end}` : String(start);
    const kicker = years;
    const related = relations.decisionsByMovement.get(movement.id) ?? [];
    add(
      `phong-trao/${movement.id}`,
      {
        kind: 'movement',
        site: cardSite,
        section: t.movements,
        kicker,
        name: data.name,
        line: `${t.ogLaunchedBy}: ${data.launchedBy}`,
        figures: nonZero([
          [relations.articlesByMovement.get(movement.id)?.length ?? 0, t.ogStories],
          [related.filter((d) => d.entry.data.status === 'quyet-dinh').length, t.ogDecisions],
        ]),
      },
      [t.movements, kicker, data.name, `${t.ogLaunchedBy}: ${data.launchedBy}`],
    );
  }
  return cards;
}

/** Every share card of the site, by path. */
export function getShareCards(): Promise<Map<string, ShareCard>> {
  cached ??= load();
  return cached;
}

/** The og:image of a page: its own card, or the home card where it has none (listings). */
export async function getShareImage(path: string = HOME_CARD): Promise<ShareImage> {
  const cards = await getShareCards();
  const card = cards.get(path) ?? (cards.get(HOME_CARD) as ShareCard);
  return { src: ogImageUrl(card.path), alt: card.alt, width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png' };
}
