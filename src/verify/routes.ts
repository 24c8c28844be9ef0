/**
 * The addresses of verification. The lead's routes module takes these over: one place for each.
 * A record's address holds only its code, on the site's own domain, as a query of the one
 * /xac-minh/ page: a static site cannot have a page per recipient at 100,000 of them, and an
 * address with the award's details in it would be one anyone can forge.
 */

/** The verification page. */
export const VERIFY_PAGE = '/xac-minh/';

/** The folder of the lookup files (generate-lookup.ts), served beside the page. */
export const VERIFY_DATA = '/xac-minh/';

/** A record's address: `/xac-minh/?ma=7HC-M4X-2EA`. */
export function verifyPath(code: string): string {
  return `${VERIFY_PAGE}?ma=${code}`;
}

/** The same, absolute, for a QR code or the open data: resolved against the site's address. */
export function verifyUrl(code: string, siteUrl: string): string {
  return new URL(verifyPath(code).slice(1), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
