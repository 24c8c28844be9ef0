/**
 * Vietnamese labels and hints of every content field in the browser editor (/admin), keyed by
 * `collection.field` (items of a list without an index: `awards.recipients.name`).
 * tests/unit/cms-config.test.ts fails if a schema field has no label here.
 */
export const CMS_COLLECTION_LABELS = {
  articles: ['Tin bài', 'tin bài'],
  exemplars: ['Điển hình tiên tiến', 'điển hình'],
  awards: ['Quyết định khen thưởng', 'quyết định'],
  units: ['Đơn vị', 'đơn vị'],
  clusters: ['Cụm, khối thi đua', 'cụm, khối'],
  movements: ['Phong trào thi đua', 'phong trào'],
  // The public comment notices come with their schema from another branch.
  consultations: ['Lấy ý kiến Nhân dân', 'thông báo lấy ý kiến'],
  site: ['Thông tin trang', 'thông tin trang'],
} as const;

type Label = readonly [string, string?];

/** The fields of one recipient, the same in a decision and in a public comment notice. */
function recipientLabels(collection: string): Record<string, Label> {
  return {
    [`${collection}.recipients.name`]: ['Họ tên hoặc tên tập thể'],
    [`${collection}.recipients.kind`]: ['Loại'],
    [`${collection}.recipients.unit`]: ['Đơn vị', 'Mã đơn vị (phuong-hoa-lu) hoặc tên nơi công tác.'],
    [`${collection}.recipients.position`]: ['Chức vụ'],
    [`${collection}.recipients.citation`]: ['Thành tích'],
    [`${collection}.recipients.posthumous`]: ['Truy tặng'],
    [`${collection}.recipients.sortKey`]: ['Khóa sắp xếp'],
  };
}

/**
 * Fields that other branches are adding to the schemas (the content model's public comment
 * notices, decisions' `signer` and `effective`, recipients' `code`, `withheld` and `minor`,
 * stories' `redirectFrom`): their labels are below already, so that merging them needs only the
 * schemas. The drift test accepts labels under these paths before their fields exist.
 */
export const FIELDS_AWAITING_SCHEMAS = ['awards.effective'];

