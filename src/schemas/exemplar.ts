/** Schema of content/exemplars/<slug>.md|mdx: exemplary people and collectives (điển hình tiên tiến). */
import { z } from 'astro/zod';
import { id, imageWithAlt, issueAt, recipientKind, text } from './common.ts';

export function createExemplarSchema<T extends z.ZodType>(image: T) {
  return (
    z
      .strictObject({
        /** Name of the person or collective. */
        name: text({ min: 2, max: 200 }),
        /** Individual, collective or household. */
        kind: recipientKind,
        /** Unit the exemplar belongs to (id in content/units). */
        unit: id,
        /** Position (chức vụ). */
        position: text({ max: 200 }).optional(),
        /** Field of work (lĩnh vực): nông nghiệp, giáo dục… */
        field: text({ max: 120 }).optional(),
        /** Year of recognition. */
        year: z.int().min(1945).max(2100),
        /** One-paragraph summary, at most 400 characters. */
        summary: text({ min: 1, max: 400 }),
        /** Portrait, with alternative text. */
        portrait: imageWithAlt(image).optional(),
        /**
         * Required with a portrait: who agreed to its publication, how and when ("Chị Hoa đồng ý bằng
         * văn bản ngày 12/3/2026"; for a person under 18, a parent or guardian). A record for the
         * office, kept in git and never shown on the site.
         */
        consent: text({ min: 5, max: 300 }).optional(),
        /** Award decisions that honoured the exemplar (slugs in content/awards). */
        awards: z.array(id).default([]),
        /** Overrides the name order (by given name) where the last word is not the given name. */
        sortKey: text({ max: 200 }).optional(),
      })
      // A portrait is personal data: it is published only with the person's consent on record.
      .superRefine((exemplar, ctx) => {
        if (exemplar.portrait && !exemplar.consent) {
          issueAt(ctx, ['consent'], {
            vi: 'Có ảnh chân dung thì phải ghi sự đồng ý của người trong ảnh (consent): ai đồng ý, bằng cách nào, ngày nào; với người dưới 18 tuổi là cha mẹ hoặc người giám hộ. Ảnh chân dung là dữ liệu cá nhân.',
            en: 'A portrait needs a note of the consent of the person shown (consent): who agreed, how and when; for a person under 18, a parent or guardian. A portrait is personal data.',
            allowedVi: 'consent: Chị Nguyễn Thị Hoa đồng ý bằng văn bản ngày 12/3/2026',
            allowedEn: 'consent: Ms Nguyễn Thị Hoa agreed in writing on 12 March 2026',
          });
        }
      })
  );
}

export type Exemplar = z.infer<ReturnType<typeof createExemplarSchema<z.ZodString>>>;
