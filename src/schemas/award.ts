/**
 * Schema of content/awards/<slug>.yaml: one award decision (quyết định khen thưởng) or
 * proposal, with its recipients inline or in a CSV file beside it.
 */
import { z } from 'astro/zod';
import { date, id, pathOrUrl, text, RECIPIENT_KIND_LABELS } from './common.ts';
import { recipientSchema } from './recipient.ts';
import { AWARD_CLASS_LABELS, awardClass, type Taxonomy } from './taxonomy.ts';
import { vietnamIsoDate } from '../utils/dates.ts';

/** Decided (default), proposed by a cluster, or revoked. */
export const awardStatus = z.enum(['quyet-dinh', 'de-nghi', 'thu-hoi']);
export type AwardStatus = z.infer<typeof awardStatus>;

export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  'quyet-dinh': 'Đã quyết định',
  'de-nghi': 'Đề nghị',
  'thu-hoi': 'Đã thu hồi',
};

/**
 * The achievement period: one year (2025) or a range ("2021-2025"). A year may also be quoted
 * ('2025'): the browser editor writes the field as text.
 */
export const period = z
  .union([z.int().min(1945).max(2100), z.string().regex(/^\d{4}(?:\s*-\s*\d{4})?$/)], {
    error: () => ({
      message: 'period must be a year or a range yyyy-yyyy',
      params: {
        vi: 'Năm thành tích phải là một năm (2025) hoặc một giai đoạn ("2021-2025").',
        en: 'The period must be a year (2025) or a range ("2021-2025").',
      },
    }),
  })
  .transform((value, ctx) => {
    const [start, end = start] =
      typeof value === 'number' ? [value, value] : value.split('-').map((part) => Number(part.trim()));
    if (start === undefined || end === undefined || end < start) {
      ctx.addIssue({
        code: 'custom',
        message: 'period ends before it starts',
        params: {
          vi: 'Giai đoạn kết thúc trước khi bắt đầu.',
          en: 'The period ends before it starts.',
          found: String(value),
        },
      });
      return z.NEVER;
    }
    return { start, end, label: start === end ? String(start) : `${start}–${end}` };
  });

