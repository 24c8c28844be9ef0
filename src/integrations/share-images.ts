/**
 * Share images (/og/…png): starts the renderer (worker threads and the card cache under Astro's
 * cacheDir) for the endpoint src/pages/og/[...card].png.ts, and after a build reports how many
 * cards were drawn and how many reused, then drops cached cards no page used any more.
 * Nothing is loaded or started until the first card is asked for, so the dev server starts as fast.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { provideShareImageRenderer } from '../og/registry.ts';
import type { ShareImageService } from '../og/service.ts';

export function shareImages(): AstroIntegration {
  let service: ShareImageService | undefined;
  let load: (() => Promise<ShareImageService>) | undefined;
  return {
    name: 'bang-vang:share-images',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        const cacheDir = fileURLToPath(new URL('og/', config.cacheDir));
        // Builds draw on every core; the dev server draws the odd card on request with one thread.
        const workers = command === 'build' ? availableParallelism() : 1;
        let loading: Promise<ShareImageService> | undefined;
        load = () =>
          (loading ??= import('../og/service.ts').then(({ ShareImageService }) => {
            service = new ShareImageService({ cacheDir, workers });
            return service;
          }));
        const loader = load;
        provideShareImageRenderer({
          file: async (card) => (await loader()).file(card),
          prefetch: (cards) => {
            loader()
              .then((renderer) => renderer.prefetch(cards))
              .catch(() => undefined);
          },
        });
      },
      'astro:server:done': async () => {
        await service?.close();
      },
      'astro:build:done': async ({ logger }) => {
        if (!service) return;
        const { rendered, reused, workers, wallMs, cpuMs } = service.stats();
        const busy =
          wallMs > 0 ? ` — ${workers} luồng/threads, CPU ${(cpuMs / wallMs).toFixed(2)}× ${Math.round(wallMs)} ms` : '';
        logger.info(
          `Ảnh chia sẻ: vẽ mới ${rendered}, dùng lại ${reused} / share images: ${rendered} rendered, ${reused} reused${busy}`,
        );
        service.prune();
        await service.close();
        provideShareImageRenderer(undefined);
      },
    },
  };
}
