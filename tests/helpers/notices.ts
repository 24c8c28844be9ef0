/**
 * A public comment notice for the mini site (tests/helpers/mini-site.ts): valid as it is, with
 * helpers to change its fields. Used by the notice tests and the bad-input suite.
 */
export const NOTICE = 'content/consultations/huan-chuong-lao-dong-2026.yaml';

export const NOTICE_TEXT = `title: Lấy ý kiến Nhân dân đối với tập thể, cá nhân đề nghị tặng Huân chương Lao động
award: huan-chuong-lao-dong
class: hang-ba
proposedBy: tinh-ninh-binh
basis: Điều 46 Nghị định 98/2023/NĐ-CP, sửa đổi bởi khoản 3 Điều 60 Nghị định 152/2025/NĐ-CP
opens: 2026-02-09
workingDays: 10
contact:
  address: Ban Thi đua – Khen thưởng tỉnh Ninh Bình
  email: thiduakhenthuong@example.vn
  phone: 0229.3871.234
recipients:
  - name: Nguyễn Thị Hoa
    kind: ca-nhan
    unit: phuong-hoa-lu
    position: Công chức văn hóa
  - name: Phường Đông A
    kind: tap-the
    unit: phuong-dong-a
`;

/** The notice with some top-level `key: value` blocks replaced (value null drops the block). */
export function notice(fields: Record<string, string | null>, text = NOTICE_TEXT): string {
  for (const [key, value] of Object.entries(fields)) {
    // A block is its line and the indented lines under it.
    const block = new RegExp(`^${key}:.*\\n(?:[ ]+.*\\n)*`, 'm');
    const next = value === null ? '' : `${value}\n`;
    text = block.test(text) ? text.replace(block, next) : `${text}${next}`;
  }
  return text;
}
