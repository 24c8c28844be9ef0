/**
 * Cache keys for Astro's incremental build (astro.config.mjs, experimental.incrementalBuild): a
 * page whose key and whose modules are those of the last build is not rendered again, its file is
 * reused. So a key must change whenever anything the page shows changes: it is a digest of
 *
 * - what every page may show: site.yaml (name, masthead, address), the award taxonomy and its
 *   consultation rules (award names), and every unit (their names are on most pages);
 * - the page's own card (its og:image and the card's description, data-access/share-cards.ts);
 * - what the route says its page shows: its props, and what it reads besides (a story's linked
 *   decisions, a cluster's stories…). Content entries count by their source's digest and their data.
 *
 * A route whose page shows something new must say so in its keys, or its pages go stale:
 * tests/build/incremental.test.ts compares an incremental build with a clean one after each kind
 * of change. Derived once per build, like everything in this folder.
 */
import { getCollection } from 'astro:content';
import { getShareImage } from './share-cards.ts';
import { digestOf } from '../io/digest.ts';

let siteWide: Promise<string> | undefined;

/** The digest of what every page may show. */
export function getSiteWideKey(): Promise<string> {
  siteWide ??= Promise.all([
    getCollection('site'),
    getCollection('awardTypes'),
    getCollection('issuers'),
    getCollection('consultationRules'),
    getCollection('units'),
  ]).then((lists) => digestOf(lists));
  return siteWide;
}

/**
 * The paths with their cache keys.
 * @param card the address of the page whose card the page shows (its own, or its decision's).
 * @param shows what the page shows beyond what every page may: its props unless told.
 */
export async function withCacheKeys<P extends { props: object }>(
  paths: readonly P[],
  card: (path: P) => string,
  shows: (path: P) => unknown = (path) => path.props,
): Promise<(P & { cacheKey: string })[]> {
  const site = await getSiteWideKey();
  return Promise.all(
    paths.map(async (path) => {
      const image = await getShareImage(card(path));
      return { ...path, cacheKey: digestOf([site, image, shows(path)]) };
    }),
  );
}
