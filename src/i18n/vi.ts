/** Vietnamese interface strings. Every string a reader sees comes from here. */
export const vi = {
  skipToContent: 'Chuyển đến nội dung chính',
  home: 'Trang chủ',
  news: 'Tin tức',
  latestNews: 'Tin mới nhất',
  demoBanner: 'Trang thử nghiệm: dữ liệu mẫu, không phải thông tin chính thức.',
  category: 'Chuyên mục',
  source: 'Theo',
  byline: 'Tác giả',
  published: 'Đăng lúc',
  updated: 'Cập nhật',
  masthead: 'Ban biên tập',
  contact: 'Liên hệ',
  relatedUnits: 'Đơn vị được nhắc đến',
  relatedAwards: 'Quyết định khen thưởng liên quan',
} as const;

export type Dictionary = { [K in keyof typeof vi]: string };
