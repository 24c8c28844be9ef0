/**
 * Vietnamese interface strings of what the law asks of a state body's portal (Decree 42/2022,
 * Circular 26/2020, the personal data law): a decision's document facts, print and save, the
 * English page, the accessibility statement, the open data page. Part of `vi` (vi.ts).
 */
export const viLegal = {
  /** A decision's facts as Decree 42 lists them for a document. */
  documentForm: 'Hình thức văn bản',
  documentFormDecision: 'Quyết định',
  documentFormProposal: 'Tờ trình đề nghị khen thưởng',
  issuingBody: 'Cơ quan ban hành',
  numberAndSymbol: 'Số, ký hiệu',
  effectiveOn: 'Ngày có hiệu lực',
  effectiveFromSigning: 'kể từ ngày ký',
  abstract: 'Trích yếu',
  signer: 'Người ký',
  signedOriginal: 'Văn bản gốc',
  downloadOriginal: 'Tải về bản đã ký',
  viewOriginalElsewhere: 'Xem bản đã ký',
  externalSite: 'trang ngoài',
  /** The abstract built when a decision has no title: "Về việc tặng Bằng khen … cho 2 tập thể và 5 cá nhân". */
  abstractAbout: 'Về việc',
  abstractGive: 'tặng',
  abstractPropose: 'đề nghị tặng',
  abstractTitle: 'danh hiệu',
  abstractTo: 'cho',
  and: 'và',
  /** A story's print and save controls (Decree 42, Art. 7). */
  printStory: 'In bài',
  saveStory: 'Lưu bài',
  saveStoryHint: 'Lưu trang này vào máy để đọc khi không có mạng',
  /** Footer links every page carries. */
  openDataPage: 'Dữ liệu mở',
  accessibility: 'Tuyên bố về khả năng tiếp cận',
  relatedPortals: 'Cổng thông tin các cơ quan liên quan',
  /** /en/: the office in English (the page reads the English dictionary; these are its Vietnamese twins). */
  officeInEnglish: 'Giới thiệu cơ quan',
  officeOrganisation: 'Cơ cấu tổ chức',
  officeDuties: 'Chức năng, nhiệm vụ',
  officeAddress: 'Địa chỉ',
  officeContacts: 'Đầu mối liên hệ',
  contactPosition: 'Chức vụ',
  contactUnit: 'Đơn vị',
  contactPhone: 'Điện thoại',
  contactEmail: 'Thư điện tử công vụ',
  officeRestInVietnamese: 'Các trang khác của trang web bằng tiếng Việt.',
  /** /du-lieu/: the open data, its licence and its dictionary. */
  openDataTitle: 'Dữ liệu mở: danh sách khen thưởng',
  openDataRows: 'dòng, mỗi dòng một tập thể, cá nhân trong một quyết định',
  openDataNewest: 'Quyết định mới nhất ký ngày',
  openDataDownloads: 'Tải về',
  openDataCsvAbout: 'Bảng tính CSV: mở bằng Excel, tiêu đề cột tiếng Việt (UTF-8)',
  openDataJsonAbout:
    'JSON cho lập trình viên: khóa tiếng Anh, mỗi quyết định một lần với danh sách tập thể, cá nhân (recipients), mỗi dòng một người',
  openDataMetadata: 'Mô tả dữ liệu cho cổng dữ liệu (CSV on the Web, W3C): giấy phép và mọi cột',
  openDataLicence: 'Giấy phép',
  openDataCite: 'Khi dùng lại, xin ghi nguồn:',
  openDataDecree47:
    'Dữ liệu mở của cơ quan nhà nước được tự do sao chép, chia sẻ, sử dụng, kể cả trong sản phẩm thương mại; người dùng phải trích dẫn nguồn và không được bán lại dữ liệu nguyên trạng (Điều 18 Nghị định 47/2020/NĐ-CP).',
  openDataPrivacy:
    'Theo quy định về bảo vệ dữ liệu cá nhân, dữ liệu không có số điện thoại, số giấy tờ tùy thân, ngày sinh; tên người không công bố theo đề nghị và tên người dưới 18 tuổi để trống (cột "Không công bố tên").',
  openDataDictionary: 'Từ điển dữ liệu',
  openDataDictionaryIntro:
    'Các cột theo thứ tự trong tệp: tiêu đề cột trong CSV, khóa trong JSON, kiểu dữ liệu và ý nghĩa. Trong JSON, các cột từ Số quyết định đến Trạng thái ghi một lần cho mỗi quyết định, các cột sau ghi cho từng tập thể, cá nhân trong recipients.',
  openDataKey: 'Khóa JSON',
  openDataType: 'Kiểu',
  datatypeString: 'chữ',
  datatypeDate: 'ngày (năm-tháng-ngày)',
  datatypeBoolean: 'đúng/sai (true/false)',
  datatypeAnyURI: 'địa chỉ web',
} as const;
