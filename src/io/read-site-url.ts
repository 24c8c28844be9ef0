/**
 * The site's public address from content/site.yaml, for astro.config.mjs (canonical URLs,
 * sitemap). Tolerant: the content check reports a missing or bad url with a proper message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export function readSiteUrl(root: string, contentDir: string, fallback: string): string {
  const path = resolve(root, contentDir, 'site.yaml');
  if (!existsSync(path)) return fallback;
  try {
    const url = (parse(readFileSync(path, 'utf8'), { schema: 'core' }) as { url?: unknown } | null)?.url;
    return typeof url === 'string' && URL.canParse(url) ? url : fallback;
  } catch {
    return fallback;
  }
}
