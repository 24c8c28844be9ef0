/** Schema of content/movements/<id>.yaml: an emulation movement (phong trào thi đua). */
import { z } from 'astro/zod';
import { date, id, text, issueAt } from './common.ts';

export const movementSchema = z
  .strictObject({
    /** Name of the movement, without quotes. */
    name: text({ min: 4, max: 300 }),
    /** Who launched it, as printed: "Thủ tướng Chính phủ". */
    launchedBy: text({ min: 2, max: 200 }),
    /** Unit that launched it (id in content/units), where it is one. */
    unit: id.optional(),
    /** Launch date. */
    start: date,
    /** End date, for movements with a fixed period; not before `start`. */
    end: date.optional(),
    /** What the movement asks of people, 20–600 characters. */
    description: text({ min: 20, max: 600 }),
    /** Slogan (khẩu hiệu). */
    slogan: text({ max: 300 }).optional(),
  })
  .superRefine((movement, ctx) => {
    if (movement.end && movement.end < movement.start) {
      issueAt(ctx, ['end'], {
        vi: 'Ngày kết thúc (end) trước ngày phát động (start).',
        en: 'The end date is before the start date.',
      });
    }
  });

export type Movement = z.infer<typeof movementSchema>;
