/**
 * A rule of public comment before an award (lấy ý kiến Nhân dân): how many working days the
 * list must stay published at least, and the legal text that says so. Listed once in the award
 * taxonomy (`consultationRules`) and named by each award type it applies to (`consultation`), so
 * a notice shorter than its award's minimum gets an error citing the rule.
 */
import { z } from 'astro/zod';
import { id, text } from './common.ts';

export const consultationRuleSchema = z.strictObject({
  /** Identifier named by award types' `consultation` field. */
  id,
  /** The shortest window allowed, in working days. */
  workingDays: z.int().min(1).max(60),
  /** The legal basis in Vietnamese, as an error or a page cites it. */
  basis: text({ min: 5, max: 300 }),
  /** The same legal basis in English, for the English half of an error. */
  basisEn: text({ min: 5, max: 300 }),
});

export type ConsultationRule = z.infer<typeof consultationRuleSchema>;
