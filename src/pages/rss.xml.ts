import rss from '@astrojs/rss';
import XMLBuilder from 'fast-xml-builder';
import type { APIRoute } from 'astro';
import { CATEGORY_LABELS } from '../i18n/labels.ts';
import { getArticles } from '../data-access/articles.ts';
import { routes } from '../routing/index.ts';
import { getSite } from '../data-access/site.ts';

/** Dublin Core, for dc:creator: RSS 2.0's own <author> must be an e-mail address, and bylines are names. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
/** Escapes the bylines it writes (fast-xml-builder: the builder fast-xml-parser, which @astrojs/rss uses, moved to). */
const xml = new XMLBuilder({});

/** A category once, even when a tag repeats the category's name or another tag in other capitals. */
function distinct(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = label.normalize('NFC').trim().toLocaleLowerCase('vi');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The 50 newest stories. Titles and leads are text; @astrojs/rss escapes them. */
export const GET: APIRoute = async () => {
  const [site, articles] = await Promise.all([getSite(), getArticles()]);
  return rss({
    title: site.name,
    description: site.description,
    site: site.url,
    xmlns: { dc: DUBLIN_CORE },
    customData: '<language>vi</language>',
    items: articles.slice(0, 50).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.date,
      link: routes.story(article.id),
      categories: distinct([CATEGORY_LABELS[article.data.category], ...article.data.tags]),
      customData: article.data.authors.map((name) => xml.build({ 'dc:creator': name })).join(''),
    })),
  });
};
