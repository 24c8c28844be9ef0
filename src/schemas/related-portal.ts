/**
 * A related state agency's portal (site.yaml `relatedPortals:`), linked from every page's footer:
 * Decree 42/2022/NĐ-CP Art. 7 lists links to related state agencies' portals among a portal's
 * basic functions.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const relatedPortalSchema = z.strictObject({
  /** The portal's name as the agency writes it: "Cổng Thông tin điện tử Chính phủ". */
  name: text({ min: 2, max: 160 }),
  /** Its address: https only (a state portal serves https). */
  url: z.url({ protocol: /^https$/ }),
});

export type RelatedPortal = z.infer<typeof relatedPortalSchema>;
