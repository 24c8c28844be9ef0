/** Schema of content/exemplars/<slug>.md|mdx: exemplary people and collectives (điển hình tiên tiến). */
import { z } from 'astro/zod';
import { id, imageWithAlt, recipientKind, text } from './common.ts';

export function createExemplarSchema<T extends z.ZodType>(image: T) {
  return z.strictObject({
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
    /** Award decisions that honoured the exemplar (slugs in content/awards). */
    awards: z.array(id).default([]),
    /** Overrides the name order (by given name) where the last word is not the given name. */
    sortKey: text({ max: 200 }).optional(),
  });
}

export type Exemplar = z.infer<ReturnType<typeof createExemplarSchema<z.ZodString>>>;
