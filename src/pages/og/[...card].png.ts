/**
 * /og/<kind>/<slug>.png: each page's share card, 1200×630 PNG. The cards come from the cache or
 * are drawn by the share-images integration's worker threads (src/integrations/share-images.ts).
 * A build queues every card as soon as Astro lists the routes (getStaticPaths runs before any
 * page is rendered), so the workers draw on every core while Astro is still writing HTML pages;
 * each endpoint then only waits for its own card. The dev server draws the card requested.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getShareCards, type ShareCard } from '../../data-access/share-cards.ts';
import { shareImageRenderer } from '../../astro-adapter/handoffs.ts';

let queued = false;

async function queueAll(): Promise<void> {
  if (queued || import.meta.env.DEV) return;
  queued = true;
  shareImageRenderer().prefetch([...(await getShareCards()).values()].map((card) => card.model));
}

export const getStaticPaths = (async () => {
  // The benchmark's goal build leaves the cards out (the goals exclude them): npm run bench.
  if (process.env['BANG_VANG_SHARE_IMAGES'] === '0') return [];
  await queueAll();
  // A card's key is its picture's (the drawing code, the fonts, what it says): an unchanged card's
  // file is reused by the incremental build (astro.config.mjs) without asking for it.
  const renderer = shareImageRenderer();
  return [...(await getShareCards()).values()].map((card) => ({
    params: { card: card.path },
    props: { card },
    cacheKey: renderer.key(card.model),
  }));
}) satisfies GetStaticPaths;

interface Props {
  card: ShareCard;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  // Normally done by getStaticPaths already; kept here in case Astro calls it in another module instance.
  await queueAll();
  const png = await readFile(await shareImageRenderer().file(props.card.model));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
