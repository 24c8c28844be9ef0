/**
 * /og/<kind>/<slug>.png: each page's share card, 1200×630 PNG. The cards come from the cache or
 * are drawn by the share-images integration's worker threads (src/integrations/share-images.ts).
 * In a build the first card asked for queues every card of the site, so all cores draw while
 * Astro writes the images one by one; the dev server draws only the card requested.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getShareCards, type ShareCard } from '../../data-access/share-cards.ts';
import { shareImageRenderer } from '../../og/registry.ts';

export const getStaticPaths = (async () =>
  [...(await getShareCards()).values()].map((card) => ({
    params: { card: card.path },
    props: { card },
  }))) satisfies GetStaticPaths;

interface Props {
  card: ShareCard;
}

let queued = false;

export const GET: APIRoute<Props> = async ({ props }) => {
  const renderer = shareImageRenderer();
  if (!queued && !import.meta.env.DEV) {
    queued = true;
    renderer.prefetch([...(await getShareCards()).values()].map((card) => card.model));
  }
  const png = await readFile(await renderer.file(props.card.model));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
