/** One recipient of an award decision: a row of its annex. */
import { z } from 'astro/zod';
import { recipientKind, issueAt, reportIssue, text } from './common.ts';
import { CODE_SHAPE, readCode } from '../verify/code-format.ts';

/** Why a pinned code is refused, and what a code looks like. */
function codeProblem(value: string): { vi: string; en: string } | undefined {
  const reading = readCode(value);
  if (reading.ok) return undefined;
  if (reading.problem === 'symbols') {
    return {
      vi: `Mã xác minh có ký tự không dùng trong mã: ${[...reading.symbols].join(', ')}.`,
      en: `The verification code has symbols codes never use: ${[...reading.symbols].join(', ')}.`,
    };
  }
  if (reading.problem === 'length') {
    return {
      vi: `Mã xác minh có ${reading.length} ký tự, không phải 9.`,
      en: `The verification code has ${reading.length} symbols, not 9.`,
    };
  }
  return { vi: 'Mã xác minh đang để trống.', en: 'The verification code is empty.' };
}

/**
 * A verification code pinned by the office: 9 symbols, read without case and separators
 * (src/verify/code-format.ts).
 */
const pinnedCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = codeProblem(value);
    if (problem) {
      reportIssue(ctx, {
        ...problem,
        found: JSON.stringify(value),
        allowedVi: CODE_SHAPE.vi,
        allowedEn: CODE_SHAPE.en,
      });
    }
  });

/** The fields of every listed recipient, in a decision or in a public comment notice. */
const recipientFields = {
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
};

type RecipientCtx = Parameters<typeof issueAt>[0];

function recipientRules(recipient: { kind: string; posthumous: boolean; minor?: boolean }, ctx: RecipientCtx): void {
  if (recipient.posthumous && recipient.kind !== 'ca-nhan') {
    issueAt(ctx, ['posthumous'], {
      vi: 'Chỉ cá nhân mới có thể được truy tặng (posthumous).',
      en: 'Only individuals can be honoured posthumously.',
    });
  }
  if (recipient.minor && recipient.kind !== 'ca-nhan') {
    issueAt(ctx, ['minor'], {
      vi: 'Chỉ cá nhân mới có thể là người chưa thành niên (minor).',
      en: 'Only individuals can be minors.',
    });
  }
}

/**
 * A person or collective proposed in a public comment notice (consultation.ts): the notice
 * publishes the names by law, and a proposal has no verification code.
 */
export const proposedRecipientSchema = z.strictObject(recipientFields).superRefine(recipientRules);

/** A recipient of an award decision. */
export const recipientSchema = z
  .strictObject({
    ...recipientFields,
    /**
     * The public verification code (mã xác minh), written here only to pin it: without it the
     * build derives one from the decision number and the name (src/verify/assign-codes.ts). Pin
     * the code printed on a certificate before correcting a name, so that it still leads here.
     */
    code: pinnedCode.optional(),
    /**
     * Not published, on a justified request (personal data): the record is counted and its code
     * says only that it exists; its name and details are shown nowhere. The reason stays in git.
     */
    withheld: z
      .strictObject({
        /** Why, and on whose request ("Theo đề nghị của cá nhân, công văn số 12 ngày 3/3/2026"). */
        reason: text({ min: 3, max: 500 }),
      })
      .optional(),
    /** A person under 18: named on the decision page only, never in search, open data or verification. */
    minor: z.boolean().default(false),
  })
  .superRefine(recipientRules);

/** A recipients CSV file beside the YAML file that names it (`recipientsFile`). */
export const recipientsFileName = z.string().refine((value) => /^[\w.-]+\.csv$/.test(value), {
  params: {
    vi: 'Tên tệp CSV nằm cạnh tệp YAML, ví dụ danh-sach.csv.',
    en: 'Name of a CSV file beside the YAML file, e.g. list.csv.',
  },
});

/** Columns of a recipients CSV file, in order. */
export const RECIPIENT_CSV_COLUMNS = [
  'name',
  'kind',
  'unit',
  'position',
  'citation',
  'posthumous',
  'sortKey',
  'code',
  'withheld',
  'minor',
] as const;

export type Recipient = z.infer<typeof recipientSchema>;
