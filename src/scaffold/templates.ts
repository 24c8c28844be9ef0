/**
 * New content files for `npm run new`: the right folder, a Vietnamese slug, today's date (given:
 * no clock here) and every field of the schema with a short Vietnamese comment. Required fields
 * the officer must fill are `''` marked "CẦN ĐIỀN"; optional ones are commented out, ready to use.
 * Pure: text in, text out. tests/unit/scaffold.test.ts checks every schema field is in them.
 */
import { CATEGORY_LABELS, UNIT_TYPE_LABELS } from '../i18n/labels.ts';
import slugify from '@sindresorhus/slugify';
import { type UnitType } from '../schemas/unit.ts';
import { yamlScalar } from '../utils/yaml-scalar.ts';
import { foldVietnamese } from '../utils/text.ts';

export type ScaffoldKind = 'story' | 'exemplar' | 'award' | 'unit' | 'consultation';

/** Names a press officer may type for each kind, English and Vietnamese. */
export const SCAFFOLD_KINDS: Record<string, ScaffoldKind> = {
  story: 'story',
  tin: 'story',
  'tin-bai': 'story',
  exemplar: 'exemplar',
  'dien-hinh': 'exemplar',
  award: 'award',
  'khen-thuong': 'award',
  'quyet-dinh': 'award',
  unit: 'unit',
  'don-vi': 'unit',
  consultation: 'consultation',
  'lay-y-kien': 'consultation',
};

/** The mark of a value to fill. */
export const TO_FILL = 'CẦN ĐIỀN';

export interface ScaffoldInput {
  kind: ScaffoldKind;
  /** Title of the story, name of the exemplar or unit, headline of the decision. */
  title: string;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  /** Content folder from the project root (`content`). */
  contentDir: string;
}

export interface Scaffolded {
  slug: string;
  /** Path from the project root, forward slashes. */
  path: string;
  text: string;
}

const fill = (comment: string) => `'' # ${TO_FILL}: ${comment}`;

const list = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([id, label]) => `${id} (${label})`)
    .join(', ');

function story(title: string, today: string): string {
  return `---
# Tin bài. Dòng bắt đầu bằng "#" là ghi chú, không hiện trên trang.
# Điền các trường có chữ "${TO_FILL}"; muốn dùng trường nào đang có "#" ở đầu thì xóa dấu "#" đó.
title: ${yamlScalar(title)} # Tiêu đề, 10–200 ký tự
description: ${fill('sapo (đoạn mở đầu in đậm), 20–400 ký tự')}
date: ${today} # Ngày đăng YYYY-MM-DD, có thể thêm giờ: ${today} 08:30 (giờ Việt Nam)
# updated: ${today} # Ngày cập nhật, không trước ngày đăng
category: ${fill(`chuyên mục, một trong: ${list(CATEGORY_LABELS)}`)}
authors: # Tác giả, ít nhất một người
  - ${fill('tên tác giả')}
# source: # Nguồn, khi lấy tin từ báo khác
#   name: baothuathienhue.vn # Tên nguồn
#   url: https://baothuathienhue.vn/ # Địa chỉ bài gốc
# cover: # Ảnh đại diện: đặt tệp ảnh trong thư mục anh/ cạnh bài này
#   image: ./anh/ten-anh.jpg # Đường dẫn tệp ảnh
#   alt: Mô tả ảnh # Ảnh cho thấy gì, cho người không nhìn thấy (bắt buộc khi có ảnh)
#   caption: Chú thích # Chú thích in dưới ảnh
#   credit: Tên người chụp # Người chụp hoặc nguồn ảnh
# gallery: # Thêm ảnh, mỗi ảnh ghi như cover
#   - image: ./anh/anh-2.jpg # Đường dẫn tệp ảnh
#     alt: Mô tả ảnh # Mô tả ảnh (bắt buộc)
# shareImage: # Ảnh khi chia sẻ lên Facebook, Zalo; bỏ trống thì dùng thẻ tự vẽ
#   image: ./anh/ten-anh.jpg # Đường dẫn tệp ảnh, cắt giữa theo khổ 1200×630
#   alt: Mô tả ảnh # Ảnh cho thấy gì (bắt buộc khi có ảnh)
# units: [phuong-hoa-lu] # Đơn vị được nhắc đến (mã trong content/units)
# awards: [] # Quyết định khen thưởng liên quan (tên tệp trong content/awards)
# exemplars: [] # Điển hình tiên tiến liên quan (tên tệp trong content/exemplars)
# cluster: ninh-binh-cum-1-2026 # Cụm, khối thi đua (mã trong content/clusters)
# movement: ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so # Phong trào thi đua (mã trong content/movements)
# tags: [Chuyển đổi số] # Từ khóa; mỗi từ khóa có một trang riêng
# featured: true # true: đưa lên làm tin tiêu điểm ở trang chủ
draft: false # true: bản nháp, chưa đăng (chỉ xem được khi chạy npm run dev)
# redirectFrom: [/tin-tuc/bai-cu-123.html] # Địa chỉ của bài trên trang cũ: ai mở địa chỉ cũ sẽ được chuyển tới bài này
---

Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống.

## Tiêu đề nhỏ

Chèn ảnh trong bài: ![Mô tả ảnh](./anh/ten-anh.jpg)
`;
}

