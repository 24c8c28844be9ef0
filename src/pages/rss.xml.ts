import rss from '@astrojs/rss';
import { CATEGORY_LABELS } from '../i18n/labels.ts';
import type { APIRoute } from 'astro';
import { getArticles } from '../data-access/articles.ts';
import { routes } from '../routing/index.ts';
import { getSite } from '../data-access/site.ts';

/** The 50 newest stories. Titles and leads are text; @astrojs/rss escapes them. */
export const GET: APIRoute = async () => {
  const [site, articles] = await Promise.all([getSite(), getArticles()]);
  return rss({
    title: site.name,
    description: site.description,
    site: site.url,
    customData: '<language>vi</language>',
    items: articles.slice(0, 50).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.date,
      link: routes.story(article.id),
      categories: [CATEGORY_LABELS[article.data.category], ...article.data.tags],
      author: article.data.authors.join(', '),
    })),
  });
};
