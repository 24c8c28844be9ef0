/**
 * What the search index is built from, derived once per build from the data layer: the name
 * index's files (every recipient's facts, and every person or collective proposed in a public
 * comment notice, grouped by word and by unit), and the pages Pagefind indexes, with their dates, for the split into the main and archive bundles. The search page
 * hands them to the search integration (astro-adapter/handoffs.ts), which writes the name index
 * and runs Pagefind once the pages are written: nothing is read back from what the build wrote
 * for readers.
 */
import { getCollection } from 'astro:content';
import { getArticles } from './articles.ts';
import { getDecisions, type ListedRow } from './awards.ts';
import { getNotices, type Notice } from './consultations.ts';
import { getRecipientRecords } from './recipients.ts';
import { getUnitsById } from './units.ts';
import { provideSearch, type SearchHandoff } from '../astro-adapter/handoffs.ts';
import { AWARD_STATUS_LABELS, RECIPIENT_GROUP_LABELS } from '../i18n/labels.ts';
import { routes } from '../routing/index.ts';
import { generateCatalogue, generateNameIndex } from '../search/build/name-index.ts';
import {
  recipientFacts,
  type RecipientFacts,
  type SearchDecision,
  type SearchRow,
} from '../search/build/recipient-records.ts';
import { generateUnitIndex, withUnits } from '../search/build/unit-index.ts';
import { CATALOGUE_FILE, UNIT_DIRECTORY_FILE } from '../search/name-shard.ts';
import type { IndexedPage } from '../search/scopes.ts';
import { vietnamIsoDate } from '../utils/dates.ts';

/** A row as the name index holds it (its decision's or notice's facts apart). */
const searchRow = (row: ListedRow): SearchRow => ({
  name: row.name,
  kind: RECIPIENT_GROUP_LABELS[row.kind],
  posthumous: row.posthumous,
  anchor: row.anchor,
  page: row.page,
  unitName: row.unitName,
  unitId: row.listedUnit?.id,
});

/**
 * A notice as the name index refers to its proposed people: its page in place of a decision's,
 * no decision number, its first day as the date, and the status "Đề nghị" that decisions proposing
 * an award carry, so a result never reads as an award conferred.
 */
const noticeFacts = (notice: Notice): SearchDecision => ({
  pagePath: () => notice.href,
  decision: '',
  signed: notice.window.opens,
  award: notice.award,
  awardName: notice.type.name,
  level: notice.level,
  status: AWARD_STATUS_LABELS['de-nghi'],
});

/** Every recipient as the name index holds it, in the decisions' order; and every person proposed in a notice. */
async function loadFacts(): Promise<{ awarded: RecipientFacts[]; proposed: RecipientFacts[] }> {
  const [records, notices] = await Promise.all([getRecipientRecords(), getNotices()]);
  const decisions = new Map<string, SearchDecision>();
  // A withheld record and a minor are in no search file (their rows are counted on their decision).
  const awarded = records
    .filter(({ row }) => !row.nameHidden)
    .map(({ decision, row }) => {
      let facts = decisions.get(decision.id);
      if (!facts) {
        const { data } = decision.entry;
        facts = {
          pagePath: (page) => routes.decision(decision.id, page),
          decision: data.decision,
          signed: vietnamIsoDate(data.signed),
          award: decision.award,
          awardName: decision.type.name,
          level: decision.level,
          status: decision.statusNote,
        };
        decisions.set(decision.id, facts);
      }
      return recipientFacts(facts, searchRow(row));
    });
  const proposed = notices.flatMap((notice) => {
    const facts = noticeFacts(notice);
    return notice.groups.flatMap((group) => group.rows.map((row) => recipientFacts(facts, searchRow(row))));
  });
  return { awarded, proposed };
}

/** The name index's files (name-shard.ts), with the catalogue and the unit directory. */
async function loadNameIndex(): Promise<Pick<SearchHandoff, 'names' | 'extras' | 'recipients' | 'proposed'>> {
  const [{ awarded, proposed }, units] = await Promise.all([loadFacts(), getUnitsById()]);
  const facts = [...awarded, ...proposed];
  const formerNames = (id: string) => units.get(id)?.data.formerNames.map((f) => f.name) ?? [];
  const unitIndex = generateUnitIndex(facts, formerNames);
  const names = withUnits(generateNameIndex(facts), unitIndex);
  const extras = { [CATALOGUE_FILE]: generateCatalogue(names.keys()), [UNIT_DIRECTORY_FILE]: unitIndex.directory };
  return { names, extras, recipients: awarded.length, proposed: proposed.length };
}

/** A page's file in the output folder: `/tin-tuc/x/` → `tin-tuc/x/index.html` (the base is not a folder). */
const fileOf = (href: string) => `${href.slice(routes.base.length)}index.html`;

/**
 * Every page Pagefind indexes (those whose template marks data-pagefind-body), with the sort
 * date its SearchTags write: stories, decisions (their first page), units, exemplars, clusters,
 * movements, public comment notices.
 */
async function loadIndexedPages(): Promise<IndexedPage[]> {
  const [articles, decisions, units, exemplars, clusters, movements, notices] = await Promise.all([
    getArticles(),
    getDecisions(),
    getUnitsById(),
    getCollection('exemplars'),
    getCollection('clusters'),
    getCollection('movements'),
    getNotices(),
  ]);
  const page = (href: string, date = '', story = false): IndexedPage => ({ file: fileOf(href), story, date });
  return [
    ...articles.map((a) => page(routes.story(a.id), vietnamIsoDate(a.data.date), true)),
    ...decisions.map((d) => page(d.href, vietnamIsoDate(d.entry.data.signed))),
    ...[...units.keys()].map((id) => page(routes.unit(id))),
    ...exemplars.map((e) => page(routes.exemplar(e.id), String(e.data.year))),
    ...clusters.map((c) => page(routes.cluster(c.id), String(c.data.year))),
    ...movements.map((m) => page(routes.movement(m.id), vietnamIsoDate(m.data.start))),
    ...notices.map((n) => page(n.href, n.window.opens)),
  ];
}

let handedOver: Promise<void> | undefined;

/**
 * Derives what the search index needs and hands it to the search integration, once per build
 * (the search page calls it). Nothing when the build leaves search out (BANG_VANG_SEARCH=0: the
 * benchmark's goal builds).
 */
export function handOverSearchIndex(): Promise<void> {
  if (process.env['BANG_VANG_SEARCH'] === '0') return Promise.resolve();
  handedOver ??= Promise.all([loadNameIndex(), loadIndexedPages()]).then(([names, pages]) =>
    provideSearch({ ...names, pages }),
  );
  return handedOver;
}
