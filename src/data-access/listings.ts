/**
 * The story listings (all news, per category, per tag, per month), grouped once per build.
 */
import { getArticles, type ArticleEntry } from './articles.ts';
import { articleCategory, type ArticleCategory } from '../schemas/article.ts';
import { vietnamIsoDate } from '../utils/dates.ts';
import { slugVi } from '../utils/slug.ts';

export const PAGE_SIZE = 12;

export interface Listings {
  all: ArticleEntry[];
  byCategory: Map<ArticleCategory, ArticleEntry[]>;
  /** Tag slug → the tag as written (first spelling seen) and its stories. */
  byTag: Map<string, { tag: string; articles: ArticleEntry[] }>;
  /** `yyyy/mm` → stories of that month (Vietnam time). */
  byMonth: Map<string, ArticleEntry[]>;
}

export const tagSlug = (tag: string): string => slugVi(tag);
export const tagUrl = (tag: string): string => `/the/${tagSlug(tag)}/`;
export const monthUrl = (key: string): string => `/luu-tru/${key}/`;

let cached: Promise<Listings> | undefined;

async function load(): Promise<Listings> {
  const all = await getArticles();
  const byCategory = new Map<ArticleCategory, ArticleEntry[]>(articleCategory.options.map((c) => [c, []]));
  const byTag = new Map<string, { tag: string; articles: ArticleEntry[] }>();
  const byMonth = new Map<string, ArticleEntry[]>();
  for (const article of all) {
    byCategory.get(article.data.category)?.push(article);
    for (const tag of new Set(article.data.tags)) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      const entry = byTag.get(slug) ?? { tag, articles: [] };
      entry.articles.push(article);
      byTag.set(slug, entry);
    }
    const key = vietnamIsoDate(article.data.date).slice(0, 7).replace('-', '/');
    byMonth.set(key, [...(byMonth.get(key) ?? []), article]);
  }
  return { all, byCategory, byTag, byMonth };
}

export function getListings(): Promise<Listings> {
  cached ??= load();
  return cached;
}
