/**
 * What the award taxonomy allows, checked inside a schema's refinement: the class an award needs
 * (or must not have), who may confer it, and which kinds of recipient it goes to. Shared by the
 * schemas of decisions and of anything else naming an award.
 */
import { AWARD_CLASS_LABELS, RECIPIENT_KIND_LABELS } from '../i18n/labels.ts';
import { issueAt, type RecipientKind } from './common.ts';
import type { AwardClass, AwardType } from './taxonomy.ts';

type Ctx = Parameters<typeof issueAt>[0];

/** A class only and always for an award that has classes, and one of its own. */
export function checkAwardClass(ctx: Ctx, type: AwardType, awardClass: AwardClass | undefined): void {
  if (type.classes && !awardClass) {
    issueAt(ctx, ['class'], {
      vi: `${type.name} có hạng: cần ghi trường class.`,
      en: `${type.name} has classes: the class field is required.`,
      allowedVi: type.classes.map((c) => `${c} (${AWARD_CLASS_LABELS[c]})`).join(', '),
      allowedEn: type.classes.join(', '),
    });
  } else if (awardClass && !type.classes) {
    issueAt(ctx, ['class'], {
      vi: `${type.name} không chia hạng: hãy bỏ trường class.`,
      en: `${type.name} has no classes: remove the class field.`,
      found: awardClass,
    });
  } else if (awardClass && type.classes && !type.classes.includes(awardClass)) {
    issueAt(ctx, ['class'], {
      vi: `${type.name} không có hạng này.`,
      en: `${type.name} has no such class.`,
      found: awardClass,
      allowedVi: type.classes.join(', '),
      allowedEn: type.classes.join(', '),
    });
  }
}

/** The conferring authority must be one the taxonomy gives the award. */
export function checkAwardIssuer(ctx: Ctx, type: AwardType, issuer: string): void {
  if (type.issuers.includes(issuer)) return;
  issueAt(ctx, ['issuer'], {
    vi: `Cơ quan "${issuer}" không có thẩm quyền tặng ${type.name} theo danh mục khen thưởng.`,
    en: `"${issuer}" cannot confer ${type.name} according to the award taxonomy.`,
    found: issuer,
    allowedVi: type.issuers.join(', '),
    allowedEn: type.issuers.join(', '),
  });
}

/** Each recipient's kind must be one the award goes to (a flag to a collective…). */
export function checkRecipientKinds(
  ctx: Ctx,
  type: AwardType,
  recipients: readonly { name: string; kind: RecipientKind }[],
): void {
  recipients.forEach((recipient, index) => {
    if (type.kinds.includes(recipient.kind)) return;
    issueAt(ctx, ['recipients', index, 'kind'], {
      vi: `${type.name} không tặng cho ${RECIPIENT_KIND_LABELS[recipient.kind]} (${recipient.name}).`,
      en: `${type.name} cannot go to a recipient of kind ${recipient.kind} (${recipient.name}).`,
      found: recipient.kind,
      allowedVi: type.kinds.map((k) => `${k} (${RECIPIENT_KIND_LABELS[k]})`).join(', '),
      allowedEn: type.kinds.join(', '),
    });
  });
}
