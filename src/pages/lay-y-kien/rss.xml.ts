import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNoticeFeed } from '../../data-access/consultation-feed.ts';

/** Public comment notices, newest opening first, without their status (feed readers keep old copies). */
export const GET: APIRoute = async () => rss(await getNoticeFeed());
