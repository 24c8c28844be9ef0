/**
 * Schema of content/consultations/<slug>.yaml: a public comment notice (thông báo lấy ý kiến
 * Nhân dân) that a body publishes before proposing people and collectives for a state award.
 * The window's closing day is computed from `opens` and `workingDays` (src/calendar/window.ts),
 * never typed. Field names are the content model's (shared/spec/content-model.md).
 */
import { z } from 'astro/zod';
import { date, id, text } from './common.ts';
import { checkAwardClass, checkRecipientKinds } from './award-rules.ts';
import { proposedRecipientSchema, recipientsFileName } from './recipient.ts';
import { awardClass, consultationRuleOf, type Taxonomy } from './taxonomy.ts';

/** The longest window a notice may have: a typo guard (a notice is 10 to 20 working days). */
export const LONGEST_WINDOW = 60;

/** Where comments go: a postal address, an e-mail address, a telephone number (at least one). */
const contactSchema = z.strictObject({
  /** Postal address comments are sent to. */
  address: text({ min: 5, max: 300 }).optional(),
  /** E-mail address comments are sent to. */
  email: z.email().optional(),
  /** Telephone number of the office receiving comments, as printed: "0229.3871.234". */
  phone: text({ max: 40 })
    .refine((value) => /^\+?[\d\s().-]{8,}$/.test(value), {
      params: {
        vi: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch nối hoặc ngoặc, ví dụ 0229.3871.234.',
        en: 'A telephone number has digits, spaces, dots, hyphens or brackets only, e.g. 0229.3871.234.',
      },
    })
    .optional(),
});

/** What came of the proposal: the decision that conferred it, or its withdrawal. */
const outcomeSchema = z.strictObject({
  /** The decision that followed (slug in content/awards). */
  decision: id.optional(),
  /** Why the proposal was withdrawn, as the body said it. */
  withdrawn: text({ min: 5, max: 500 }).optional(),
});

const NO_CONTACT = {
  vi: 'Thông báo cần ghi ít nhất một nơi nhận ý kiến: địa chỉ (address), email hoặc điện thoại (phone).',
  en: 'A notice must give at least one place to send comments: a postal address, an e-mail or a telephone number.',
  allowedVi: 'contact: { address: …, email: …, phone: … } (ít nhất một)',
  allowedEn: 'contact: { address: …, email: …, phone: … } (at least one)',
};

export function createConsultationSchema(taxonomy: Taxonomy) {
  const awardTypes = new Map(taxonomy.awards.map((award) => [award.id, award]));
  const awardIds = taxonomy.awards.map((award) => award.id) as [string, ...string[]];
  return z
    .strictObject({
      /** Headline of the notice: "Lấy ý kiến Nhân dân đối với … đề nghị tặng Huân chương Lao động". */
      title: text({ min: 10, max: 200 }),
      /** The award proposed (id in the taxonomy); it says the shortest window allowed. */
      award: z.enum(awardIds),
      /** Class of the award, only and always for awards that have classes. */
      class: awardClass.optional(),
      /** The body that proposes and consults (id in content/units). */
      proposedBy: id,
      /** The legal basis, as printed on the notice; absent, pages cite the award's rule. */
      basis: text({ min: 5, max: 1000 }).optional(),
      /** First day of the window, YYYY-MM-DD (Vietnam). */
      opens: date,
      /** How many working days the window lasts (weekends and public holidays are skipped). */
      workingDays: z.int().min(1).max(LONGEST_WINDOW),
      /** Where comments go; at least one of address, email, phone. */
      contact: contactSchema.optional(),
      /** The people and collectives proposed; filled from `recipientsFile` when they are in a CSV file. */
      recipients: z.array(proposedRecipientSchema).min(1),
      /** CSV file beside this one holding the proposed people (columns as for award decisions). */
      recipientsFile: recipientsFileName.optional(),
      /** What came of it: `decision` (an award slug) or `withdrawn` (the reason). */
      outcome: outcomeSchema.optional(),
    })
    .superRefine((notice, ctx) => {
      const type = awardTypes.get(notice.award);
      if (type) {
        checkAwardClass(ctx, type, notice.class);
        checkRecipientKinds(ctx, type, notice.recipients);
        const rule = consultationRuleOf(taxonomy, type.id);
        if (rule && notice.workingDays < rule.workingDays) {
          ctx.addIssue({
            code: 'custom',
            path: ['workingDays'],
            message: `at least ${rule.workingDays} working days`,
            params: {
              vi: `${type.name} cần lấy ý kiến ít nhất ${rule.workingDays} ngày làm việc (${rule.basis}).`,
              en: `${type.name} needs a comment window of at least ${rule.workingDays} working days (${rule.basisEn}).`,
              found: String(notice.workingDays),
              allowedVi: `từ ${rule.workingDays} trở lên`,
              allowedEn: `${rule.workingDays} or more`,
            },
          });
        }
      }
      const contact = notice.contact;
      if (!contact || (!contact.address && !contact.email && !contact.phone)) {
        ctx.addIssue({ code: 'custom', path: ['contact'], message: 'no contact', params: NO_CONTACT });
      }
      const outcome = notice.outcome;
      if (outcome && (outcome.decision === undefined) === (outcome.withdrawn === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcome'],
          message: 'one outcome',
          params: {
            vi: 'Kết quả (outcome) ghi một trong hai: decision (quyết định đã ban hành) hoặc withdrawn (lý do rút đề nghị).',
            en: 'The outcome is one of two: decision (the decision that followed) or withdrawn (why the proposal was withdrawn).',
          },
        });
      }
    });
}

export type Consultation = z.infer<ReturnType<typeof createConsultationSchema>>;
