/**
 * The share-image renderer of one build (or dev server): looks each card up in the cache and
 * sends the others to worker threads, one per core, so drawing uses every core while Astro
 * awaits the endpoint. It counts what it drew and reused for the build log.
 */
import { availableParallelism } from 'node:os';
import type { CardModel } from './cards.ts';
import { CardCache, cacheKey, drawingVersion } from './cache.ts';
import { WorkerPool } from './pool.ts';
import { portraitDataUrl } from './portrait.ts';
import type { ShareImageRenderer } from './renderer.ts';
import type { RenderJob, RenderResult } from './worker.ts';

export interface ShareImageStats {
  rendered: number;
  reused: number;
  workers: number;
  /** From the first drawing job sent to the last one finished. */
  wallMs: number;
  /** CPU time the worker threads spent drawing, summed: ≈ workers × wallMs when every core is busy. */
  cpuMs: number;
}

export class ShareImageService implements ShareImageRenderer {
  private readonly cache: CardCache;
  private readonly pool: WorkerPool<RenderJob, RenderResult>;
  private readonly files = new Map<string, Promise<string>>();
  /** Every card asked for, by key, for the manifest. */
  private readonly models = new Map<string, CardModel>();
  private rendered = 0;
  private reused = 0;
  private cpuMs = 0;
  private firstStart: number | undefined;
  private lastEnd: number | undefined;

  constructor(options: { cacheDir: string; workers?: number }) {
    this.cache = new CardCache(options.cacheDir);
    this.pool = new WorkerPool(new URL('./worker.ts', import.meta.url), options.workers ?? availableParallelism());
  }

  file(card: CardModel): Promise<string> {
    const key = cacheKey(card, drawingVersion());
    let file = this.files.get(key);
    if (file) return file;
    this.models.set(key, card);
    if (this.cache.has(key)) {
      this.reused++;
      file = Promise.resolve(this.cache.file(key));
    } else {
      this.rendered++;
      file = this.draw(card, key);
    }
    this.files.set(key, file);
    return file;
  }

  prefetch(cards: Iterable<CardModel>): void {
    for (const card of cards) {
      // Failures surface when the endpoint awaits the same card's file.
      this.file(card).catch(() => undefined);
    }
  }

  private async draw(card: CardModel, key: string): Promise<string> {
    const ready =
      card.kind === 'exemplar' && card.portrait
        ? { ...card, portrait: { ...card.portrait, src: await portraitDataUrl(card.portrait.path) } }
        : card;
    this.firstStart ??= performance.now();
    const result = await this.pool.run({ card: ready, cacheDir: this.cache.dir, key });
    this.cpuMs += result.cpuMs;
    this.lastEnd = performance.now();
    return this.cache.file(key);
  }

  stats(): ShareImageStats {
    return {
      rendered: this.rendered,
      reused: this.reused,
      workers: Math.min(this.pool.size, this.rendered),
      wallMs: this.firstStart !== undefined && this.lastEnd !== undefined ? this.lastEnd - this.firstStart : 0,
      cpuMs: this.cpuMs,
    };
  }

  /** After a complete build: remove cached images no page of this build used, and list the cards used. */
  prune(): number {
    this.cache.writeManifest(this.models);
    return this.cache.prune(new Set(this.files.keys()));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
