/** Schema of content/site.yaml: who publishes the site and how it presents itself. */
import { z } from 'astro/zod';
import { text, url, type IssueParams } from './common.ts';
import { editorSchema } from './editor.ts';
import { officeEnglishSchema } from './office-english.ts';
import { openDataSettingsSchema } from './open-data-settings.ts';
import { relatedPortalSchema } from './related-portal.ts';

export const siteSchema = z
  .strictObject({
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
    /** The office in English, shown at /en/ (Decree 42, Art. 7): without it the site has no /en/. */
    english: officeEnglishSchema.optional(),
    /** Related state agencies' portals, linked in every page's footer (Decree 42, Art. 7). */
    relatedPortals: z.array(relatedPortalSchema).default([]),
    /** The open data's licence (/du-lieu/). */
    openData: openDataSettingsSchema.default({ licence: 'CC-BY-4.0' }),
    /**
     * The browser editor at /admin: which git host it saves to and how officers sign in
     * (src/schemas/editor.ts). Omitted: the site has no /admin; content is edited in git.
     */
    editor: editorSchema.optional(),
  })
  // A real site whose editor saved nothing would lose every story written in it.
  .refine((site) => site.editor?.backend !== 'test' || site.demo, {
    path: ['editor', 'backend'],
    params: {
      vi: 'Kho thử nghiệm (backend: test) không lưu vào kho git: bài viết trong trình biên tập chỉ nằm trong trình duyệt của người viết, không bao giờ lên trang. Chỉ dùng cho trang dữ liệu minh họa (demo: true); hãy chọn github, gitlab, gitea hoặc forgejo.',
      en: "The test repository (backend: test) saves nothing to git: a story written in the editor stays in the writer's browser and never reaches the site. It is for demo sites only (demo: true); choose github, gitlab, gitea or forgejo.",
    } satisfies IssueParams,
  });

export type SiteConfig = z.infer<typeof siteSchema>;
