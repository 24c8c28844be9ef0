/** The site's identity from content/site.yaml, loaded once per build. */
import { getEntry } from 'astro:content';
import { groupMasthead, type MastheadRole } from '../domain/masthead.ts';
import type { SiteConfig } from '../schemas/site.ts';

let cached: Promise<SiteConfig> | undefined;

async function load(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  // The content check reports a missing site.yaml before the build gets here.
  if (!entry) throw new Error('content/site.yaml was not loaded');
  return entry.data;
}

export function getSite(): Promise<SiteConfig> {
  cached ??= load();
  return cached;
}

let masthead: Promise<MastheadRole[]> | undefined;

/** The masthead by role (domain/masthead.ts), for every page's footer. */
export function getMasthead(): Promise<MastheadRole[]> {
  masthead ??= getSite().then((site) => groupMasthead(site.masthead));
  return masthead;
}
