/** Schema of content/site.yaml: who publishes the site and how it presents itself. */
import { z } from 'astro/zod';
import { text, url } from './common.ts';

export const siteSchema = z.strictObject({
  /** Name of the site, shown in the header and in share cards ("Bảng Vàng"). */
  name: text({ min: 1, max: 80 }),
  /** Short line under the name. */
  tagline: text({ max: 160 }).optional(),
  /** Description for search engines and the home page, 20–300 characters. */
  description: text({ min: 20, max: 300 }),
  /** The office that publishes the site (Ban Thi đua – Khen thưởng tỉnh …). */
  organisation: text({ min: 1, max: 200 }),
  /** Public address of the site, used for canonical links, feeds and share images. */
  url,
  /** True while the site holds demo data: every page shows a banner saying so. */
  demo: z.boolean().default(false),
  /** Editorial masthead shown in the footer (người chịu trách nhiệm, …). */
  masthead: z
    .array(
      z.strictObject({
        /** Role, e.g. "Chịu trách nhiệm nội dung". */
        role: text({ min: 1, max: 120 }),
        /** Person's name. */
        name: text({ min: 1, max: 120 }),
      }),
    )
    .default([]),
  /** Contact details shown in the footer. */
  contact: z
    .strictObject({
      /** Postal address. */
      address: text({ max: 300 }).optional(),
      /** Telephone number as printed. */
      phone: text({ max: 60 }).optional(),
      /** Email address. */
      email: z.email().optional(),
    })
    .default({}),
});

export type SiteConfig = z.infer<typeof siteSchema>;
