import type { APIRoute } from 'astro';
import { getSite } from '../data-access/site.ts';
import { routes } from '../routing/index.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = `User-agent: *\nAllow: ${routes.home()}\nDisallow: ${routes.admin()}\n\nSitemap: ${new URL(routes.sitemap(), site.url).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
