/**
 * Old links land on migrated stories: Astro's `redirects` for old paths (meta-refresh pages in a
 * static build), and, when the build is done, `_redirects` for hosts that read it and one page per
 * old script path that takes a query string (see src/redirects/generate-redirects.ts).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readCollection } from '../io/read-content.ts';
import { createRoutes } from '../routing/routes.ts';
import { readOldAddresses } from '../redirects/old-addresses.ts';
import {
  generateQueryRedirectPage,
  generateRedirectsFile,
  planRedirects,
  type RedirectPlan,
} from '../redirects/generate-redirects.ts';

export function oldAddresses(options: { contentDir: string }): AstroIntegration {
  let plan: RedirectPlan | undefined;
  return {
    name: 'bang-vang:old-addresses',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        // Astro serves the redirects' paths under the base path, but writes their targets as given.
        const stories = createRoutes(config.base);
        plan = planRedirects(
          readOldAddresses(readCollection(root, options.contentDir, 'articles').files),
          stories.story,
          stories.base,
        );
        for (const address of plan.unservable) {
          logger.warn(
            `${address.file}: địa chỉ cũ "${address.from}" không chuyển hướng được trên máy chủ tĩnh (trùng trang chủ) / cannot be redirected on a static host (it is the home page)`,
          );
        }
        if (Object.keys(plan.paths).length) updateConfig({ redirects: plan.paths });
      },
      'astro:build:done': ({ dir }) => {
        if (!plan) return;
        const out = fileURLToPath(dir);
        const redirects = generateRedirectsFile(plan);
        if (redirects) writeFileSync(join(out, '_redirects'), redirects);
        for (const [path, targets] of plan.queries) {
          const folder = join(out, ...path.split('/').filter(Boolean));
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), generateQueryRedirectPage(path, targets));
        }
      },
    },
  };
}
