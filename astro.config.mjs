// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentLinks } from './src/integrations/content-links.ts';
import { contentStoreByPath } from './src/integrations/content-store-by-path.ts';
import { incrementalPages } from './src/integrations/incremental-pages.ts';
import { withAtomicOutput } from './src/integrations/atomic-output.ts';
import { oldAddresses } from './src/integrations/old-addresses.ts';
import { openData } from './src/integrations/open-data.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { readSiteUrl } from './src/io/read-site-url.ts';
import { routesFor } from './src/routing/routes.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from './src/project.ts';
import { cspConfig } from './src/security/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// site.yaml's url, path included: a site at https://org.github.io/thi-dua-tinh/ is served under
// /thi-dua-tinh/, and Astro's base makes every page, asset and script live there.
const site = readSiteUrl(root, CONTENT_DIR, 'https://example.invalid');
const siteRoutes = routesFor(site);

export default defineConfig({
  site,
  base: siteRoutes.base,
  trailingSlash: 'always',
  // Content-Security-Policy as a <meta> in every page, with hashes of every inline script and
  // style: see src/security/csp.ts.
  security: { csp: cspConfig },
  // Shiki colours code with inline style attributes, which the policy forbids; news stories have
  // no code to colour, so code blocks stay plain <pre><code>.
  markdown: { syntaxHighlight: false },
  // A page whose cache key (src/data-access/cache-keys.ts) and code are those of the last build is
  // reused rather than rendered again: a push of one story rebuilds the pages that show it. Astro
  // keeps its copies in cacheDir (CI keeps that folder between runs). Only with build.concurrency 1
  // (the default): Astro turns it off otherwise.
  experimental: { incrementalBuild: true },
  // Fixture builds in the tests write elsewhere, so they never touch the real dist/.
  outDir: process.env.BANG_VANG_OUT ?? './dist',
  // …and keep their caches (content store, share images in <cacheDir>/og/) apart from the real one.
  ...(process.env.BANG_VANG_CACHE ? { cacheDir: process.env.BANG_VANG_CACHE } : {}),
  vite: {
    build: {
      // Scripts as files, never inlined into each page: the night-mode, read-aloud and copy-link
      // scripts were 1.1 KB of every story page (11 MB of a 10,000-story site) that a reader's
      // browser now fetches once and keeps. Other assets keep Vite's rule (inlined under 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject" directive, which the
        // bundler warns about in ~15 lines per MDX file (1,000 MDX stories: 15,000 lines burying
        // the real messages). The directive is Astro's; nothing for a press officer to fix.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The content check must run before MDX registers, so it is listed first. withAtomicOutput
  // appends the integration that publishes dist/ only when the whole build succeeded; it must
  // run after every other build:done hook, so add new integrations inside this list.
  integrations: withAtomicOutput([
    contentGuard({ contentDir: CONTENT_DIR, taxonomyFile: TAXONOMY_FILE }),
    // Links in stories are written from the site's root: under a base path they move under it.
    contentLinks(),
    mdx(),
    // The pages read the content store from disk rather than from the bundle (memory at 10k).
    contentStoreByPath(),
    // Unchanged pages are linked from the last build's rather than copied.
    incrementalPages(),
    // The browser editor (/admin/) is for press officers, not for readers or search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(siteRoutes.admin()) }),
    // Share cards are drawn by worker threads while the pages render.
    shareImages(),
    // The open-data files, streamed to disk once the pages are done.
    openData(),
    // Built from the pages the others have written.
    searchIndex(),
    // Old portal addresses (`redirectFrom`) lead to the migrated stories.
    oldAddresses({ contentDir: CONTENT_DIR }),
  ]),
});
