/**
 * Schema of content/awards/<slug>.yaml: one award decision (quyết định khen thưởng) or
 * proposal, with its recipients inline or in a CSV file beside it.
 */
import { z } from 'astro/zod';
import { checkAwardClass, checkAwardIssuer, checkRecipientKinds } from './award-rules.ts';
import { date, id, issueAt, text, type IssueParams, type RecipientKind } from './common.ts';
import { recipientSchema, recipientsFileName } from './recipient.ts';
import { awardClass, type AwardClass, type AwardType, type Taxonomy } from './taxonomy.ts';
import { vietnamIsoDate } from '../utils/dates.ts';

/** Decided (default), proposed by a cluster, or revoked. */
export const awardStatus = z.enum(['quyet-dinh', 'de-nghi', 'thu-hoi']);
export type AwardStatus = z.infer<typeof awardStatus>;

/**
 * The achievement period: one year (2025) or a range ("2021-2025"). A year may also be quoted
 * ('2025'): the browser editor writes the field as text.
 */
const PERIOD_PATTERN = /^\d{4}(?:\s*-\s*\d{4})?$/;
const PERIOD_MESSAGE = {
  vi: 'Năm thành tích phải là một năm (2025) hoặc một giai đoạn ("2021-2025").',
  en: 'The period must be a year (2025) or a range ("2021-2025").',
};

export const period = z
  // A text that is not a year (an empty field too) fails on the string branch, and zod reports
  // that branch's issue rather than the union's: it is a custom one carrying the message and the
  // text found, never "expected the regex format".
  .union(
    [
      z.int().min(1945).max(2100),
      z
        .string()
        .superRefine((value, ctx) => {
          if (!PERIOD_PATTERN.test(value)) {
            ctx.addIssue({
              code: 'custom',
              message: PERIOD_MESSAGE.en,
              params: { ...PERIOD_MESSAGE, found: JSON.stringify(value) },
            });
          }
        })
        // The pattern stays in the JSON Schema the browser editor's form is built from.
        .meta({ pattern: PERIOD_PATTERN.source }),
    ],
    { error: () => ({ message: PERIOD_MESSAGE.en, params: PERIOD_MESSAGE }) },
  )
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

/** Who signed the decision, as the signature block prints it. */
export const signerSchema = z.strictObject(
  {
    /** Position as printed above the signature, lines joined by a dash: "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH". */
    position: text({ min: 2, max: 200 }),
    /** Name as printed under it: "Trần Anh Dũng". */
    name: text({ min: 2, max: 100 }),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? {
            message: 'signer is a group of two fields',
            params: {
              vi: 'Người ký gồm hai trường thụt vào bên dưới: position (chức vụ) và name (họ tên).',
              en: 'The signer is two indented fields: position and name.',
              allowedVi: 'signer:\n      position: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH\n      name: Trần Anh Dũng',
              allowedEn: 'signer: { position: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH, name: Trần Anh Dũng }',
            },
          }
        : undefined,
  },
);

/**
 * Where the signed original is: a PDF beside the decision's file (`qd-156.pdf`), a file under
 * public/ (`/tep/qd-156.pdf`, where the browser editor uploads), or a web address (https only).
 * The content check opens a file to make sure it is a PDF under 20 MB (validation/checks/document.ts).
 */
export const DOCUMENT_BESIDE = /^(?:\.\/)?[\w.-]+\.pdf$/i;
const DOCUMENT_MESSAGE: IssueParams = {
  vi: 'Văn bản gốc là tệp PDF đặt cạnh tệp quyết định (qd-156.pdf), tệp trong thư mục public (/tep/qd-156.pdf) hoặc một địa chỉ https://….',
  en: 'The signed original is a PDF beside the decision file (qd-156.pdf), a file under public/ (/tep/qd-156.pdf) or an https://… address.',
  allowedVi: 'qd-156.pdf, /tep/qd-156.pdf hoặc https://…',
  allowedEn: 'qd-156.pdf, /tep/qd-156.pdf or https://…',
};
export const documentRef = z.string().superRefine((value, ctx) => {
  const ok = DOCUMENT_BESIDE.test(value) || /^\/[^/]/.test(value) || /^https:\/\/[^/\s]+/.test(value);
  if (!ok)
    ctx.addIssue({
      code: 'custom',
      message: DOCUMENT_MESSAGE.en,
      params: { ...DOCUMENT_MESSAGE, found: JSON.stringify(value) },
    });
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
      /** Date in force (ngày có hiệu lực), when it is not the signing date; never before it. */
      effective: date.optional(),
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
      /** Who signed it: position and name from the signature block. */
      signer: signerSchema.optional(),
      /** Grounds, as in the decision ("đã có thành tích xuất sắc…"). */
      reason: text({ max: 2000 }).optional(),
      /** Cluster that proposed or organised it (id in content/clusters). */
      cluster: id.optional(),
      /** Movement it rewards (id in content/movements). */
      movement: id.optional(),
      /**
       * The signed original (PDF) for download: a file beside this one (`qd-156.pdf`), under public/
       * (`/tep/qd-156.pdf`) or an https:// address. Checked: exists, is a PDF, at most 20 MB.
       */
      document: documentRef.optional(),
      /** Recipients; filled from `recipientsFile` when the list is in a CSV file. */
      recipients: z.array(recipientSchema).min(1),
      /** CSV file beside this one holding the recipients (columns: RECIPIENT_CSV_COLUMNS in recipient.ts). */
      recipientsFile: recipientsFileName.optional(),
    })
    .superRefine((decision, ctx) => checkDecisionRules(decision, awardTypes, ctx));
}

