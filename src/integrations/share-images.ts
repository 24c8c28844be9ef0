/**
 * Share images (/og/…png): starts the renderer (worker threads and the card cache under Astro's
 * cacheDir) for the endpoint src/pages/og/[...card].png.ts, and after a build reports how many
 * cards were drawn and how many reused, then drops cached cards no page used any more.
 * Nothing is loaded or started until the first card is asked for, so the dev server starts as fast.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideShareImageRenderer } from '../astro-adapter/handoffs.ts';
import type { ShareImageService } from '../og/service.ts';
import { cacheKey } from '../og/cache.ts';

export function shareImages(): AstroIntegration {
  let service: ShareImageService | undefined;
  return {
    name: 'bang-vang:share-images',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        const cacheDir = join(fileURLToPath(config.cacheDir), 'og');
        // Builds draw on every core; the dev server draws the odd card on request with one thread.
        const workers = command === 'build' ? availableParallelism() : 1;
        let loading: Promise<ShareImageService> | undefined;
        const load = () =>
          (loading ??= import('../og/service.ts').then(({ ShareImageService }) => {
            service = new ShareImageService({ cacheDir, workers });
            return service;
          }));
        provideShareImageRenderer({
          file: async (card) => (await load()).file(card),
          prefetch: (cards) => {
            load()
              .then((renderer) => renderer.prefetch(cards))
              .catch(() => undefined);
          },
          key: (card) => cacheKey(card),
        });
      },
      'astro:server:done': async () => {
        await service?.close();
      },
      'astro:build:done': async ({ logger }) => {
        if (!service) return;
        const { rendered, reused, workers, wallMs, cpuMs } = service.stats();
        // CPU busy = CPU time of the drawing threads ÷ the time they took: 2 means two whole cores.
        const busy = (unit: string, decimal: string) =>
          rendered > 0
            ? ` (${workers} ${unit}, CPU ${(cpuMs / wallMs).toFixed(2)}×, ${(wallMs / 1000).toFixed(1)} s)`.replace(
                /(\d)\.(\d)/g,
                `$1${decimal}$2`,
              )
            : '';
        logger.info(
          `Ảnh chia sẻ: vẽ mới ${rendered}, dùng lại ${reused}${busy('luồng', ',')} / share images: ${rendered} rendered, ${reused} reused${busy('threads', '.')}`,
        );
        service.prune();
        await service.close();
        provideShareImageRenderer(undefined);
      },
    },
  };
}