/** [label, hint?] */
export const CMS_FIELD_LABELS: Record<string, Label> = {
  'articles.title': ['Tiêu đề', '10–200 ký tự.'],
  'articles.description': ['Sapo (đoạn mở đầu)', '20–400 ký tự, in đậm dưới tiêu đề.'],
  'articles.date': ['Ngày đăng', 'Giờ Việt Nam.'],
  'articles.updated': ['Ngày cập nhật', 'Không trước ngày đăng.'],
  'articles.category': ['Chuyên mục'],
  'articles.authors': ['Tác giả', 'Ít nhất một người.'],
  'articles.source': ['Nguồn', 'Khi lấy tin từ báo khác ("Theo baothuathienhue.vn").'],
  'articles.source.name': ['Tên nguồn'],
  'articles.source.url': ['Địa chỉ bài gốc', 'https://…'],
  'articles.cover': ['Ảnh đại diện'],
  'articles.cover.image': ['Tệp ảnh'],
  'articles.cover.alt': ['Mô tả ảnh', 'Ảnh cho thấy gì, cho người không nhìn thấy. Bắt buộc.'],
  'articles.cover.caption': ['Chú thích'],
  'articles.cover.credit': ['Người chụp, nguồn ảnh'],
  'articles.shareImage': [
    'Ảnh khi chia sẻ',
    'Không bắt buộc: ảnh hiện trên Facebook, Zalo khi bài được chia sẻ; bỏ trống thì dùng thẻ tự vẽ.',
  ],
  'articles.shareImage.image': ['Tệp ảnh', 'Được cắt giữa ảnh theo khổ 1200×630.'],
  'articles.shareImage.alt': ['Mô tả ảnh', 'Ảnh cho thấy gì, cho người không nhìn thấy. Bắt buộc.'],
  'articles.gallery': ['Thư viện ảnh'],
  'articles.gallery.image': ['Tệp ảnh'],
  'articles.gallery.alt': ['Mô tả ảnh', 'Bắt buộc.'],
  'articles.gallery.caption': ['Chú thích'],
  'articles.gallery.credit': ['Người chụp, nguồn ảnh'],
  'articles.units': ['Đơn vị liên quan'],
  'articles.awards': ['Quyết định khen thưởng liên quan'],
  'articles.exemplars': ['Điển hình liên quan'],
  'articles.cluster': ['Cụm, khối thi đua'],
  'articles.movement': ['Phong trào thi đua'],
  'articles.tags': ['Từ khóa', 'Mỗi từ khóa có một trang riêng.'],
  'articles.featured': ['Tin tiêu điểm', 'Đưa lên đầu trang chủ.'],
  'articles.draft': ['Bản nháp', 'Bản nháp không được đăng.'],
  'articles.redirectFrom': [
    'Địa chỉ cũ',
    'Đường dẫn của bài trên cổng thông tin cũ (ví dụ /tin-tuc/123.html): ai mở địa chỉ cũ được chuyển đến bài này.',
  ],

  'exemplars.name': ['Họ tên hoặc tên tập thể'],
  'exemplars.kind': ['Loại'],
  'exemplars.unit': ['Đơn vị'],
  'exemplars.position': ['Chức vụ'],
  'exemplars.field': ['Lĩnh vực', 'Nông nghiệp, giáo dục…'],
  'exemplars.year': ['Năm được tuyên dương'],
  'exemplars.summary': ['Tóm tắt', 'Một đoạn, tối đa 400 ký tự.'],
  'exemplars.portrait': ['Ảnh chân dung'],
  'exemplars.portrait.image': ['Tệp ảnh'],
  'exemplars.portrait.alt': ['Mô tả ảnh', 'Bắt buộc.'],
  'exemplars.consent': [
    'Sự đồng ý đăng ảnh',
    'Bắt buộc khi có ảnh chân dung: ai đồng ý, bằng cách nào, ngày nào (người dưới 18 tuổi: cha mẹ, người giám hộ). Không hiện trên trang.',
  ],
  'exemplars.awards': ['Quyết định khen thưởng'],
  'exemplars.sortKey': ['Khóa sắp xếp', 'Sắp xếp theo chữ này thay cho tên (khi chữ cuối không phải tên gọi).'],

  'awards.decision': ['Số quyết định', 'Như in trên văn bản, ví dụ 1234/QĐ-UBND. Không trùng.'],
  'awards.title': ['Tiêu đề ngắn'],
  'awards.signed': ['Ngày ký'],
  'awards.issuer': ['Cơ quan khen thưởng'],
  'awards.issuerUnit': ['Đơn vị ban hành'],
  'awards.award': ['Hình thức khen thưởng'],
  'awards.class': ['Hạng', 'Chỉ với hình thức có hạng (Huân chương, Huy chương).'],
  'awards.period': ['Năm thành tích', 'Một năm (2025) hoặc giai đoạn (2021-2025).'],
  'awards.status': ['Trạng thái'],
  'awards.supersededBy': ['Bị thay thế, thu hồi bởi'],
  'awards.reason': ['Lý do khen thưởng'],
  'awards.cluster': ['Cụm, khối thi đua đề nghị'],
  'awards.movement': ['Phong trào thi đua'],
  'awards.document': [
    'Bản gốc quyết định (PDF)',
    'Tệp PDF đã ký (tối đa 20 MB): tải lên, hoặc ghi tên tệp đặt cạnh tệp quyết định, hoặc địa chỉ https://. Trang quyết định cho tải về, ghi rõ dung lượng.',
  ],
  'awards.recipients': [
    'Người, tập thể được khen',
    'Danh sách dài: chọn tệp Excel hoặc Word của phụ lục ở mục "Danh sách kèm theo" bên dưới, không gõ lại ở đây.',
  ],
  ...recipientLabels('awards'),
  // A decided award's recipients only: a notice publishes its proposed names by law, with no code.
  'awards.recipients.code': [
    'Mã xác minh',
    'Để trống: mã được tạo tự động và không đổi khi thêm, bớt, đổi thứ tự dòng. Chỉ ghi khi cần giữ một mã đã in.',
  ],
  'awards.recipients.withheld': [
    'Không công bố tên',
    'Bản ghi vẫn được tính, nhưng tên không hiện trên trang, trong tìm kiếm, dữ liệu mở và ảnh chia sẻ.',
  ],
  'awards.recipients.withheld.reason': ['Lý do không công bố'],
  'awards.recipients.minor': [
    'Người dưới 18 tuổi',
    'Tên chỉ hiện trên trang quyết định, không có trong tìm kiếm và dữ liệu mở.',
  ],
  'awards.recipientsFile': [
    'Danh sách kèm theo (Excel, Word)',
    'Thay cho danh sách trên: danh sách được kiểm tra từng dòng, rồi lưu thành tệp CSV cạnh tệp quyết định.',
  ],

  'awards.signer': ['Người ký'],
  'awards.signer.name': ['Họ tên người ký', 'Ví dụ: Trần Anh Dũng.'],
  'awards.signer.position': ['Chức vụ người ký', 'Như in trên văn bản, ví dụ: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH.'],
  'awards.effective': ['Ngày có hiệu lực', 'Bỏ trống nếu có hiệu lực từ ngày ký.'],

  'consultations.title': [
    'Tiêu đề',
    '10–200 ký tự, ví dụ: Lấy ý kiến Nhân dân đối với các cá nhân đề nghị tặng Huân chương Lao động.',
  ],
  'consultations.award': ['Hình thức khen thưởng đề nghị'],
  'consultations.class': ['Hạng', 'Chỉ với hình thức có hạng (Huân chương, Huy chương).'],
  'consultations.proposedBy': ['Cơ quan đề nghị', 'Cơ quan đề nghị khen thưởng và lấy ý kiến.'],
  'consultations.basis': ['Căn cứ', 'Như in trên văn bản.'],
  'consultations.opens': ['Ngày bắt đầu lấy ý kiến', 'Giờ Việt Nam.'],
  'consultations.workingDays': [
    'Số ngày làm việc',
    'Không ít hơn mức tối thiểu của hình thức khen thưởng (10 ngày với huân chương, danh hiệu vinh dự Nhà nước, Chiến sĩ thi đua toàn quốc). Ngày kết thúc được tính tự động, bỏ qua thứ Bảy, Chủ nhật và ngày lễ.',
  ],
  'consultations.contact': ['Nơi nhận ý kiến', 'Ít nhất một trong ba: địa chỉ, thư điện tử, điện thoại.'],
  'consultations.contact.address': ['Địa chỉ'],
  'consultations.contact.email': ['Thư điện tử'],
  'consultations.contact.phone': ['Điện thoại'],
  'consultations.recipients': [
    'Người, tập thể được đề nghị',
    'Danh sách dài: chọn tệp Excel hoặc Word ở mục "Danh sách kèm theo" bên dưới, không gõ lại ở đây.',
  ],
  ...recipientLabels('consultations'),
  'consultations.recipientsFile': [
    'Danh sách kèm theo (Excel, Word)',
    'Thay cho danh sách trên: danh sách được kiểm tra từng dòng, rồi lưu thành tệp CSV cạnh tệp thông báo.',
  ],
  'consultations.outcome': ['Kết quả', 'Điền khi đã có quyết định khen thưởng, hoặc khi rút đề nghị.'],
  'consultations.outcome.decision': ['Quyết định khen thưởng'],
  'consultations.outcome.withdrawn': ['Lý do rút đề nghị'],

  'units.name': ['Tên chính thức', 'Kèm loại: "Phường Đông A".'],
  'units.type': ['Loại đơn vị'],
  'units.parent': ['Đơn vị cấp trên'],
  'units.formerNames': ['Tên cũ'],
  'units.formerNames.name': ['Tên cũ'],
  'units.formerNames.until': ['Dùng đến ngày'],
  'units.validFrom': ['Bắt đầu từ ngày'],
  'units.validTo': ['Kết thúc ngày', 'Với đơn vị đã sáp nhập, giải thể.'],
  'units.successor': ['Sáp nhập vào', 'Cần ngày kết thúc.'],
  'units.website': ['Trang thông tin điện tử'],
  'units.description': ['Giới thiệu', 'Tối đa 400 ký tự.'],

  'clusters.name': ['Tên cụm, khối'],
  'clusters.kind': ['Loại'],
  'clusters.year': ['Năm'],
  'clusters.organiser': ['Đơn vị thành lập'],
  'clusters.members': ['Đơn vị thành viên', 'Ít nhất hai.'],
  'clusters.leader': ['Cụm trưởng, Khối trưởng'],
  'clusters.deputy': ['Cụm phó, Khối phó'],
  'clusters.theme': ['Chủ đề thi đua'],
  'clusters.covenant': ['Nội dung giao ước'],
  'clusters.description': ['Giới thiệu'],

  'movements.name': ['Tên phong trào'],
  'movements.launchedBy': ['Người, cơ quan phát động', 'Như in trên văn bản: "Thủ tướng Chính phủ".'],
  'movements.unit': ['Đơn vị phát động'],
  'movements.start': ['Ngày phát động'],
  'movements.end': ['Ngày kết thúc'],
  'movements.description': ['Nội dung', '20–600 ký tự.'],
  'movements.slogan': ['Khẩu hiệu'],

  'site.name': ['Tên trang'],
  'site.tagline': ['Khẩu hiệu dưới tên'],
  'site.description': ['Mô tả', 'Cho công cụ tìm kiếm, 20–300 ký tự.'],
  'site.organisation': ['Cơ quan chủ quản'],
  'site.url': ['Địa chỉ trang', 'https://…'],
  'site.demo': ['Dữ liệu minh họa', 'Hiện dòng báo "dữ liệu minh họa" trên mọi trang.'],
  'site.masthead': ['Ban biên tập'],
  'site.masthead.role': ['Chức danh'],
  'site.masthead.name': ['Họ tên'],
  'site.contact': ['Liên hệ'],
  'site.contact.address': ['Địa chỉ'],
  'site.contact.phone': ['Điện thoại'],
  'site.contact.email': ['Thư điện tử'],
  'site.english': [
    'Thông tin bằng tiếng Anh (trang /en/)',
    'Nghị định 42/2022/NĐ-CP, Điều 7: cơ cấu tổ chức, chức năng nhiệm vụ và đầu mối liên hệ bằng tiếng Anh. Bỏ trống thì trang không có /en/.',
  ],
  'site.english.name': ['Tên cơ quan (tiếng Anh)'],
  'site.english.organisation': ['Cơ cấu tổ chức (tiếng Anh)', 'Một hai đoạn: trực thuộc ai, gồm những bộ phận nào.'],
  'site.english.duties': ['Chức năng, nhiệm vụ (tiếng Anh)', 'Mỗi nhiệm vụ một mục.'],
  'site.english.address': ['Địa chỉ (tiếng Anh)'],
  'site.english.contacts': [
    'Đầu mối liên hệ',
    'Ít nhất một người: họ tên, chức vụ, đơn vị, điện thoại, thư điện tử công vụ.',
  ],
  'site.english.contacts.name': ['Họ tên'],
  'site.english.contacts.position': ['Chức vụ (tiếng Anh)'],
  'site.english.contacts.unit': ['Đơn vị (tiếng Anh)', 'Bỏ trống nếu là chính cơ quan.'],
  'site.english.contacts.phone': ['Điện thoại', 'Nên ghi dạng quốc tế: +84 …'],
  'site.english.contacts.email': ['Thư điện tử công vụ'],
  'site.relatedPortals': [
    'Cổng thông tin cơ quan liên quan',
    'Liên kết ở chân mọi trang (Nghị định 42/2022/NĐ-CP, Điều 7). Địa chỉ https.',
  ],
  'site.relatedPortals.name': ['Tên cổng thông tin'],
  'site.relatedPortals.url': ['Địa chỉ', 'https://…'],
  'site.openData': ['Dữ liệu mở'],
  'site.openData.licence': [
    'Giấy phép dữ liệu mở',
    'Mặc định CC-BY-4.0: ai cũng được dùng lại, ghi rõ nguồn. Ghi trên trang /du-lieu/ và trong tệp mô tả dữ liệu.',
  ],
};

/** Labels of enum values that no schema file labels already. */
export const CMS_VALUE_LABELS: Record<string, string> = {
  cum: 'Cụm thi đua',
  khoi: 'Khối thi đua',
  'CC-BY-4.0': 'CC BY 4.0: được dùng lại, ghi rõ nguồn (mặc định)',
  'CC0-1.0': 'CC0 1.0: dành cho công chúng, không điều kiện',
  'ODC-By-1.0': 'ODC-By 1.0: giấy phép cơ sở dữ liệu, ghi rõ nguồn',
};
