import type { APIRoute } from 'astro';
import { getSite } from '../data-access/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap-index.xml', site.url).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
