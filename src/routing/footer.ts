/**
 * The links every page's footer lists after the organisation's name, in order: the feed and the
 * open data, and what Decree 42/2022 and Circular 26/2020 ask every page of a state body's portal
 * to link (the open data page, the accessibility statement). The English page and the related
 * agencies' portals follow them when site.yaml has them (src/components/SiteFooter.astro).
 */
import { t } from '../i18n/index.ts';
import { routes } from './index.ts';
import type { NavigationItem } from './navigation.ts';

export const FOOTER_LINKS: readonly NavigationItem[] = [
  { href: routes.rss(), label: t.rss },
  { href: routes.openData('csv'), label: t.openDataCsv },
  { href: routes.openData('json'), label: t.openDataJson },
  { href: routes.openDataPage(), label: t.openDataPage },
  { href: routes.accessibility(), label: t.accessibility },
];
