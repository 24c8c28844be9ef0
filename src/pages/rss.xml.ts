import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleUrl, getArticles } from '../data-access/articles.ts';
import { getSite } from '../data-access/site.ts';
import { CATEGORY_LABELS } from '../schemas/article.ts';

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
      link: articleUrl(article.id),
      categories: [CATEGORY_LABELS[article.data.category], ...article.data.tags],
      author: article.data.authors.join(', '),
    })),
  });
};