function exemplar(name: string, today: string): string {
  return `---
# Điển hình tiên tiến. Điền các trường có chữ "${TO_FILL}"; xóa dấu "#" ở đầu trường tùy chọn muốn dùng.
name: ${yamlScalar(name)} # Họ tên người hoặc tên tập thể
kind: ${fill('ca-nhan (cá nhân), tap-the (tập thể) hoặc ho-gia-dinh (hộ gia đình)')}
unit: ${fill('mã đơn vị trong content/units, ví dụ phuong-hoa-lu')}
# position: Giáo viên # Chức vụ
# field: Giáo dục # Lĩnh vực: nông nghiệp, giáo dục…
year: ${today.slice(0, 4)} # Năm được công nhận, tuyên dương
summary: ${fill('tóm tắt một đoạn, tối đa 400 ký tự')}
# portrait: # Ảnh chân dung: đặt tệp ảnh trong thư mục anh/ cạnh tệp này
#   image: ./anh/chan-dung.jpg # Đường dẫn tệp ảnh
#   alt: Chân dung … # Mô tả ảnh (bắt buộc khi có ảnh)
# consent: … đồng ý bằng văn bản ngày … # Bắt buộc khi có ảnh: ai đồng ý đăng ảnh, cách nào, ngày nào (không hiện trên trang)
# awards: [] # Quyết định khen thưởng đã tặng (tên tệp trong content/awards)
# sortKey: Tên # Sắp xếp theo chữ này thay cho tên (khi chữ cuối không phải tên gọi)
---

Viết câu chuyện của điển hình ở đây.
`;
}

