/**
 * The links every page's footer lists after the organisation's name, in order: the feed and the
 * open data now; the accessibility statement, the English page and related agencies' portals
 * join this list (src/components/SiteFooter.astro draws it).
 */
import { t } from '../i18n/index.ts';
import { routes } from './index.ts';
import type { NavigationItem } from './navigation.ts';

export const FOOTER_LINKS: readonly NavigationItem[] = [
  { href: routes.rss(), label: t.rss },
  { href: routes.openData('csv'), label: t.openDataCsv },
  { href: routes.openData('json'), label: t.openDataJson },
];