/** What the rules across fields read; every field may be missing (the importer checks partial input). */
export interface DecisionRuleInput {
  award?: string | undefined;
  class?: string | undefined;
  issuer?: string | undefined;
  period?: { start: number; label: string } | undefined;
  signed?: Date | undefined;
  effective?: Date | undefined;
  status?: string | undefined;
  supersededBy?: string | undefined;
  recipients?: readonly { name: string; kind: RecipientKind }[] | undefined;
}

/** Where the rules report: a zod refinement's context, or the importer's collector. */
type IssueSink = Parameters<typeof issueAt>[0];

/**
 * The rules across a decision's fields: the class and the issuer against the award type, each
 * recipient's kind, the signing date against the period, a revoked decision's successor. The
 * schema runs them on a whole decision; the importer runs them on what it has read so far (a
 * rule whose fields are missing is skipped), so both report the same problems in the same words.
 */
export function checkDecisionRules(
  decision: DecisionRuleInput,
  awardTypes: ReadonlyMap<string, AwardType>,
  ctx: IssueSink,
): void {
  const type = decision.award === undefined ? undefined : awardTypes.get(decision.award);
  if (type) {
    checkAwardClass(ctx, type, decision.class as AwardClass | undefined);
    if (decision.issuer !== undefined) checkAwardIssuer(ctx, type, decision.issuer);
    checkRecipientKinds(ctx, type, decision.recipients ?? []);
  }
  if (decision.period && decision.signed) {
    const periodStart = new Date(`${decision.period.start}-01-01T00:00:00+07:00`);
    if (decision.signed < periodStart) {
      issueAt(ctx, ['signed'], {
        vi: `Ngày ký trước khi giai đoạn thành tích ${decision.period.label} bắt đầu: quyết định khen thưởng thành tích không thể ký trước khi có thành tích.`,
        en: `The decision is signed before its achievement period ${decision.period.label} begins: an award for achievements cannot be signed before them.`,
        found: vietnamIsoDate(decision.signed),
        allowedVi: `từ ngày ${decision.period.start}-01-01 trở đi (hoặc sửa năm thành tích, trường period)`,
        allowedEn: `${decision.period.start}-01-01 or later (or correct the period field)`,
      });
    }
  }
  if (decision.effective && decision.signed && decision.effective < decision.signed) {
    issueAt(ctx, ['effective'], {
      vi: 'Ngày có hiệu lực trước ngày ký: một quyết định không thể có hiệu lực trước khi được ký.',
      en: 'The date in force is before the signing date: a decision cannot be in force before it is signed.',
      found: vietnamIsoDate(decision.effective),
      allowedVi: `từ ngày ký ${vietnamIsoDate(decision.signed)} trở đi (bỏ trường effective nếu có hiệu lực từ ngày ký)`,
      allowedEn: `the signing date ${vietnamIsoDate(decision.signed)} or later (leave effective out if in force from signing)`,
    });
  }
  if (decision.status === 'thu-hoi' && !decision.supersededBy) {
    issueAt(ctx, ['supersededBy'], {
      vi: 'Quyết định đã thu hồi phải ghi quyết định thu hồi nó (supersededBy).',
      en: 'A revoked decision must name the decision that revoked it (supersededBy).',
    });
  }
}

export type AwardDecision = z.infer<ReturnType<typeof createAwardSchema>>;
