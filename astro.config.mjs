// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentStoreByPath } from './src/integrations/content-store-by-path.ts';
import { incrementalPages } from './src/integrations/incremental-pages.ts';
import { withAtomicOutput } from './src/integrations/atomic-output.ts';
import { oldAddresses } from './src/integrations/old-addresses.ts';
import { openData } from './src/integrations/open-data.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { readSiteUrl } from './src/io/read-site-url.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from './src/project.ts';
import { cspConfig } from './src/security/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: readSiteUrl(root, CONTENT_DIR, 'https://example.invalid'),
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
    mdx(),
    // The pages read the content store from disk rather than from the bundle (memory at 10k).
    contentStoreByPath(),
    // Unchanged pages are linked from the last build's rather than copied.
    incrementalPages(),
    // The browser editor (/admin/) is for press officers, not for readers or search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
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
