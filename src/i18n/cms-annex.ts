/**
 * The words of the annex field in the browser editor (src/cms/annex-field/): Vietnamese first,
 * English under it or in a tooltip. Bundled into /admin/nhap/widget.js and importer.js only.
 */
export interface Bilingual {
  vi: string;
  en: string;
}

const both = (vi: string, en: string): Bilingual => ({ vi, en });

/** The command-line options the importer's messages name, and what the editor offers instead. */
export const ANNEX_OPTION_WORDS: Record<string, Bilingual> = {
  '--chuyen-ma': both('ô “Tự chuyển chữ TCVN3/VNI sang Unicode” bên dưới', '“Convert TCVN3/VNI text to Unicode” below'),
  '--don-vi-tu-do': both(
    'ô “Giữ nguyên văn đơn vị không có trong danh mục” bên dưới',
    '“Keep units not in the list as text” below',
  ),
  '--doc-ca-phan-an': both(
    'ô “Đọc cả dòng, cột, trang tính bị ẩn” bên dưới',
    '“Read hidden rows, columns and sheets” below',
  ),
};

export const ANNEX_WORDS = {
  choose: both('Chọn tệp Excel, Word hoặc CSV…', 'Choose an Excel, Word or CSV file…'),
  accept: both(
    'Tệp .xlsx (mọi trang tính), .docx (bảng cuối quyết định) hoặc .csv. Trang kiểm tra từng dòng trước khi lưu; chưa có gì được lưu cho đến khi bấm Lưu.',
    'An .xlsx (every sheet), a .docx (the table at the end of a decision) or a .csv. Each row is checked before anything is saved; nothing is saved until you press Save.',
  ),
  current: both('Danh sách đang dùng:', 'Current list:'),
  reading: both('Đang đọc tệp…', 'Reading the file…'),
  loadFailed: both(
    'Không tải được bộ đọc danh sách. Kiểm tra kết nối mạng rồi chọn lại tệp.',
    'The list reader could not be loaded. Check the connection and choose the file again.',
  ),
  convertLegacy: both('Tự chuyển chữ TCVN3/VNI sang Unicode', 'Convert TCVN3/VNI text to Unicode'),
  freeTextUnits: both('Giữ nguyên văn đơn vị không có trong danh mục', 'Keep units not in the list as text'),
  includeHidden: both('Đọc cả dòng, cột, trang tính bị ẩn', 'Read hidden rows, columns and sheets'),
  sheet: both('Trang tính', 'Sheet'),
  row: both('Dòng', 'Row'),
  column: both('Cột', 'Column'),
  problem: both('Vấn đề', 'Problem'),
  found: both('Giá trị hiện có', 'Found'),
  suggestion: both('Gợi ý', 'Suggestion'),
  error: both('Lỗi', 'Error'),
  warning: both('Cảnh báo', 'Warning'),
  wholeFile: both('cả tệp', 'whole file'),
  fullReport: both('Báo cáo đầy đủ (như lệnh npm run import)', 'Full report (as npm run import prints it)'),
  discard: both('Bỏ tệp này', 'Discard this file'),
  willSave: (csv: string, rows: number) =>
    both(
      `Khi bấm Lưu, ${rows} dòng sẽ được lưu vào tệp ${csv}, cạnh tệp của mục này (tên đã có thì trình biên tập thêm số vào cuối).`,
      `On Save, ${rows} rows are saved to ${csv}, beside this entry's file (a number is added if the name is taken).`,
    ),
  /** An entry whose list is replaced: the editor cannot delete the old file itself. */
  replaces: (old: string) =>
    both(
      `Danh sách cũ ${old} sẽ không còn được dùng nhưng vẫn nằm trong kho: khi mục này đã được đăng, xóa tệp đó ở mục Thư viện (biểu tượng ảnh ở thanh trên cùng). Đến lúc đó npm run check nhắc tệp này bằng một cảnh báo.`,
      `The old list ${old} is no longer used but stays in the repository: once this entry is published, delete it in Assets (the picture icon at the top). Until then npm run check mentions it in a warning.`,
    ),
  blocked: both(
    'Chưa lưu được: hãy sửa các dòng bị từ chối ngay trong tệp (hoặc dùng các ô bên dưới), rồi chọn lại tệp.',
    'Cannot be saved yet: fix the rejected rows in the file (or use the boxes below), then choose the file again.',
  ),
  /** The message Sveltia shows under the field, and that stops the save. */
  refuseSave: (rejected: number) =>
    both(
      rejected
        ? `Danh sách có ${rejected} dòng bị từ chối: sửa trong tệp rồi chọn lại tệp (xem bảng bên dưới). Chưa lưu gì.`
        : 'Tệp danh sách chưa nhập được (xem bên dưới). Chưa lưu gì.',
      rejected
        ? `The list has ${rejected} rejected rows: fix them in the file and choose it again (see the table below). Nothing was saved.`
        : 'The list file could not be imported (see below). Nothing was saved.',
    ),
  bothLists: both(
    'Mục này đã có danh sách điền tay (“Người, tập thể…” ở trên): xóa danh sách đó, hoặc bỏ tệp này. Không dùng cả hai.',
    'This entry already has a list typed in the form above: remove it, or discard this file. Not both.',
  ),
  noList: both(
    'Cần danh sách: chọn tệp Excel, Word hoặc CSV ở đây, hoặc điền danh sách ở trên.',
    'A list is needed: choose an Excel, Word or CSV file here, or fill in the list above.',
  ),
  titleSays: both('Tiêu đề của tệp ghi:', 'The file’s title block says:'),
  decisionNumber: both('Quyết định số', 'Decision'),
  signedOn: both('ngày', 'of'),
  differs: (label: string, file: string, form: string) =>
    both(
      `${label} trong tệp (${file}) khác với biểu mẫu (${form}). Kiểm tra lại trước khi lưu: có thể đã chọn nhầm tệp.`,
      `${label} in the file (${file}) differs from the form (${form}). Check before saving: the wrong file may have been chosen.`,
    ),
  formEmpty: (label: string, file: string) =>
    both(
      `${label} trong tệp là ${file}; ô này trong biểu mẫu còn trống: hãy điền.`,
      `${label} in the file is ${file}; the form's field is empty: fill it in.`,
    ),
  inForm: (label: string) => both(`ô “${label}” của biểu mẫu`, `the form's “${label}” field`),
  counts: (accepted: number, rejected: number, warnings: number) =>
    both(
      `${accepted} dòng nhận, ${rejected} dòng bị từ chối${warnings ? `, ${warnings} cảnh báo` : ''}`,
      `${accepted} rows accepted, ${rejected} rejected${warnings ? `, ${warnings} warnings` : ''}`,
    ),
  noRows: both('Tệp không có dòng nào để nhập.', 'The file has no row to import.'),
  severalDecisions: (list: string) =>
    both(
      `Tệp này có nhiều quyết định khác nhau (${list}). Mỗi mục chỉ nhận danh sách của một quyết định: hãy chép trang tính của quyết định này ra một tệp riêng rồi chọn tệp đó.`,
      `This file holds several decisions (${list}). An entry takes one decision's list: copy this decision's sheets into a file of their own and choose that file.`,
    ),
};
