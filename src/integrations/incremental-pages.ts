/**
 * Incremental builds (experimental.incrementalBuild in astro.config.mjs): a page whose cache key
 * (data-access/cache-keys.ts) and modules are those of the last build is reused, not rendered. Its
 * file is linked from Astro's copy rather than copied (astro-adapter/incremental-restore.ts), so a
 * small change costs a build in proportion to the change. `astro build --force` renders every page.
 */
import type { AstroIntegration } from 'astro';
import { linkIncrementalRestores } from '../astro-adapter/incremental-restore.ts';

export function incrementalPages(): AstroIntegration {
  return {
    name: 'bang-vang:incremental-pages',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command === 'build' && config.experimental.incrementalBuild) await linkIncrementalRestores();
      },
    },
  };
}
