/**
 * The static paths of the pages of exemplars, clusters and movements (`/phong-trao/<id>/`): the
 * entry as the page's prop, and a cache key that counts the stories and decisions the page lists
 * about it (data-access/relations.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getDecisions } from './awards.ts';
import { withCacheKeys } from './cache-keys.ts';
import { getRelations } from './relations.ts';
import { routes } from '../routing/index.ts';

type Related = 'exemplars' | 'clusters' | 'movements';

const HREF: Record<Related, (id: string) => string> = {
  exemplars: routes.exemplar,
  clusters: routes.cluster,
  movements: routes.movement,
};

export async function entryPaths<C extends Related>(collection: C) {
  const [entries, relations, decisions] = await Promise.all([
    getCollection(collection),
    getRelations(),
    getDecisions(),
  ]);
  const paths = entries.map((entry) => ({
    params: { id: entry.id },
    props: { entry: entry as CollectionEntry<C> },
  }));
  const related = ({ id, data }: CollectionEntry<Related>): unknown[] => {
    if (collection === 'clusters') return [relations.articlesByCluster.get(id), relations.decisionsByCluster.get(id)];
    if (collection === 'movements')
      return [relations.articlesByMovement.get(id), relations.decisionsByMovement.get(id)];
    // An exemplar's page lists its stories and the decisions it names.
    const named = new Set('awards' in data ? data.awards : []);
    return [relations.articlesByExemplar.get(id), decisions.filter((d) => named.has(d.id))];
  };
  return withCacheKeys(
    paths,
    ({ params }) => HREF[collection](params.id),
    ({ props }) => [props, related(props.entry)],
  );
}

/** What such a page gets: its entry. */
export type EntryProps<C extends Related> = {
  entry: CollectionEntry<C>;
};