function award(title: string, today: string): string {
  return `# Quyết định khen thưởng. Điền các trường có chữ "${TO_FILL}"; xóa dấu "#" ở đầu trường tùy chọn muốn dùng.
# Danh sách dài (trên vài chục người) nên nhập từ Excel: npm run import -- danh-sach.xlsx
decision: ${fill('số quyết định như in trên văn bản, ví dụ 1234/QĐ-UBND')}
title: ${yamlScalar(title)} # Tiêu đề ngắn hiện trong danh sách quyết định
signed: ${today} # Ngày ký YYYY-MM-DD
issuer: ${fill('cơ quan khen thưởng, ví dụ chu-tich-ubnd-tinh (danh sách trong src/data/award-taxonomy.yaml)')}
# issuerUnit: tinh-ninh-binh # Đơn vị ban hành (mã trong content/units)
award: ${fill('hình thức khen thưởng, ví dụ bang-khen-bo-tinh (danh sách trong src/data/award-taxonomy.yaml)')}
# class: hang-nhat # Hạng (hang-nhat, hang-nhi, hang-ba): chỉ với hình thức có hạng như Huân chương
period: ${fill('năm thành tích: một năm (2025) hoặc giai đoạn "2021-2025"')}
# status: quyet-dinh # quyet-dinh (đã quyết định, mặc định), de-nghi (đề nghị), thu-hoi (đã thu hồi)
# supersededBy: ten-quyet-dinh-khac # Quyết định thu hồi hoặc thay thế quyết định này
# signer: # Người ký, như in dưới quyết định (bỏ dấu "#" ở cả ba dòng)
#   position: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH
#   name: Trần Anh Dũng
# reason: Đã có thành tích xuất sắc … # Lý do khen thưởng, như trong quyết định
# cluster: ninh-binh-cum-1-2026 # Cụm, khối thi đua đề nghị (mã trong content/clusters)
# movement: ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so # Phong trào thi đua (mã trong content/movements)
# effective: 2026-02-01 # Ngày có hiệu lực, nếu không phải ngày ký (không trước ngày ký)
# document: qd-so-123.pdf # Bản đã ký (PDF, tối đa 20 MB): tệp đặt cạnh tệp này, tệp trong public/ (/tep/qd.pdf) hoặc địa chỉ https://…
recipients: # Người, tập thể được khen; mỗi người một mục bắt đầu bằng "- "
  - name: ${fill('họ tên hoặc tên tập thể')}
    kind: ${fill('ca-nhan, tap-the hoặc ho-gia-dinh')}
    # unit: phuong-hoa-lu # Đơn vị: mã trong content/units, hoặc tên nơi công tác
    # position: Chủ tịch UBND phường # Chức vụ
    # citation: Đã có thành tích … # Thành tích
    # posthumous: true # true: truy tặng
    # sortKey: Tên # Sắp xếp theo chữ này thay cho tên
    # code: 7HC-M4X-2EA # Mã xác minh: để trống là tự sinh; chỉ ghi để giữ mã đã in khi sửa tên
    # withheld: { reason: Theo đề nghị của cá nhân … } # Không công bố (vẫn được đếm): ghi lý do
    # minor: true # Người dưới 18 tuổi: tên chỉ hiện trên trang quyết định
# recipientsFile: danh-sach.csv # Thay cho recipients: tệp CSV cạnh tệp này (npm run import tạo ra)
`;
}

function consultation(title: string, today: string): string {
  return `# Thông báo lấy ý kiến Nhân dân trước khi đề nghị khen thưởng. Điền các trường có chữ "${TO_FILL}";
# xóa dấu "#" ở đầu trường tùy chọn muốn dùng. Ngày hết hạn được tính tự động từ ngày bắt đầu và số
# ngày làm việc (bỏ thứ Bảy, Chủ nhật, ngày lễ, Tết): không cần ghi.
# Danh sách dài nên nhập từ Excel: npm run import -- danh-sach.xlsx
title: ${yamlScalar(title)} # Tiêu đề, 10–200 ký tự
award: ${fill('hình thức đề nghị khen thưởng, ví dụ huan-chuong-lao-dong (danh sách trong src/data/award-taxonomy.yaml)')}
# class: hang-ba # Hạng (hang-nhat, hang-nhi, hang-ba): chỉ với hình thức có hạng như Huân chương
proposedBy: ${fill('cơ quan đề nghị và lấy ý kiến (mã trong content/units), ví dụ tinh-ninh-binh')}
# basis: Điều 46 Nghị định 98/2023/NĐ-CP, sửa đổi bởi khoản 3 Điều 60 Nghị định 152/2025/NĐ-CP # Căn cứ pháp lý, như in trên thông báo
opens: ${today} # Ngày bắt đầu lấy ý kiến YYYY-MM-DD
workingDays: 10 # Số ngày làm việc lấy ý kiến; Huân chương, danh hiệu vinh dự Nhà nước, Chiến sĩ thi đua toàn quốc, Giải thưởng: ít nhất 10
contact: # Nơi nhận ý kiến: ghi ít nhất một trong ba dòng dưới
  address: ${fill('địa chỉ nhận ý kiến bằng văn bản, ví dụ Ban Thi đua – Khen thưởng tỉnh, số … đường …')}
  # email: thiduakhenthuong@….gov.vn # Thư điện tử nhận ý kiến
  # phone: 0229.3871.234 # Điện thoại của bộ phận nhận ý kiến
recipients: # Tập thể, cá nhân được đề nghị; mỗi người một mục bắt đầu bằng "- "
  - name: ${fill('họ tên hoặc tên tập thể')}
    kind: ${fill('ca-nhan, tap-the hoặc ho-gia-dinh')}
    # unit: phuong-hoa-lu # Đơn vị: mã trong content/units, hoặc tên nơi công tác
    # position: Chủ tịch UBND phường # Chức vụ
    # citation: Đã có thành tích … # Thành tích
    # posthumous: true # true: đề nghị truy tặng
    # sortKey: Tên # Sắp xếp theo chữ này thay cho tên
# recipientsFile: danh-sach.csv # Thay cho recipients: tệp CSV cạnh tệp này (npm run import tạo ra)
# outcome: # Kết quả, ghi sau khi có: một trong hai dòng dưới
#   decision: ten-quyet-dinh # Quyết định khen thưởng đã ban hành (tên tệp trong content/awards)
#   withdrawn: Lý do rút đề nghị # Khi đề nghị được rút lại
`;
}

