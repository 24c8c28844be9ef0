/**
 * Building blocks shared by the collection schemas. Every custom issue carries bilingual
 * `params` ({ vi, en, found?, allowed? }) so the validator can print a message a press officer
 * can act on; built-in zod issues are translated in src/validation/messages.ts.
 */
import { z } from 'astro/zod';
import { INVISIBLE_CHARACTERS, codePointLabel, showInvisible } from '../utils/text.ts';
import { parseVietnamDate } from '../utils/dates.ts';
import { detectLegacyEncoding, LEGACY_ENCODING_LABELS } from '../utils/legacy-encoding.ts';

/** Parameters of a custom issue, read by the message formatter. */
export interface IssueParams {
  vi: string;
  en: string;
  found?: string;
  allowedVi?: string;
  allowedEn?: string;
}

type Ctx = {
  addIssue: (issue: {
    code: 'custom';
    message: string;
    params: IssueParams;
    path?: (string | number)[];
    input?: unknown;
  }) => void;
};

function report(ctx: Ctx, params: IssueParams): void {
  ctx.addIssue({ code: 'custom', message: params.en, params });
}

/** Report a rule's failure at a field of the object being refined (its bilingual text in `params`). */
export function issueAt(ctx: Ctx, path: (string | number)[], params: IssueParams): void {
  ctx.addIssue({ code: 'custom', path, message: params.en, params });
}

/**
 * A line of text as people see it: trimmed, and free of invisible characters (zero-width
 * spaces, soft hyphens, BOM) that copy-paste brings in and that make equal names differ.
 */
export function text(bounds: { min?: number; max?: number } = {}) {
  let schema = z.string().trim();
  if (bounds.min !== undefined) schema = schema.min(bounds.min);
  if (bounds.max !== undefined) schema = schema.max(bounds.max);
  return schema.superRefine((value, ctx) => {
    // Text typed with an old 8-bit font (.VnTime, VNI-Times) and pasted as Unicode reads as
    // mojibake ("Bïng khen"); offer the converted text so the fix is a paste. TCVN3 writes ư as
    // a soft hyphen: that is the same problem, reported once, not also as an invisible character.
    const legacy = detectLegacyEncoding(value);
    if (legacy) {
      const label = LEGACY_ENCODING_LABELS[legacy.encoding];
      report(ctx, {
        vi: `Chữ bị lỗi phông: có vẻ được gõ bằng bảng mã cũ ${label}. Nếu đúng, hãy thay bằng: "${legacy.text}"`,
        en: `Garbled text: it looks typed in the legacy ${label} encoding. If so, replace it with: "${legacy.text}"`,
        found: JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}…` : value),
      });
      return;
    }
    const invisible = INVISIBLE_CHARACTERS.exec(value);
    if (invisible) {
      report(ctx, {
        vi: `Có ký tự vô hình ${codePointLabel(invisible[0])} ở vị trí ${invisible.index + 1} (thường do sao chép từ Word hoặc trang web). Hãy gõ lại đoạn chữ này.`,
        en: `Contains the invisible character ${codePointLabel(invisible[0])} at position ${invisible.index + 1} (usually pasted from Word or a web page). Retype this text.`,
        // Shown with the invisible characters made visible: the raw text would look correct.
        found: JSON.stringify(showInvisible(value.length > 120 ? `${value.slice(0, 117)}…` : value)),
      });
    }
  });
}

/** Identifier of a file in another collection: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z.string().superRefine((value, ctx) => {
  if (!ID_PATTERN.test(value)) {
    report(ctx, {
      vi: 'Mã định danh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: phuong-hoa-lu).',
      en: 'An identifier has only lower-case letters without accents, digits and hyphens (e.g. phuong-hoa-lu).',
      found: JSON.stringify(value),
    });
  }
});

/** A web address, absolute (https://…). */
export const url = z.url({ protocol: /^https?$/ });

function dateSchema(allowTime: boolean) {
  return z.unknown().transform((value, ctx): Date => {
    if (value instanceof Date) return value;
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    const allowedVi = allowTime
      ? 'ngày dạng YYYY-MM-DD (ví dụ 2026-01-21), có thể kèm giờ: 2026-01-21 14:30'
      : 'ngày dạng YYYY-MM-DD (ví dụ 2026-01-21)';
    const allowedEn = allowTime
      ? 'a date YYYY-MM-DD (e.g. 2026-01-21), optionally with a time: 2026-01-21 14:30'
      : 'a date YYYY-MM-DD (e.g. 2026-01-21)';
    if (value === undefined || value === null) {
      report(ctx, { vi: 'Thiếu trường bắt buộc.', en: 'This required field is missing.', allowedVi, allowedEn });
      return z.NEVER;
    }
    if (typeof value !== 'string') {
      report(ctx, { vi: 'Không phải là ngày.', en: 'Not a date.', found: shown, allowedVi, allowedEn });
      return z.NEVER;
    }
    const parsed = parseVietnamDate(value);
    if (parsed.ok && (allowTime || !parsed.hasTime)) return parsed.date;
    if (!parsed.ok && parsed.reason === 'calendar' && parsed.detail) {
      const { year, month, daysInMonth } = parsed.detail;
      if (daysInMonth === 0) {
        report(ctx, {
          vi: `Tháng ${month} không tồn tại.`,
          en: `Month ${month} does not exist.`,
          found: shown,
          allowedVi,
          allowedEn,
        });
      } else {
        report(ctx, {
          vi: `Ngày không có thật: tháng ${month}/${year} chỉ có ${daysInMonth} ngày.`,
          en: `This date does not exist: ${year}-${String(month).padStart(2, '0')} has only ${daysInMonth} days.`,
          found: shown,
          allowedVi,
          allowedEn,
        });
      }
      return z.NEVER;
    }
    if (!parsed.ok && parsed.reason === 'time') {
      report(ctx, {
        vi: 'Giờ không hợp lệ (00:00–23:59).',
        en: 'Invalid time of day (00:00–23:59).',
        found: shown,
        allowedVi,
        allowedEn,
      });
      return z.NEVER;
    }
    report(ctx, {
      vi: parsed.ok ? 'Trường này chỉ nhận ngày, không kèm giờ.' : 'Sai định dạng ngày.',
      en: parsed.ok ? 'This field takes a date without a time.' : 'Wrong date format.',
      found: shown,
      allowedVi,
      allowedEn,
    });
    return z.NEVER;
  });
}

/**
 * A calendar date `YYYY-MM-DD`, read as midnight in Vietnam. Impossible dates (30 February)
 * are rejected instead of rolling over.
 */
export const date = dateSchema(false).meta({ format: 'date' });

/**
 * A date, or a date and time (`2026-01-21 14:30`). Without a zone it is Vietnam's time.
 */
export const dateTime = dateSchema(true).meta({ format: 'date-time' });

/** Kinds of recipient: individual, collective, household. */
export const recipientKind = z.enum(['ca-nhan', 'tap-the', 'ho-gia-dinh']);
export type RecipientKind = z.infer<typeof recipientKind>;

/** An image with its alternative text (required: readers using screen readers need it). */
/** Built once: Astro builds the schema of each entry anew (its `image()` is the entry's own). */
const imageAlt = text({ min: 1, max: 300 });

export function imageWithAlt<T extends z.ZodType>(image: T) {
  return z.strictObject({
    /** Path of the image file, relative to the content file (e.g. `./anh/hoi-nghi.jpg`). */
    image,
    /** What the image shows, for people who cannot see it. Required. */
    alt: imageAlt,
  });
}

export { report as reportIssue };
