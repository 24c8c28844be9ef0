/**
 * Stories, queried once per build and shared by every page (never a collection walk per page).
 * Drafts are included only by the dev server.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<ArticleEntry[]> | undefined;

/** Published stories, newest first. */
export function getArticles(): Promise<ArticleEntry[]> {
  cached ??= getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft).then((list) =>
    list.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
  );
  return cached;
}

export function articleUrl(id: string): string {
  return `/tin-tuc/${id}/`;
}
