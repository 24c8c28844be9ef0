/**
 * How the content model's values read on the site, in one place: categories, recipient kinds,
 * award levels, classes and statuses, unit types, the "award + class" label every list of
 * awards shows, and a public comment notice's status and window. The values themselves are the
 * schemas' enums (src/schemas/).
 */
import { startOfVietnamDay } from '../calendar/civil-date.ts';
import type { WorkingDayWindow } from '../calendar/window.ts';
import type { ConsultationStatus } from '../consultations/status.ts';
import { formatDate, formatNumber } from '../utils/format.ts';
import type { ArticleCategory } from '../schemas/article.ts';
import type { AwardStatus } from '../schemas/award.ts';
import type { RecipientKind } from '../schemas/common.ts';
import type { AwardClass, AwardLevel } from '../schemas/taxonomy.ts';
import type { UnitType } from '../schemas/unit.ts';
import { t } from './index.ts';

/** News categories (chuyên mục). */
export const CATEGORY_LABELS: Record<ArticleCategory, string> = {
  'hoi-nghi': 'Hội nghị',
  'phat-dong': 'Phát động thi đua',
  'giao-uoc': 'Ký kết giao ước',
  'tong-ket': 'Tổng kết',
  'khen-thuong': 'Khen thưởng',
  'dien-hinh': 'Điển hình tiên tiến',
  'van-ban': 'Văn bản, chính sách',
  'tin-tuc': 'Tin tức',
};

/** A recipient's kind inside a sentence: "cá nhân". */
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  'ca-nhan': 'cá nhân',
  'tap-the': 'tập thể',
  'ho-gia-dinh': 'hộ gia đình',
};

/** A group of recipients of one kind, as decisions head their tables (and the search filters them): "Cá nhân". */
export const RECIPIENT_GROUP_LABELS: Record<RecipientKind, string> = {
  'tap-the': t.collectives,
  'ca-nhan': t.individuals,
  'ho-gia-dinh': t.households,
};

/** Level of the conferring authority (cấp khen thưởng). */
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  'nha-nuoc': 'Nhà nước',
  'chinh-phu': 'Chính phủ',
  'bo-tinh': 'Bộ, ngành, tỉnh',
  'co-so': 'Cơ sở',
};

/** Classes (hạng) of orders and medals. */
export const AWARD_CLASS_LABELS: Record<AwardClass, string> = {
  'hang-nhat': 'hạng Nhất',
  'hang-nhi': 'hạng Nhì',
  'hang-ba': 'hạng Ba',
};

/** A decision's status. */
export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  'quyet-dinh': 'Đã quyết định',
  'de-nghi': 'Đề nghị',
  'thu-hoi': 'Đã thu hồi',
};

/** Types of unit. */
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  tinh: 'Tỉnh',
  xa: 'Xã',
  phuong: 'Phường',
  'dac-khu': 'Đặc khu',
  huyen: 'Huyện',
  'thi-xa': 'Thị xã',
  'thanh-pho': 'Thành phố',
  'so-nganh': 'Sở, ngành',
  'co-quan': 'Cơ quan',
  'doanh-nghiep': 'Doanh nghiệp',
  'truong-hoc': 'Trường học',
  khac: 'Khác',
};

/** An award with its class, as decisions print it: "Huân chương Lao động hạng Ba". */
export function awardLabel(awardName: string, awardClass?: AwardClass | undefined): string {
  return awardClass ? `${awardName} ${AWARD_CLASS_LABELS[awardClass]}` : awardName;
}

/** A status worth saying: '' for a plain decision, "Đề nghị" or "Đã thu hồi" otherwise. */
export function statusNote(status: AwardStatus): string {
  return status === 'quyet-dinh' ? '' : AWARD_STATUS_LABELS[status];
}

/** A public comment notice's status (the window's three are corrected in the reader's browser). */
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  upcoming: t.consultationUpcoming,
  open: t.consultationOpen,
  closed: t.consultationClosed,
  decided: t.consultationDecided,
  withdrawn: t.consultationWithdrawn,
};

/**
 * "Từ ngày 09/02/2026 đến hết ngày 27/02/2026 (10 ngày làm việc)", as notices print a window;
 * without its length when the working days are shown apart (a share card's figures).
 */
export function windowPhrase(window: WorkingDayWindow, options: { length?: boolean } = {}): string {
  const from = formatDate(startOfVietnamDay(window.opens));
  const to = formatDate(startOfVietnamDay(window.closes));
  const phrase = `${t.windowFrom} ${from} ${t.windowUntil} ${to}`;
  return options.length === false ? phrase : `${phrase} (${window.workingDays} ${t.workingDaysUnit})`;
}

/** "2 tập thể, 5 cá nhân và 1 hộ gia đình": how many of each kind, as a sentence lists them. */
export function countsPhrase(counts: readonly { kind: RecipientKind; count: number }[]): string {
  const parts = counts
    .filter((c) => c.count > 0)
    .map((c) => `${formatNumber(c.count)} ${RECIPIENT_KIND_LABELS[c.kind]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${t.and} ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The abstract (trích yếu) of a decision that has no title, worded as decisions are: "Về việc
 * tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể và 5 cá nhân"; an emulation or honorary
 * title (taxonomy groups danh-hieu…) as "tặng danh hiệu “Chiến sĩ thi đua cơ sở”"; a proposal
 * as "đề nghị tặng".
 */
export function decisionAbstract(input: {
  award: string;
  group: string;
  status: AwardStatus;
  counts: readonly { kind: RecipientKind; count: number }[];
}): string {
  const verb = input.status === 'de-nghi' ? t.abstractPropose : t.abstractGive;
  const what = input.group.startsWith('danh-hieu') ? `${t.abstractTitle} “${input.award}”` : input.award;
  const whom = countsPhrase(input.counts);
  return `${t.abstractAbout} ${verb} ${what}${whom ? ` ${t.abstractTo} ${whom}` : ''}`;
}

/** Achievement periods as a sentence says them: "năm 2022", "năm 2022, năm 2023", "giai đoạn 2020–2022". */
export function periodsText(labels: readonly string[]): string {
  return labels.map((label) => (label.includes('–') ? `giai đoạn ${label}` : `năm ${label}`)).join(', ');
}
