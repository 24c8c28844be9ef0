/**
 * Every address of the site, in one place, under the site's base path ('/' or '/thi-dua-tinh/'
 * when site.yaml's url has a path). Pages, feeds, share cards and scripts build links only here.
 * Pure: `createRoutes(base)`; the site's own instance is `routes` (src/routing/index.ts).
 */
import { slugVi } from '../utils/slug.ts';

/** The folder of each kind of page, as the content model fixes it (Vietnamese, trailing slash). */
export const SECTIONS = {
  news: 'tin-tuc',
  category: 'chuyen-muc',
  tag: 'the',
  archive: 'luu-tru',
  exemplars: 'dien-hinh',
  decisions: 'khen-thuong',
  roll: 'bang-vang',
  units: 'don-vi',
  clusters: 'cum-thi-dua',
  movements: 'phong-trao',
  consultations: 'lay-y-kien',
  search: 'tim-kiem',
  openData: 'du-lieu',
  shareImages: 'og',
  admin: 'admin',
  verify: 'xac-minh',
  english: 'en',
  accessibility: 'tiep-can',
} as const;

/** Page n of a paginated list: `base`, then `base/trang/2/`… (a folder of its own, never a slug). */
export const pageOf = (base: string, n = 1): string => (n === 1 ? base : `${base}trang/${n}/`);

/** '/thi-dua-tinh' or '/thi-dua-tinh/' → '/thi-dua-tinh/'; '' or '/' → '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A path that content writes from the site's root — a Markdown link (`/khen-thuong/x/`), a
 * decision's scan (`/tep/qd.pdf`) — under the base path. Content does not know the base (the same
 * files build a site at `/` or at `/thi-dua-tinh/`), so officers and `npm run migrate` write from
 * the root. Web addresses, `//host/…`, relative and `#` links, and paths already under the base
 * (copied from the address bar) stay as written.
 */
export function underBase(base: string, path: string): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path.startsWith(base) || path === base.slice(0, -1)) return path;
  return `${base}${path.slice(1)}`;
}

export function createRoutes(basePath = '/') {
  const base = normalizeBase(basePath);
  const at = (path = '') => `${base}${path}`;
  const section = (name: keyof typeof SECTIONS, rest = '') => at(`${SECTIONS[name]}/${rest}`);
  const routes = {
    base,
    home: () => at(),
    news: (page = 1) => pageOf(section('news'), page),
    story: (id: string) => section('news', `${id}/`),
    category: (category: string, page = 1) => pageOf(section('category', `${category}/`), page),
    /** The slug of a tag's page: "Chuyển đổi số" → chuyen-doi-so. */
    tagSlug: (tag: string) => slugVi(tag),
    tag: (tag: string, page = 1) => pageOf(section('tag', `${slugVi(tag)}/`), page),
    archive: () => section('archive'),
    /** `key` is `yyyy/mm`. */
    month: (key: string) => section('archive', `${key}/`),
    exemplars: () => section('exemplars'),
    exemplar: (id: string) => section('exemplars', `${id}/`),
    decisions: () => section('decisions'),
    decision: (id: string, page = 1) => pageOf(section('decisions', `${id}/`), page),
    /** A decision's signed original kept beside its file in content/ (`qd-156.pdf`), served in its folder. */
    decisionDocument: (id: string, fileName: string) => section('decisions', `${id}/${fileName}`),
    /** Where a recipient is listed: the right page of its decision, at its row's anchor. */
    recipient: (decisionId: string, row: { anchor: string; page: number }) =>
      `${routes.decision(decisionId, row.page)}#${row.anchor}`,
    /** Public comment notices (lấy ý kiến Nhân dân), open and upcoming ones first. */
    consultations: () => section('consultations'),
    consultation: (slug: string) => section('consultations', `${slug}/`),
    /** A proposed person's or collective's row on its notice's page (anchors as on decision pages). */
    proposed: (slug: string, anchor: string) => `${routes.consultation(slug)}#${anchor}`,
    /** The notices' own feed, newest opening first. */
    consultationsFeed: () => section('consultations', 'rss.xml'),
    roll: (year?: number) => section('roll', year ? `${year}/` : ''),
    units: () => section('units'),
    unit: (id: string) => section('units', `${id}/`),
    cluster: (id: string) => section('clusters', `${id}/`),
    movement: (id: string) => section('movements', `${id}/`),
    search: () => section('search'),
    openData: (format: 'csv' | 'json') => section('openData', `khen-thuong.${format}`),
    /** The open data's page: licence, downloads and the data dictionary. */
    openDataPage: () => section('openData'),
    /** The CSV's description for data portals (W3C CSV on the Web), where CSVW looks for it: `<file>-metadata.json`. */
    openDataMetadata: () => section('openData', 'khen-thuong.csv-metadata.json'),
    /** The office in English (Decree 42, Art. 7). */
    english: () => section('english'),
    /** The accessibility statement (Circular 26/2020/TT-BTTTT). */
    accessibility: () => section('accessibility'),
    rss: () => at('rss.xml'),
    sitemap: () => at('sitemap-index.xml'),
    favicon: () => at('favicon.svg'),
    admin: () => section('admin'),
    /**
     * Verification: the page, or a record's address, which holds only its code (`?ma=7HC-M4X-2EA`):
     * a static site has no page per recipient at 100,000 of them, and an address carrying the
     * award's details would be one anyone can forge. The lookup files are in the same folder.
     */
    verify: (code?: string) => section('verify', code ? `?ma=${code}` : ''),
    /** The share card of a page, by the card's key (`tin-tuc/x`, `trang-chu`). */
    shareImage: (key: string) => section('shareImages', `${key}.png`),
    /** A path written in content from the site's root (underBase). */
    fromContent: (path: string) => underBase(base, path),
  };
  return routes;
}

export type Routes = ReturnType<typeof createRoutes>;

/** The routes of a site served at this address (its path is the base). */
export const routesFor = (siteUrl: string): Routes => createRoutes(new URL(siteUrl).pathname);