/** Type of a unit from the first words of its name ("Phường Đông A" → phuong), when clear. */
export function guessUnitType(name: string): UnitType | undefined {
  const key = foldVietnamese(name);
  const types: [RegExp, UnitType][] = [
    [/^tinh /, 'tinh'],
    [/^xa /, 'xa'],
    [/^phuong /, 'phuong'],
    [/^dac khu /, 'dac-khu'],
    [/^huyen /, 'huyen'],
    [/^thi xa /, 'thi-xa'],
    [/^thanh pho /, 'thanh-pho'],
    [/^so /, 'so-nganh'],
    [/^(truong|hoc vien|dai hoc) /, 'truong-hoc'],
    [/^(cong ty|tong cong ty|hop tac xa|ngan hang) /, 'doanh-nghiep'],
  ];
  return types.find(([pattern]) => pattern.test(key))?.[1];
}

function unit(name: string): string {
  const type = guessUnitType(name);
  return `# Đơn vị. Điền các trường có chữ "${TO_FILL}"; xóa dấu "#" ở đầu trường tùy chọn muốn dùng.
name: ${yamlScalar(name)} # Tên chính thức, kèm loại: "Phường Đông A"
type: ${type ? `${type} # Loại đơn vị: ${list(UNIT_TYPE_LABELS)}` : fill(`loại đơn vị, một trong: ${list(UNIT_TYPE_LABELS)}`)}
# parent: tinh-ninh-binh # Đơn vị cấp trên (mã trong content/units)
# formerNames: # Tên cũ, mỗi tên kèm ngày cuối cùng dùng tên đó
#   - name: Thị xã … # Tên cũ
#     until: 2025-06-30 # Ngày cuối cùng dùng tên này
# validFrom: 2025-07-01 # Ngày bắt đầu tồn tại dưới hình thức này
# validTo: 2025-06-30 # Ngày cuối cùng tồn tại (đơn vị đã sáp nhập, giải thể)
# successor: phuong-dong-a # Đơn vị đã sáp nhập vào (cần validTo)
# website: https://… # Trang thông tin điện tử
# description: Một hai câu giới thiệu. # Giới thiệu ngắn, tối đa 400 ký tự
`;
}

export function scaffold({ kind, title, today, contentDir }: ScaffoldInput): Scaffolded {
  const clean = title.normalize('NFC').replace(/\s+/g, ' ').trim();
  const slug = slugify(clean, { locale: 'vi' });
  switch (kind) {
    case 'story':
      return { slug, path: `${contentDir}/articles/${today.slice(0, 4)}/${slug}.md`, text: story(clean, today) };
    case 'exemplar':
      return { slug, path: `${contentDir}/exemplars/${slug}.md`, text: exemplar(clean, today) };
    case 'award':
      return { slug, path: `${contentDir}/awards/${slug}.yaml`, text: award(clean, today) };
    case 'unit':
      return { slug, path: `${contentDir}/units/${slug}.yaml`, text: unit(clean) };
    case 'consultation':
      return { slug, path: `${contentDir}/consultations/${slug}.yaml`, text: consultation(clean, today) };
  }
}
