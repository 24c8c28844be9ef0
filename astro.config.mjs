// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from './src/project.ts';

// The public address comes from content/site.yaml at runtime; `site` here is only a
// fallback for Astro's own helpers.
export default defineConfig({
  site: 'https://bangvang.example.vn',
  trailingSlash: 'always',
  outDir: process.env.BANG_VANG_OUT ?? './dist',
  integrations: [contentGuard({ contentDir: CONTENT_DIR, taxonomyFile: TAXONOMY_FILE }), mdx()],
});
