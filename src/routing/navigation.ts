/** The site's main sections, in the order the header's menu lists them (and the not-found page). */
import { t } from '../i18n/index.ts';
import { routes } from './index.ts';

export interface NavigationItem {
  href: string;
  label: string;
}

export const MAIN_NAVIGATION: readonly NavigationItem[] = [
  { href: routes.home(), label: t.home },
  { href: routes.news(), label: t.news },
  { href: routes.roll(), label: t.honourRoll },
  { href: routes.decisions(), label: t.decisions },
  { href: routes.consultations(), label: t.consultationsShort },
  { href: routes.exemplars(), label: t.exemplars },
  { href: routes.units(), label: t.units },
];
