/**
 * Cards with titles full of stacked Vietnamese diacritics (Ặ, Ệ, Ỗ, ẫ, ự…), one per template,
 * for the golden-image test and for looking at the cards (`npx node scripts/og-preview.ts`).
 */
import { fileURLToPath } from 'node:url';
import type { CardModel, CardSite } from '../../src/og/cards.ts';

export const SAMPLE_SITE: CardSite = { name: 'Bảng Vàng', host: 'bangvang.example.vn', demoLabel: 'Dữ liệu mẫu' };
export const PORTRAIT_FILE = fileURLToPath(new URL('../fixtures/og/portrait.jpg', import.meta.url));

export const SAMPLE_CARDS: Record<string, CardModel> = {
  story: {
    kind: 'story',
    site: SAMPLE_SITE,
    section: 'Tin tức',
    category: 'Hội nghị',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
    date: 'Thứ Tư, 21/01/2026',
  },
  'story-long': {
    kind: 'story',
    site: SAMPLE_SITE,
    section: 'Tin tức',
    category: 'Phát động thi đua',
    title:
      'Cụm Thi đua số 1 tỉnh Ninh Bình tổng kết năm 2025, phát động thi đua năm 2026: Đặng Thị Ngọc Thịnh và những tấm gương điển hình tiên tiến được biểu dương, khen thưởng trước toàn thể hội nghị',
    date: 'Thứ Tư, 21/01/2026',
  },
  decision: {
    kind: 'decision',
    site: SAMPLE_SITE,
    section: 'Khen thưởng',
    kicker: 'Quyết định khen thưởng',
    award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    number: 'Số 1234/QĐ-UBND',
    issuer: 'Chủ tịch UBND tỉnh Ninh Bình',
    status: 'Đã thu hồi',
    figures: [
      { value: '12', label: 'tập thể' },
      { value: '33', label: 'cá nhân' },
      { value: '2025', label: 'năm thành tích' },
    ],
    signed: 'Ký ngày 15/01/2026',
  },
  consultation: {
    kind: 'consultation',
    site: SAMPLE_SITE,
    section: 'Lấy ý kiến Nhân dân',
    award: 'Huân chương Lao động hạng Nhất',
    title:
      'Lấy ý kiến Nhân dân đối với tập thể, cá nhân được đề nghị tặng Huân chương Lao động hạng Nhất: Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm và Ông Đặng Quốc Việt',
    proposer: 'Ủy ban nhân dân tỉnh Ninh Bình',
    figures: [
      { value: '1', label: 'tập thể' },
      { value: '1', label: 'cá nhân' },
      { value: '10', label: 'ngày làm việc' },
    ],
    window: 'Từ ngày 09/02/2026 đến hết ngày 27/02/2026',
  },
  exemplar: {
    kind: 'exemplar',
    site: SAMPLE_SITE,
    section: 'Điển hình tiên tiến',
    name: 'Đặng Thị Ngọc Thịnh',
    kicker: 'Cá nhân · 2025',
    position: 'Công chức Văn hóa – Xã hội, UBND phường Đông A',
    unit: 'Phường Đông A',
    field: 'Văn hóa – xã hội, chuyển đổi số',
    portrait: { path: PORTRAIT_FILE },
  },
  'exemplar-plain': {
    kind: 'exemplar',
    site: SAMPLE_SITE,
    section: 'Điển hình tiên tiến',
    name: 'Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm',
    kicker: 'Tập thể · 2024',
    unit: 'Huyện Vụ Bản',
  },
  unit: {
    kind: 'unit',
    site: SAMPLE_SITE,
    section: 'Đơn vị',
    kicker: 'Tỉnh Ninh Bình',
    name: 'Phường Đông A',
    line: 'Trước đây: Phường Thống Nhất, Phường Lộc Vượng',
    figures: [
      { value: '3', label: 'quyết định' },
      { value: '18', label: 'lượt khen thưởng' },
      { value: '2', label: 'tin bài' },
      { value: '1', label: 'điển hình' },
    ],
  },
  cluster: {
    kind: 'cluster',
    site: SAMPLE_SITE,
    section: 'Cụm, khối thi đua',
    kicker: 'Cụm thi đua · 2026',
    name: 'Cụm Thi đua số 1 các phường trung tâm tỉnh Ninh Bình',
    line: 'Cụm trưởng: Phường Hoa Lư · Cụm phó: Phường Đông A',
    figures: [
      { value: '10', label: 'đơn vị thành viên' },
      { value: '3', label: 'đề nghị khen thưởng' },
      { value: '1', label: 'tin bài' },
    ],
  },
  home: {
    kind: 'home',
    site: SAMPLE_SITE,
    section: 'Trang chủ',
    tagline: 'Tin thi đua, khen thưởng và những tấm gương điển hình tiên tiến',
    organisation: 'Ban Thi đua – Khen thưởng (dữ liệu mẫu)',
    figures: [
      { value: '9', label: 'tin bài' },
      { value: '12', label: 'quyết định' },
      { value: '1.234', label: 'lượt khen thưởng' },
    ],
  },
};
