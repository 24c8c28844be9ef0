/**
 * How the /og/ endpoint reaches the renderer. The renderer (service.ts: worker threads, the
 * cache) lives in the build process, started by the share-images integration, and is handed over
 * on globalThis: the endpoint is bundled by Vite, which cannot bundle a worker thread's script.
 * This file imports nothing, so bundling the endpoint pulls in nothing of the renderer.
 */
import type { CardModel } from './cards.ts';

export interface ShareImageRenderer {
  /** The cached PNG of a card, drawn first if it is not in the cache. */
  file(card: CardModel): Promise<string>;
  /** Start drawing every card not in the cache, on every worker, without waiting. */
  prefetch(cards: Iterable<CardModel>): void;
}

const KEY = Symbol.for('bang-vang.share-images');
type Holder = { [KEY]?: ShareImageRenderer | undefined };

export function provideShareImageRenderer(renderer: ShareImageRenderer | undefined): void {
  (globalThis as Holder)[KEY] = renderer;
}

export function shareImageRenderer(): ShareImageRenderer {
  const renderer = (globalThis as Holder)[KEY];
  if (!renderer) {
    throw new Error(
      'Chưa có bộ vẽ ảnh chia sẻ: thiếu shareImages() trong astro.config.mjs / the share-image renderer is missing: add shareImages() to astro.config.mjs',
    );
  }
  return renderer;
}
