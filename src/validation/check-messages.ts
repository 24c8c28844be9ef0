/**
 * The content check's own messages, Vietnamese first and English after: one function per kind of
 * problem, so the checks hold only their logic. (Schema issues are described in messages.ts.)
 */
import type { Message } from './diagnostic.ts';
import type { IdentifierKind } from '../domain/personal-data.ts';

/** A kind of personal identifier, as a message names it. */
const IDENTIFIER_NAMES: Record<IdentifierKind, { vi: string; en: string }> = {
  'id-card': {
    vi: 'số chứng minh nhân dân hoặc căn cước công dân (9 hoặc 12 chữ số)',
    en: 'an identity-card number (9 or 12 digits)',
  },
  phone: { vi: 'số điện thoại', en: 'a telephone number' },
};

/** Where in a file a message points, as its first words: "Trường này" / "This field", "Dòng 12 của bài". */
export interface Place {
  vi: string;
  en: string;
}

export const checkMessages = {
  unknownField: (key: string, known: readonly string[]): Message => ({
    vi: `Trường "${key}" không có trong mẫu nội dung (có thể viết sai tên).`,
    en: `Unknown field "${key}" (perhaps a misspelt name).`,
    allowedVi: known.join(', '),
    allowedEn: known.join(', '),
  }),

  /** A list of fifty award ids helps nobody: point at the file that has them, with names. */
  seeTaxonomy: (taxonomyPath: string): Pick<Message, 'allowedVi' | 'allowedEn'> => ({
    allowedVi: `xem danh mục đầy đủ trong ${taxonomyPath}`,
    allowedEn: `see the full list in ${taxonomyPath}`,
  }),

  taxonomySyntax: 'Lỗi cú pháp YAML trong danh mục khen thưởng.',

  siteMissing: {
    vi: 'Thiếu tệp site.yaml (tên trang, cơ quan chủ quản, địa chỉ trang).',
    en: 'site.yaml is missing (site name, organisation, url).',
  } satisfies Message,

  duplicateSlug: (id: string, previous: string, labelVi: string): Message => ({
    vi: `Trùng tên tệp (slug) "${id}" với ${previous}: hai ${labelVi} sẽ có cùng địa chỉ trang. Hãy đổi tên một trong hai tệp.`,
    en: `Duplicate slug "${id}", also used by ${previous}: both would get the same URL. Rename one of the two files.`,
    found: id,
  }),

  badFileName: (id: string): Message => ({
    vi: 'Tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang).',
    en: 'A file name has only lower-case letters without accents, digits and hyphens (it becomes the URL).',
    found: id,
  }),

  noFrontmatter: {
    vi: 'Thiếu phần thông tin đầu bài (frontmatter) giữa hai dòng "---".',
    en: 'The frontmatter block between two "---" lines is missing.',
  } satisfies Message,

  notAMap: {
    vi: 'Tệp không chứa các trường dạng "tên: giá trị".',
    en: 'The file holds no "field: value" lines.',
  } satisfies Message,

  htmlComment: (found: string): Message => ({
    vi: 'Ghi chú <!-- … --> vẫn nằm trong mã nguồn của trang công khai: ai cũng đọc được. Hãy xóa ghi chú khỏi bài.',
    en: 'A <!-- … --> note stays in the source of the public page, where anyone can read it. Remove it from the story.',
    found,
  }),

  rawHtml: (found: string): Message => ({
    vi:
      'Bài .md không được chứa mã HTML: mã này sẽ chạy trên trang web của cơ quan. Hãy viết bằng Markdown ' +
      '(**đậm**, _nghiêng_, [liên kết](https://…)); muốn xuống dòng, kết thúc dòng bằng dấu \\. ' +
      'Mã nhúng (YouTube, Facebook…) không được dùng vì trang không tải gì từ nơi khác: hãy đặt đường liên kết.',
    en:
      'A .md story cannot contain HTML: it would run on the office’s website. Write Markdown instead ' +
      '(**bold**, _italic_, [link](https://…)); for a line break, end the line with \\. ' +
      'Embed codes (YouTube, Facebook…) are not allowed, as the site loads nothing from elsewhere: put a link instead.',
    found,
    allowedVi: 'Markdown; thẻ <br> để xuống dòng. Cần HTML thật thì dùng tệp .mdx, do người quản trị kỹ thuật duyệt.',
    allowedEn:
      'Markdown; <br> for a line break. Real HTML needs an .mdx file, reviewed by the technical administrator.',
  }),

  invisibleInBody: (label: string, line: number, column: number, more: number, found: string): Message => ({
    vi: `Bài viết có ký tự vô hình ${label} ở dòng ${line}, cột ${column}${more ? ` (và ${more} ký tự vô hình khác)` : ''}, thường do sao chép từ Word hoặc trang web. Hãy xóa và gõ lại đoạn này.`,
    en: `The text has the invisible character ${label} at line ${line}, column ${column}${more ? ` (and ${more} more)` : ''}, usually pasted from Word or a web page. Delete it and retype this passage.`,
    found,
  }),

  legacyInBody: (line: number, label: string, converted: string, found: string): Message => ({
    vi: `Dòng ${line} của bài bị lỗi phông: có vẻ được gõ bằng bảng mã cũ ${label}. Nếu đúng, hãy thay bằng: "${converted}"`,
    en: `Line ${line} of the text is garbled: it looks typed in the legacy ${label} encoding. If so, replace it with: "${converted}"`,
    found,
  }),

  listAndAnnex: {
    vi: 'Chỉ dùng một trong hai: danh sách recipients trong tệp này, hoặc tệp CSV recipientsFile.',
    en: 'Use either the recipients list in this file or a recipientsFile CSV, not both.',
  } satisfies Message,

  annexMissing: (csvPath: string, found: string): Message => ({
    vi: `Không tìm thấy tệp danh sách ${csvPath}.`,
    en: `The recipients file ${csvPath} does not exist.`,
    found,
  }),

  notInYearFolder: (where: string): Message => ({
    vi: `Tin bài phải nằm trong thư mục năm: ${where}.`,
    en: `Articles live in a folder per year: ${where}.`,
  }),

  yearFolderMismatch: (year: number, folderYear: string): Message => ({
    vi: `Tin đăng năm ${year} nhưng nằm trong thư mục ${folderYear}.`,
    en: `The story is dated ${year} but sits in the folder ${folderYear}.`,
  }),

  imageMissing: (imagePath: string, found: string): Message => ({
    vi: `Không tìm thấy tệp ảnh ${imagePath}.`,
    en: `The image file ${imagePath} does not exist.`,
    found,
  }),

  documentMissing: (path: string, found: string): Message => ({
    vi: `Không tìm thấy tệp văn bản gốc ${path}.`,
    en: `The signed original ${path} does not exist.`,
    found,
    allowedVi:
      'tệp PDF đặt cạnh tệp quyết định, tệp trong thư mục public/ (đường dẫn bắt đầu bằng /) hoặc địa chỉ https://…',
    allowedEn: 'a PDF beside the decision file, a file under public/ (a path starting with /) or an https://… address',
  }),

  /** `kind` says what the file seems to be instead ("ảnh JPEG / a JPEG picture"), when known. */
  documentNotPdf: (path: string, found: string, kind: { vi: string; en: string } | undefined): Message => ({
    vi: `Tệp ${path} không phải là PDF${kind ? ` (có vẻ là ${kind.vi})` : ''}: văn bản gốc để tải về phải là tệp PDF. Hãy quét hoặc xuất văn bản ra PDF.`,
    en: `${path} is not a PDF${kind ? ` (it looks like ${kind.en})` : ''}: the signed original offered for download must be a PDF. Scan or export the document as PDF.`,
    found,
    allowedVi: 'tệp PDF (bắt đầu bằng %PDF-)',
    allowedEn: 'a PDF file (starting with %PDF-)',
  }),

  documentTooLarge: (path: string, found: string, megabytes: string): Message => ({
    vi: `Tệp ${path} nặng ${megabytes.replace('.', ',')} MB, quá 20 MB: người đọc trên điện thoại khó tải về. Hãy quét lại ở độ phân giải thấp hơn (200 dpi, đen trắng) hoặc nén tệp PDF.`,
    en: `${path} is ${megabytes} MB, over 20 MB: readers on phones could hardly download it. Scan again at a lower resolution (200 dpi, black and white) or compress the PDF.`,
    found,
    allowedVi: 'tối đa 20 MB',
    allowedEn: 'at most 20 MB',
  }),

  supersedesItself: (found: string): Message => ({
    vi: 'Quyết định không thể tự thay thế chính nó.',
    en: 'A decision cannot supersede itself.',
    found,
  }),

  unknownReference: (value: string, labelVi: string, collection: string, folder: string): Message => ({
    vi: `Không có ${labelVi} nào mang mã "${value}" (tìm trong ${folder}/).`,
    en: `No ${collection.replace(/s$/, '')} with the id "${value}" (looked in ${folder}/).`,
    found: value,
  }),

  unitLinksLoop: (field: 'successor' | 'parent', loop: readonly string[], found: string): Message => ({
    vi: `Vòng lặp ${field === 'successor' ? 'sáp nhập' : 'trực thuộc'}: ${loop.join(' → ')}.`,
    en: `The ${field} links loop: ${loop.join(' → ')}.`,
    found,
  }),

  duplicateDecision: (number: string, where: string, spelled: string): Message => ({
    vi: `Số quyết định ${number} đã được dùng trong ${where}${spelled === number ? '' : ` (viết là ${spelled})`}; mỗi quyết định có một số riêng (không phân biệt chữ hoa, chữ thường).`,
    en: `Decision number ${number} is already used by ${where}${spelled === number ? '' : ` (written ${spelled})`}; each decision has its own number (case is ignored).`,
    found: number,
  }),

  unusedAnnex: {
    vi: 'Tệp CSV này không được quyết định nào dùng (recipientsFile).',
    en: 'No decision uses this CSV file (recipientsFile).',
  } satisfies Message,

  /** `found` is the text with the number hidden: a report ends up in public CI logs. */
  personalIdentifier: (kind: IdentifierKind, where: Place, masked: string): Message => ({
    vi: `${where.vi} có ${IDENTIFIER_NAMES[kind].vi}. Không được công bố số điện thoại hay số giấy tờ tùy thân của cá nhân (Luật Bảo vệ dữ liệu cá nhân, hiệu lực từ 01/01/2026): hãy xóa số này khỏi tệp. Số đã được ẩn trong thông báo này.`,
    en: `${where.en} holds ${IDENTIFIER_NAMES[kind].en}. A person's telephone or identity-card number must never be published (Law on Personal Data Protection, in force since 1 January 2026): delete it from the file. The number is hidden in this message.`,
    found: masked,
    allowedVi: 'họ tên, chức vụ, đơn vị, thành tích — những gì quyết định công bố',
    allowedEn: 'name, position, unit, achievement: what the decision itself publishes',
  }),

  birthDate: (where: Place, phrase: string): Message => ({
    vi: `${where.vi} có vẻ ghi ngày hoặc năm sinh ("${phrase}…"). Ngày sinh là dữ liệu cá nhân: chỉ công bố những gì quyết định công bố. Hãy bỏ đi, trừ khi đó là thông tin lịch sử đã công khai (người đã mất).`,
    en: `${where.en} seems to give a date or year of birth ("${phrase}…"). A date of birth is personal data: publish only what the decision publishes. Remove it, unless it is public history (a person who has died).`,
  }),

  strayFile: {
    vi: 'Tệp này bị bỏ qua: chỉ nhận .md, .mdx (tin bài, điển hình) và .yaml (dữ liệu).',
    en: 'This file is ignored: only .md, .mdx (stories, exemplars) and .yaml (data) are read.',
  } satisfies Message,
};
