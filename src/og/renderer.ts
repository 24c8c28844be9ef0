/**
 * What the /og/ endpoint asks of the share-image renderer. The renderer (service.ts: worker
 * threads, the cache) lives in the build process, started by the share-images integration, and is
 * handed to the endpoint by astro-adapter/handoffs.ts: the endpoint is bundled by Vite, which
 * cannot bundle a worker thread's script.
 */
import type { CardModel } from './cards.ts';

export interface ShareImageRenderer {
  /** The cached PNG of a card, drawn first if it is not in the cache. */
  file(card: CardModel): Promise<string>;
  /** Start drawing every card not in the cache, on every worker, without waiting. */
  prefetch(cards: Iterable<CardModel>): void;
  /** The card's cache key (cache.ts): the same key, the same picture. */
  key(card: CardModel): string;
}
