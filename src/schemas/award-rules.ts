/**
 * Rules between an award type (from the taxonomy) and what names it: its class and its
 * recipients' kinds. One place for them, used by award decisions (award.ts) and public comment
 * notices (consultation.ts), each calling them from its own superRefine.
 */
import type { z } from 'astro/zod';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from './common.ts';
import { AWARD_CLASS_LABELS, type AwardClass, type AwardType } from './taxonomy.ts';

type Ctx = Pick<z.core.$RefinementCtx, 'addIssue'>;

/** `class` only and always for an award that has classes, and one of its classes. */
export function checkAwardClass(type: AwardType, value: AwardClass | undefined, ctx: Ctx): void {
  if (type.classes && !value) {
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
  } else if (value && !type.classes) {
    ctx.addIssue({
      code: 'custom',
      path: ['class'],
      message: `${type.name} has no classes`,
      params: {
        vi: `${type.name} không chia hạng: hãy bỏ trường class.`,
        en: `${type.name} has no classes: remove the class field.`,
        found: value,
      },
    });
  } else if (value && type.classes && !type.classes.includes(value)) {
    ctx.addIssue({
      code: 'custom',
      path: ['class'],
      message: `class not available`,
      params: {
        vi: `${type.name} không có hạng này.`,
        en: `${type.name} has no such class.`,
        found: value,
        allowedVi: type.classes.join(', '),
        allowedEn: type.classes.join(', '),
      },
    });
  }
}

/** Each recipient's kind is one the award may go to (a flag to a collective…). */
export function checkRecipientKinds(
  type: AwardType,
  recipients: readonly { name: string; kind: RecipientKind }[],
  ctx: Ctx,
): void {
  recipients.forEach((recipient, index) => {
    if (type.kinds.includes(recipient.kind)) return;
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
  });
}
