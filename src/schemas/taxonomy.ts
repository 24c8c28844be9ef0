/**
 * Schema of src/data/award-taxonomy.yaml: the titles and forms of commendation and the
 * authorities that confer them. Award decisions are checked against it.
 */
import { z } from 'astro/zod';
import { id, recipientKind, text, issueAt } from './common.ts';
import { consultationRuleSchema } from './consultation-rule.ts';

/** Level of the conferring authority. */
export const awardLevel = z.enum(['nha-nuoc', 'chinh-phu', 'bo-tinh', 'co-so']);
export type AwardLevel = z.infer<typeof awardLevel>;

/** Classes (hạng) of orders and medals, highest first. */
export const awardClass = z.enum(['hang-nhat', 'hang-nhi', 'hang-ba']);
export type AwardClass = z.infer<typeof awardClass>;

export const issuerSchema = z.strictObject({
  /** Identifier used in decisions' `issuer` field. */
  id,
  /** Vietnamese name of the authority. */
  name: text({ min: 1 }),
  /** Level of government it belongs to. */
  level: awardLevel,
});

export const awardTypeSchema = z.strictObject({
  /** Identifier used in decisions' `award` field. */
  id,
  /** Vietnamese name as printed on decisions. */
  name: text({ min: 1 }),
  /** Family of the award: title, order, medal, certificate… */
  group: z.enum([
    'danh-hieu',
    'danh-hieu-dia-phuong',
    'huan-chuong',
    'huy-chuong',
    'danh-hieu-vinh-du',
    'giai-thuong',
    'ky-niem-chuong',
    'bang-khen',
    'giay-khen',
  ]),
  /** Level of the award. */
  level: awardLevel,
  /** Recipient kinds the award may go to. */
  kinds: z.array(recipientKind).min(1),
  /** Its classes, highest first; absent when the award has none. */
  classes: z.array(awardClass).min(1).optional(),
  /** Authorities that may confer it (ids of `issuers`). */
  issuers: z.array(id).min(1),
  /** Article of the 2022 Law it comes from. */
  article: z.string().optional(),
  /** False where the entry was not checked against the legal text. */
  verified: z.boolean().default(true),
  /** The public comment rule a proposal of it follows (id in `consultationRules`); absent: none. */
  consultation: id.optional(),
});

export const taxonomySchema = z
  .strictObject({
    /** Conferring authorities. */
    issuers: z.array(issuerSchema).min(1),
    /** Titles and forms of commendation. */
    awards: z.array(awardTypeSchema).min(1),
    /** Rules of public comment before a proposal (minimum window and legal basis). */
    consultationRules: z.array(consultationRuleSchema).default([]),
  })
  .superRefine((taxonomy, ctx) => {
    const issuerIds = new Set(taxonomy.issuers.map((issuer) => issuer.id));
    const ruleIds = new Set(taxonomy.consultationRules.map((rule) => rule.id));
    taxonomy.awards.forEach((award, index) => {
      if (award.consultation && !ruleIds.has(award.consultation)) {
        issueAt(ctx, ['awards', index, 'consultation'], {
          vi: `Quy định lấy ý kiến "${award.consultation}" không có trong danh sách consultationRules.`,
          en: `Consultation rule "${award.consultation}" is not in the consultationRules list.`,
          found: award.consultation,
          allowedVi: [...ruleIds].join(', ') || '(chưa có quy định nào)',
          allowedEn: [...ruleIds].join(', ') || '(none yet)',
        });
      }
      award.issuers.forEach((issuer, issuerIndex) => {
        if (!issuerIds.has(issuer)) {
          issueAt(ctx, ['awards', index, 'issuers', issuerIndex], {
            vi: `Cơ quan khen thưởng "${issuer}" không có trong danh sách issuers.`,
            en: `Issuer "${issuer}" is not in the issuers list.`,
          });
        }
      });
    });
  });

export type Issuer = z.infer<typeof issuerSchema>;
export type AwardType = z.infer<typeof awardTypeSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** The public comment rule of an award type, when it has one. */
export function consultationRuleOf(taxonomy: Taxonomy, awardId: string) {
  const ruleId = taxonomy.awards.find((award) => award.id === awardId)?.consultation;
  return ruleId === undefined ? undefined : taxonomy.consultationRules.find((rule) => rule.id === ruleId);
}
