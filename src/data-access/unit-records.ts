/**
 * Everything that concerns each unit, indexed once per build by walking each collection once
 * (never a collection walk per unit page).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getArticles, type ArticleEntry } from './articles.ts';
import { getDecisions, type Decision, type RecipientRow } from './awards.ts';
import { getRecipientLists } from './recipients.ts';
import { withCacheKeys } from './cache-keys.ts';
import { routes } from '../routing/index.ts';
import { getUnitsById, type UnitEntry } from './units.ts';
import { predecessorsOf } from '../domain/unit-history.ts';

export type ClusterEntry = CollectionEntry<'clusters'>;
export type ExemplarEntry = CollectionEntry<'exemplars'>;
export type MovementEntry = CollectionEntry<'movements'>;

export interface UnitRecords {
  articles: ArticleEntry[];
  /**
   * Decisions the unit issued or in which it (or its people) received something: the first
   * LIST_LIMIT of its recipients in each, and how many.
   */
  decisions: { decision: Decision; issued: boolean; recipients: RecipientRow[]; count: number }[];
  exemplars: ExemplarEntry[];
  /** Cluster memberships, newest year first, with the unit's role. */
  clusters: { cluster: ClusterEntry; role: 'leader' | 'deputy' | 'member' | 'organiser' }[];
  movements: MovementEntry[];
}

export interface UnitPage {
  unit: UnitEntry;
  /** Its own records. */
  own: UnitRecords;
  /** Records of the units that merged into it, each under the name it had. */
  predecessors: { unit: UnitEntry; records: UnitRecords }[];
  /** Units whose parent it is. */
  children: UnitEntry[];
}

function empty(): UnitRecords {
  return { articles: [], decisions: [], exemplars: [], clusters: [], movements: [] };
}

let cached: Promise<Map<string, UnitPage>> | undefined;

async function load(): Promise<Map<string, UnitPage>> {
  const [units, articles, decisions, exemplars, clusters, movements, lists] = await Promise.all([
    getUnitsById(),
    getArticles(),
    getDecisions(),
    getCollection('exemplars'),
    getCollection('clusters'),
    getCollection('movements'),
    getRecipientLists(),
  ]);
  const records = new Map<string, UnitRecords>([...units.keys()].map((id) => [id, empty()]));
  const of = (id: string | undefined) => (id ? records.get(id) : undefined);

  for (const article of articles) for (const id of new Set(article.data.units)) of(id)?.articles.push(article);
  for (const decision of decisions) {
    const byUnit = lists.unitRows.get(decision.id);
    const issuer = decision.entry.data.issuerUnit;
    for (const id of new Set([...(byUnit?.keys() ?? []), ...(issuer ? [issuer] : [])])) {
      const own = byUnit?.get(id);
      of(id)?.decisions.push({ decision, issued: id === issuer, recipients: own?.rows ?? [], count: own?.count ?? 0 });
    }
  }
  for (const exemplar of exemplars) of(exemplar.data.unit)?.exemplars.push(exemplar);
  for (const cluster of [...clusters].sort((a, b) => b.data.year - a.data.year)) {
    const { leader, deputy, organiser } = cluster.data;
    for (const id of cluster.data.members) {
      of(id)?.clusters.push({ cluster, role: id === leader ? 'leader' : id === deputy ? 'deputy' : 'member' });
    }
    if (organiser && !cluster.data.members.includes(organiser))
      of(organiser)?.clusters.push({ cluster, role: 'organiser' });
  }
  for (const movement of movements) of(movement.data.unit)?.movements.push(movement);

  const children = new Map<string, UnitEntry[]>();
  for (const unit of units.values()) {
    if (!unit.data.parent) continue;
    children.set(unit.data.parent, [...(children.get(unit.data.parent) ?? []), unit]);
  }
  const lineage = [...units.values()].map((u) => ({ id: u.id, successor: u.data.successor }));
  return new Map(
    [...units.values()].map((unit) => [
      unit.id,
      {
        unit,
        own: records.get(unit.id) ?? empty(),
        predecessors: predecessorsOf(unit.id, lineage).map((id) => ({
          unit: units.get(id) as UnitEntry,
          records: records.get(id) ?? empty(),
        })),
        children: children.get(unit.id) ?? [],
      },
    ]),
  );
}

export function getUnitPages(): Promise<Map<string, UnitPage>> {
  cached ??= load();
  return cached;
}

/** Every unit's page, with its cache key. */
export async function getUnitPaths() {
  const pages = [...(await getUnitPages()).values()].map((page) => ({ params: { id: page.unit.id }, props: { page } }));
  return withCacheKeys(pages, ({ params }) => routes.unit(params.id));
}
