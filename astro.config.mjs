// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/integrations/content-guard.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { readSiteUrl } from './src/io/read-site-url.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from './src/project.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: readSiteUrl(root, CONTENT_DIR, 'https://example.invalid'),
  trailingSlash: 'always',
  // Fixture builds in the tests write elsewhere, so they never touch the real dist/.
  outDir: process.env.BANG_VANG_OUT ?? './dist',
  // …and keep their caches (content store, share images in <cacheDir>/og/) apart from the real one.
  ...(process.env.BANG_VANG_CACHE ? { cacheDir: process.env.BANG_VANG_CACHE } : {}),
  // The content check must run before MDX registers, so it is listed first.
  integrations: [
    contentGuard({ contentDir: CONTENT_DIR, taxonomyFile: TAXONOMY_FILE }),
    mdx(),
    sitemap(),
    shareImages(),
  ],
});
