/** One recipient of an award decision: a row of its annex. */
import { z } from 'astro/zod';
import { recipientKind, text, issueAt } from './common.ts';

export const recipientSchema = z
  .strictObject({
    /** Name as printed in the decision: "Nguyễn Thị Hoa", "Nhân dân và cán bộ huyện Vụ Bản". */
    name: text({ min: 2, max: 300 }),
    /** Individual, collective or household; must be one the award allows. */
    kind: recipientKind,
    /**
     * The recipient's unit: a unit id (`phuong-dong-a`, linked and checked) or, for a
     * workplace the site does not track, its name as free text ("Trường THCS Nguyễn Du").
     */
    unit: text({ min: 1, max: 300 }).optional(),
    /** Position (chức vụ), for individuals. */
    position: text({ max: 300 }).optional(),
    /** Achievement cited (thành tích). */
    citation: text({ max: 2000 }).optional(),
    /** Awarded after death (truy tặng); individuals only. */
    posthumous: z.boolean().default(false),
    /** Overrides the order by given name, where the last word is not the given name. */
    sortKey: text({ max: 300 }).optional(),
  })
  .superRefine((recipient, ctx) => {
    if (recipient.posthumous && recipient.kind !== 'ca-nhan') {
      issueAt(ctx, ['posthumous'], {
        vi: 'Chỉ cá nhân mới có thể được truy tặng (posthumous).',
        en: 'Only individuals can be honoured posthumously.',
      });
    }
  });

/** A recipients CSV file beside the YAML file that names it (`recipientsFile`). */
export const recipientsFileName = z.string().refine((value) => /^[\w.-]+\.csv$/.test(value), {
  params: {
    vi: 'Tên tệp CSV nằm cạnh tệp YAML, ví dụ danh-sach.csv.',
    en: 'Name of a CSV file beside the YAML file, e.g. list.csv.',
  },
});

/** Columns of a recipients CSV file, in order. */
export const RECIPIENT_CSV_COLUMNS = ['name', 'kind', 'unit', 'position', 'citation', 'posthumous', 'sortKey'] as const;

export type Recipient = z.infer<typeof recipientSchema>;
