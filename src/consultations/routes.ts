/**
 * Addresses of public comment notices (shared/spec/content-model.md: /lay-y-kien/, its feed, one
 * page per notice), without the site's base path: until the shared routes module (issue 15) takes
 * them, a page prefixes its base as it does for other addresses.
 */

/** The list of notices, open ones first. */
export const CONSULTATIONS_PATH = '/lay-y-kien/';

/** The notices' feed. */
export const CONSULTATIONS_FEED_PATH = '/lay-y-kien/rss.xml';

/** The page of one notice. */
export function consultationPath(slug: string): string {
  return `${CONSULTATIONS_PATH}${slug}/`;
}

/** A proposed person's or collective's place on its notice's page (anchors as on decision pages). */
export function proposedRecipientPath(slug: string, anchor: string): string {
  return `${consultationPath(slug)}#${anchor}`;
}
