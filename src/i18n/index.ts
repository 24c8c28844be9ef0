import { vi } from './vi.ts';

/** The site is Vietnamese; the English dictionary in en.ts shows where a translation plugs in. */
export const t = vi;
