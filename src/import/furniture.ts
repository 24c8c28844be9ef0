/**
 * The rows of an annex that are not recipients, as offices write them: section rows ("I. Tập
 * thể", "II. CÁ NHÂN"), notes under the table ("Danh sách này có 32 cá nhân./."), and the lines
 * of a signature block ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nơi nhận:"). Pure predicates
 * on cell texts; structure.ts decides with them where they stand.
 */
import type { RecipientKind } from '../schemas/common.ts';
import { foldKey } from './headers.ts';

/** Numbering of a section: I, II, …, A, B, …, 1, 2, … followed by a dot or a bracket, or alone. */
const SECTION_NUMBER = /^(?:[ivxlc]+|[a-h]|\d{1,2})$/;

export interface Section {
  /** The kind the rows below it are, when the section says ("II. Cá nhân"). */
  kind?: RecipientKind;
  text: string;
}

/** The kind alone, with at most "danh sách", "các", "được …" or a count: not "Tập thể Phòng Nội vụ". */
const kindSection = (words: string) => new RegExp(`^(?:danh sach )?(?:cac )?${words}(?: duoc .*| \\d+.*)?$`);
const KIND_SECTION: [RegExp, RecipientKind][] = [
  [kindSection('tap the'), 'tap-the'],
  [kindSection('ca nhan'), 'ca-nhan'],
  [kindSection('ho gia dinh'), 'ho-gia-dinh'],
];

/**
 * A section row: one or two filled cells, a numbering (I, II, A, 1…) then a heading, or a kind
 * alone ("TẬP THỂ", "Cá nhân được khen thưởng (32)").
 */
export function sectionOf(cells: string[]): Section | undefined {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0 || filled.length > 2) return undefined;
  const text = filled.join(' ');
  const words = foldKey(text).split(' ');
  const numbered = words.length > 1 && SECTION_NUMBER.test(words[0] ?? '');
  const heading = (numbered ? words.slice(1) : words).join(' ');
  for (const [pattern, kind] of KIND_SECTION) {
    if (pattern.test(heading)) return { kind, text };
  }
  // "I. KHỐI CÁC PHƯỜNG", "B. Khối trường học": a group heading with a Roman numeral or a letter.
  if (numbered && /^(?:[ivxlc]+|[a-h])$/.test(words[0] ?? '') && /[.)]/.test(text.slice(0, 6))) return { text };
  return undefined;
}

/** The note lines offices put under a table. */
const NOTE =
  /^(?:\(?\s*danh sach (?:nay|tren|co)|\(?\s*tong (?:cong|so)|cong\b|an dinh|ghi chu|luu y|\(?\s*co \d+ (?:ca nhan|tap the)|trang \d+(?: \/ \d+)?$)/;

/** "Danh sách này có 32 cá nhân./.", "Tổng cộng: 45", "(Ấn định 50 tập thể)", "…./." */
export function isNote(text: string): boolean {
  return NOTE.test(foldKey(text)) || /\.\/\.\s*$/.test(text.trim());
}

/** Roles a signature block prints above the name: with the signing mark (KT., TM., TL., TUQ., Q.) or alone. */
const ROLE_MARK = /^(?:kt|tm|tl|tuq|q|ktl)\s/;
const ROLES =
  /^(?:pho )?(?:chu tich|giam doc|bo truong|thu truong|truong ban|truong phong|chanh van phong|hieu truong|tong giam doc|bi thu|thu truong don vi|nguoi lap bieu|nguoi lap danh sach)\b/;
/** A line that is a role and nothing else reads as one in any case ("Người lập biểu"). */
const ROLE_ALONE =
  /^(?:pho )?(?:chu tich|giam doc|thu truong don vi|thu truong co quan|nguoi lap bieu|nguoi lap danh sach|nguoi ky)$/;

/** A line of a signature block that gives the signer's role. */
export function isRole(text: string): boolean {
  const key = foldKey(text);
  const upper = text === text.toLocaleUpperCase('vi');
  // Unmarked, a role is short ("GIÁM ĐỐC SỞ NỘI VỤ"): not the authority line of a decision
  // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH").
  return ROLE_MARK.test(`${key} `) || (upper && ROLES.test(key) && key.split(' ').length <= 5) || ROLE_ALONE.test(key);
}

/** "(Đã ký)", "(Ký tên, đóng dấu)", "(đã ký và đóng dấu)": where the signature stands. */
export function isSigningMark(text: string): boolean {
  const key = foldKey(text);
  return key === 'da ky' || (/^\(.*\)$/u.test(text.trim()) && /\b(?:ky|dong dau)\b/.test(key));
}

/** "Nơi nhận:" and the list under it ("- Như Điều 3;", "- Lưu: VT."). */
export function isRecipientsList(text: string): boolean {
  return /^noi nhan\b/.test(foldKey(text)) || /^[-–•+]\s*\S/.test(text.trim());
}

/** "Ninh Bình, ngày 15 tháng 01 năm 2026": the place and date line. */
export function isPlaceDate(text: string): boolean {
  return /,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu.test(text);
}

/** A row that opens a signature block. */
export function opensSignature(text: string): boolean {
  return isRole(text) || isSigningMark(text) || /^noi nhan\b/.test(foldKey(text));
}
