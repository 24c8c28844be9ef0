/** The site's identity from content/site.yaml, loaded once per build. */
import { getEntry } from 'astro:content';
import type { SiteConfig } from '../schemas/site.ts';

let cached: Promise<SiteConfig> | undefined;

export function getSite(): Promise<SiteConfig> {
  cached ??= getEntry('site', 'site').then((entry) => {
    if (!entry) throw new Error('content/site.yaml was not loaded');
    return entry.data;
  });
  return cached;
}
