/**
 * Stories, queried once per build and shared by every page (never a collection walk per page).
 * Drafts are included only by the dev server.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { withCacheKeys } from './cache-keys.ts';
import { relatedStories } from '../domain/related-stories.ts';
import { routes } from '../routing/index.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<ArticleEntry[]> | undefined;

/** Published stories, newest first. */
export function getArticles(): Promise<ArticleEntry[]> {
  cached ??= getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft).then((list) =>
    list.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
  );
  return cached;
}

export interface StoryNeighbours {
  related: ArticleEntry[];
  /** The story published just before (older) and just after (newer) this one. */
  older?: ArticleEntry | undefined;
  newer?: ArticleEntry | undefined;
}

let neighbours: Promise<Map<string, StoryNeighbours>> | undefined;

/** Related stories and previous/next for every story, computed once per build. */
export function getStoryNeighbours(): Promise<Map<string, StoryNeighbours>> {
  neighbours ??= getArticles().then((articles) => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const related = relatedStories(
      articles.map((a) => ({ id: a.id, units: a.data.units, tags: a.data.tags, category: a.data.category })),
    );
    return new Map(
      articles.map((article, index) => [
        article.id,
        {
          related: (related.get(article.id) ?? []).map((id) => byId.get(id) as ArticleEntry),
          older: articles[index + 1],
          newer: index > 0 ? articles[index - 1] : undefined,
        },
      ]),
    );
  });
  return neighbours;
}

/**
 * Every story's page: its story and neighbours, with its cache key. The page also shows the
 * decisions, exemplars, cluster and movement the story names (their names, numbers, award names).
 */
export async function getStoryPaths() {
  const [articles, neighbours, awards, exemplars, clusters, movements] = await Promise.all([
    getArticles(),
    getStoryNeighbours(),
    getCollection('awards'),
    getCollection('exemplars'),
    getCollection('clusters'),
    getCollection('movements'),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
  const [awardById, exemplarById, clusterById, movementById] = [
    byId(awards),
    byId(exemplars),
    byId(clusters),
    byId(movements),
  ];
  const paths = articles.map((article) => ({
    params: { slug: article.id },
    props: { article, neighbours: neighbours.get(article.id) as StoryNeighbours },
  }));
  return withCacheKeys(
    paths,
    (path) => routes.story(path.params.slug),
    ({ props }) => {
      const { data } = props.article;
      return [
        props,
        data.awards.map((id) => awardById.get(id)),
        data.exemplars.map((id) => exemplarById.get(id)),
        data.cluster && clusterById.get(data.cluster),
        data.movement && movementById.get(data.movement),
      ];
    },
  );
}