export function createAwardSchema(taxonomy: Taxonomy) {
  const awardTypes = new Map(taxonomy.awards.map((award) => [award.id, award]));
  const issuerIds = taxonomy.issuers.map((issuer) => issuer.id) as [string, ...string[]];
  const awardIds = taxonomy.awards.map((award) => award.id) as [string, ...string[]];
  return z
    .strictObject({
      /** Number as printed: `1234/QĐ-UBND`. Unique across the site. */
      decision: text({ min: 3, max: 60 }).refine((value) => /^\S+\/\S+$/.test(value), {
        params: {
          vi: 'Số quyết định có dạng số/ký hiệu, không có dấu cách, ví dụ 1234/QĐ-UBND.',
          en: 'A decision number looks like number/code with no spaces, e.g. 1234/QĐ-UBND.',
        },
      }),
      /** Short headline of the decision, shown in lists. */
      title: text({ max: 300 }).optional(),
      /** Signing date. */
      signed: date,
      /** Conferring authority (id in the taxonomy's issuers). */
      issuer: z.enum(issuerIds),
      /** The conferring unit (UBND tỉnh Ninh Bình…), id in content/units. */
      issuerUnit: id.optional(),
      /** Award type (id in the taxonomy). */
      award: z.enum(awardIds),
      /** Class, only and always for awards that have classes. */
      class: awardClass.optional(),
      /** Achievement period (năm thành tích). */
      period,
      /** Decided, proposed or revoked. */
      status: awardStatus.default('quyet-dinh'),
      /** The decision that revokes or corrects this one (slug in content/awards). */
      supersededBy: id.optional(),
      /** Grounds, as in the decision ("đã có thành tích xuất sắc…"). */
      reason: text({ max: 2000 }).optional(),
      /** Cluster that proposed or organised it (id in content/clusters). */
      cluster: id.optional(),
      /** Movement it rewards (id in content/movements). */
      movement: id.optional(),
      /** Scan of the signed decision: a path under public/ or a web address. */
      document: pathOrUrl.optional(),
      /** Recipients; filled from `recipientsFile` when the list is in a CSV file. */
      recipients: z.array(recipientSchema).min(1),
      /** CSV file beside this one holding the recipients (columns: RECIPIENT_CSV_COLUMNS in recipient.ts). */
      recipientsFile: z
        .string()
        .refine((value) => /^[\w.-]+\.csv$/.test(value), {
          params: {
            vi: 'Tên tệp CSV nằm cạnh tệp YAML, ví dụ danh-sach.csv.',
            en: 'Name of a CSV file beside the YAML file, e.g. list.csv.',
          },
        })
        .optional(),
    })
    .superRefine((decision, ctx) => {
      const type = awardTypes.get(decision.award);
      if (type) {
        if (type.classes && !decision.class) {
          ctx.addIssue({
            code: 'custom',
            path: ['class'],
            message: `${type.name} needs a class`,
            params: {
              vi: `${type.name} có hạng: cần ghi trường class.`,
              en: `${type.name} has classes: the class field is required.`,
              allowedVi: type.classes.map((c) => `${c} (${AWARD_CLASS_LABELS[c]})`).join(', '),
              allowedEn: type.classes.join(', '),
            },
          });
        } else if (decision.class && !type.classes) {
          ctx.addIssue({
            code: 'custom',
            path: ['class'],
            message: `${type.name} has no classes`,
            params: {
              vi: `${type.name} không chia hạng: hãy bỏ trường class.`,
              en: `${type.name} has no classes: remove the class field.`,
              found: decision.class,
            },
          });
        } else if (decision.class && type.classes && !type.classes.includes(decision.class)) {
          ctx.addIssue({
            code: 'custom',
            path: ['class'],
            message: `class not available`,
            params: {
              vi: `${type.name} không có hạng này.`,
              en: `${type.name} has no such class.`,
              found: decision.class,
              allowedVi: type.classes.join(', '),
              allowedEn: type.classes.join(', '),
            },
          });
        }
        if (!type.issuers.includes(decision.issuer)) {
          ctx.addIssue({
            code: 'custom',
            path: ['issuer'],
            message: 'issuer cannot confer this award',
            params: {
              vi: `Cơ quan "${decision.issuer}" không có thẩm quyền tặng ${type.name} theo danh mục khen thưởng.`,
              en: `"${decision.issuer}" cannot confer ${type.name} according to the award taxonomy.`,
              found: decision.issuer,
              allowedVi: type.issuers.join(', '),
              allowedEn: type.issuers.join(', '),
            },
          });
        }
        decision.recipients.forEach((recipient, index) => {
          if (!type.kinds.includes(recipient.kind)) {
            ctx.addIssue({
              code: 'custom',
              path: ['recipients', index, 'kind'],
              message: 'recipient kind not allowed',
              params: {
                vi: `${type.name} không tặng cho ${RECIPIENT_KIND_LABELS[recipient.kind]} (${recipient.name}).`,
                en: `${type.name} cannot go to a recipient of kind ${recipient.kind} (${recipient.name}).`,
                found: recipient.kind,
                allowedVi: type.kinds.map((k) => `${k} (${RECIPIENT_KIND_LABELS[k]})`).join(', '),
                allowedEn: type.kinds.join(', '),
              },
            });
          }
        });
      }
      const periodStart = new Date(`${decision.period.start}-01-01T00:00:00+07:00`);
      if (decision.signed < periodStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['signed'],
          message: 'signed before the period starts',
          params: {
            vi: `Ngày ký trước khi giai đoạn thành tích ${decision.period.label} bắt đầu: quyết định khen thưởng thành tích không thể ký trước khi có thành tích.`,
            en: `The decision is signed before its achievement period ${decision.period.label} begins: an award for achievements cannot be signed before them.`,
            found: vietnamIsoDate(decision.signed),
            allowedVi: `từ ngày ${decision.period.start}-01-01 trở đi (hoặc sửa năm thành tích, trường period)`,
            allowedEn: `${decision.period.start}-01-01 or later (or correct the period field)`,
          },
        });
      }
      if (decision.status === 'thu-hoi' && !decision.supersededBy) {
        ctx.addIssue({
          code: 'custom',
          path: ['supersededBy'],
          message: 'a revoked decision needs supersededBy',
          params: {
            vi: 'Quyết định đã thu hồi phải ghi quyết định thu hồi nó (supersededBy).',
            en: 'A revoked decision must name the decision that revoked it (supersededBy).',
          },
        });
      }
    });
}

export type AwardDecision = z.infer<ReturnType<typeof createAwardSchema>>;
