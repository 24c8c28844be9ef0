/**
 * The story listings (all news, per category, per tag, per month), grouped and paginated once per
 * build. Every page of the paginated ones (`/tin-tuc/`, `/chuyen-muc/x/trang/2/`, `/the/y/`) is
 * written by one route, src/pages/[...listing].astro.
 */
import { getArticles, type ArticleEntry } from './articles.ts';
import { withCacheKeys } from './cache-keys.ts';
import { t } from '../i18n/index.ts';
import { CATEGORY_LABELS } from '../i18n/labels.ts';
import { routes } from '../routing/index.ts';
import { articleCategory } from '../schemas/article.ts';
import { vietnamIsoDate } from '../utils/dates.ts';
import { paginate, type Page } from '../utils/paginate.ts';

export const PAGE_SIZE = 12;

/** A listing split into pages, with the route parameters of its pages and what heads them. */
export interface PagedListing {
  title: string;
  kicker?: string | undefined;
  pages: Page<ArticleEntry>[];
}

export interface Listings {
  news: PagedListing;
  categories: PagedListing[];
  tags: PagedListing[];
  /** `yyyy/mm` → stories of that month (Vietnam time). */
  byMonth: Map<string, ArticleEntry[]>;
}

let cached: Promise<Listings> | undefined;

async function load(): Promise<Listings> {
  const all = await getArticles();
  const byCategory = new Map(articleCategory.options.map((c) => [c, [] as ArticleEntry[]]));
  /** Tag slug → the tag as written (first spelling seen) and its stories. */
  const byTag = new Map<string, { tag: string; articles: ArticleEntry[] }>();
  const byMonth = new Map<string, ArticleEntry[]>();
  for (const article of all) {
    byCategory.get(article.data.category)?.push(article);
    for (const tag of new Set(article.data.tags)) {
      const slug = routes.tagSlug(tag);
      if (!slug) continue;
      const entry = byTag.get(slug) ?? { tag, articles: [] };
      entry.articles.push(article);
      byTag.set(slug, entry);
    }
    const key = vietnamIsoDate(article.data.date).slice(0, 7).replace('-', '/');
    byMonth.set(key, [...(byMonth.get(key) ?? []), article]);
  }
  return {
    news: { title: t.news, pages: paginate(all, PAGE_SIZE, routes.news()) },
    categories: [...byCategory].map(([category, articles]) => ({
      title: CATEGORY_LABELS[category],
      kicker: t.category,
      pages: paginate(articles, PAGE_SIZE, routes.category(category)),
    })),
    tags: [...byTag.values()].map(({ tag, articles }) => ({
      title: tag,
      kicker: t.tag,
      pages: paginate(articles, PAGE_SIZE, routes.tag(tag)),
    })),
    byMonth,
  };
}

export function getListings(): Promise<Listings> {
  cached ??= load();
  return cached;
}

/** What a listing page shows: its listing's heading and one of its pages. */
export type ListingPageProps = {
  listing: PagedListing;
  page: Page<ArticleEntry>;
};

/**
 * Every page of every listing, as the static paths of one rest route: its address without the
 * base and the slashes (`chuyen-muc/hoi-nghi/trang/2`).
 */
export async function getListingPaths() {
  const { news, categories, tags } = await getListings();
  const paths = [news, ...categories, ...tags].flatMap((listing) =>
    listing.pages.map((page) => ({
      params: { listing: page.url.slice(routes.base.length, -1) },
      props: { listing, page },
    })),
  );
  // A page shows its listing's heading and its own stories (and the number of pages), never the
  // other pages' stories: the key leaves them out.
  return withCacheKeys(
    paths,
    ({ props }) => props.page.url,
    ({ props }) => [props.listing.title, props.listing.kicker, props.page],
  );
}

/**
 * Each month's page: a month rarely holds more than a few dozen stories, so one page each, with
 * links to the neighbouring months instead of page numbers.
 */
export async function getMonthPaths() {
  const { byMonth } = await getListings();
  const keys = [...byMonth.keys()].sort();
  const paths = keys.map((key, index) => {
    const [year, month] = key.split('/') as [string, string];
    return {
      params: { year, month },
      props: { key, articles: byMonth.get(key) ?? [], older: keys[index - 1], newer: keys[index + 1] },
    };
  });
  return withCacheKeys(paths, ({ props }) => routes.month(props.key));
}
