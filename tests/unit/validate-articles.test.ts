import { describe, expect, it } from 'vitest';
import { errorsOf, validate, withField } from '../helpers/mini-site.ts';

const ARTICLE = 'content/articles/2026/hoi-nghi-cum-1.md';

describe('the mini site', () => {
  it('is valid as written, so every failing case below fails for its own reason', () => {
    const result = validate();
    expect(result.diagnostics).toEqual([]);
    expect(result.entries.map((e) => e.collection).sort()).toEqual([
      'articles',
      'awards',
      'clusters',
      'exemplars',
      'movements',
      'units',
      'units',
      'units',
      'units',
    ]);
  });
});

describe('articles', () => {
  it.each([
    ['title', '"Ngắn quá"', 'too short (9 < 10)'],
    ['title', JSON.stringify('Đ'.repeat(201)), 'too long (201 > 200)'],
    ['description', '"Mười chín ký tự ..."', 'too short (19 < 20)'],
    ['description', JSON.stringify('a'.repeat(401)), 'too long (401 > 400)'],
  ])('rejects %s %s: %s', (field, value) => {
    const errors = errorsOf(withField(ARTICLE, field, value));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: ARTICLE, field });
  });

  it.each([
    ['title', JSON.stringify('Đúng mười.')],
    ['title', JSON.stringify('Đ'.repeat(200))],
    ['description', JSON.stringify('Đúng hai mươi ký tự.')],
    ['description', JSON.stringify('a'.repeat(400))],
  ])('accepts %s at its bound', (field, value) => {
    expect(errorsOf(withField(ARTICLE, field, value))).toEqual([]);
  });

  it('requires title, description, date, category and authors, naming each', () => {
    const bare = `---\ntags: [thử]\n---\nBody\n`;
    const errors = errorsOf({ [ARTICLE]: bare });
    expect(errors.map((e) => e.field).sort()).toEqual(['authors', 'category', 'date', 'description', 'title']);
    for (const error of errors) {
      expect(error.vi).toBe('Thiếu trường bắt buộc.');
      expect(error.en).toBe('This required field is missing.');
    }
  });

  it('rejects an impossible date with the line and the days of the month', () => {
    const errors = errorsOf(withField(ARTICLE, 'date', '2026-02-30'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: ARTICLE, field: 'date', line: 4, found: '"2026-02-30"' });
    expect(errors[0]?.vi).toContain('tháng 2/2026 chỉ có 28 ngày');
    expect(errors[0]?.en).toContain('has only 28 days');
  });

  it.each(['21/01/2026', '2026-1-21', '2026-01-21 25:00', 'hôm qua'])('rejects the date %s', (value) => {
    const errors = errorsOf(withField(ARTICLE, 'date', JSON.stringify(value)));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('date');
    expect(errors[0]?.allowedVi).toContain('YYYY-MM-DD');
  });

  it.each(['2026-01-21', '2026-01-21 07:02', '2026-01-21T07:02:00+07:00', '2026-01-21T00:02:00Z'])(
    'accepts the date %s',
    (value) => {
      expect(errorsOf(withField(ARTICLE, 'date', value))).toEqual([]);
    },
  );

  it('rejects an update before the publication date, and accepts one after', () => {
    expect(errorsOf(withField(ARTICLE, 'updated', '2026-01-20'))[0]).toMatchObject({ field: 'updated' });
    expect(errorsOf(withField(ARTICLE, 'updated', '2026-01-22'))).toEqual([]);
  });

  it('rejects an unknown category and suggests the closest', () => {
    const [error, ...rest] = errorsOf(withField(ARTICLE, 'category', 'tong-ket-nam'));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ field: 'category', found: '"tong-ket-nam"' });
    expect(error?.suggestions?.[0]).toBe('tong-ket');
    expect(error?.allowedEn).toContain('khen-thuong');
  });

  it('requires at least one author', () => {
    expect(errorsOf(withField(ARTICLE, 'authors', '[]'))[0]).toMatchObject({ field: 'authors' });
  });

  it('checks the source url', () => {
    expect(errorsOf(withField(ARTICLE, 'source', '{ name: Báo Huế, url: baohue }'))[0]).toMatchObject({
      field: 'source.url',
    });
    expect(errorsOf(withField(ARTICLE, 'source', '{ name: Báo Huế, url: "https://baohue.vn" }'))).toEqual([]);
  });

  it('requires alt text on the cover and on every gallery picture', () => {
    const cover = errorsOf(withField(ARTICLE, 'cover', '{ image: ./anh.jpg }'), ['content/articles/2026/anh.jpg']);
    expect(cover).toHaveLength(1);
    expect(cover[0]).toMatchObject({ file: ARTICLE, field: 'cover.alt' });
    expect(cover[0]?.vi).toContain('Ảnh thiếu lời mô tả (alt)');
    const gallery = errorsOf(withField(ARTICLE, 'gallery', '[{ image: ./anh.jpg, alt: Ảnh }, { image: ./anh.jpg }]'), [
      'content/articles/2026/anh.jpg',
    ]);
    expect(gallery.map((e) => e.field)).toEqual(['gallery.1.alt']);
    expect(
      errorsOf(withField(ARTICLE, 'cover', '{ image: ./anh.jpg, alt: Quang cảnh hội nghị }'), [
        'content/articles/2026/anh.jpg',
      ]),
    ).toEqual([]);
  });

  it('reports a cover image file that does not exist', () => {
    const errors = errorsOf(withField(ARTICLE, 'cover', '{ image: ./khong-co.jpg, alt: Ảnh }'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'cover.image' });
    expect(errors[0]?.en).toContain('content/articles/2026/khong-co.jpg');
  });

  it('checks a share image like a cover: alt required, the file must exist', () => {
    const existing = ['content/articles/2026/anh.jpg'];
    expect(errorsOf(withField(ARTICLE, 'shareImage', '{ image: ./anh.jpg, alt: Quang cảnh }'), existing)).toEqual([]);
    expect(errorsOf(withField(ARTICLE, 'shareImage', '{ image: ./anh.jpg }'), existing)[0]).toMatchObject({
      field: 'shareImage.alt',
    });
    const missing = errorsOf(withField(ARTICLE, 'shareImage', '{ image: ./khong-co.jpg, alt: Ảnh }'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ field: 'shareImage.image' });
  });

  it.each([
    ['units', '[phuong-hoa-lu, phuong-hoa-luu]', 'units.1', 'phuong-hoa-lu (Phường Hoa Lư)'],
    ['awards', '[bang-khen-2024]', 'awards.0', 'bang-khen-2025 (123/QĐ-UBND)'],
    ['exemplars', '[nguyen-thi-hao]', 'exemplars.0', 'nguyen-thi-hoa (Nguyễn Thị Hoa)'],
    ['cluster', 'cum-1-2025', 'cluster', 'cum-1-2026 (Cụm Thi đua số 1)'],
    ['movement', 'chuyen-doi-so-2', 'movement', 'chuyen-doi-so (Cả nước thi đua đổi mới sáng tạo và chuyển đổi số)'],
  ])('checks that %s exist and suggests the closest', (key, value, field, suggestion) => {
    const errors = errorsOf(withField(ARTICLE, key, value));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: ARTICLE, field });
    expect(errors[0]?.suggestions).toContain(suggestion);
  });

  it('defaults featured and draft to false and tags to none', () => {
    const entry = validate().entries.find((e) => e.collection === 'articles');
    expect(entry?.data).toMatchObject({ featured: false, draft: false, tags: [] });
    expect(errorsOf(withField(ARTICLE, 'draft', 'có'))[0]).toMatchObject({ field: 'draft' });
  });

  it('rejects an unknown field and suggests the right name', () => {
    const errors = errorsOf(withField(ARTICLE, 'titel', 'Thừa'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'titel', line: 12 });
    expect(errors[0]?.suggestions).toContain('title');
  });

  it('reports a story outside a year folder, and warns when the year differs', () => {
    const text = withField(ARTICLE, 'date', '2025-12-31')[ARTICLE] as string;
    const moved = errorsOf({ [ARTICLE]: null, 'content/articles/tin-le.md': text });
    expect(moved).toHaveLength(1);
    expect(moved[0]?.vi).toContain('content/articles/2025/tin-le.md');
    const misplaced = validate(withField(ARTICLE, 'date', '2025-12-31'));
    expect(misplaced.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'date', file: ARTICLE }),
    ]);
  });

  it('rejects a file without frontmatter', () => {
    expect(errorsOf({ [ARTICLE]: '# Tiêu đề\n\nChỉ có nội dung.\n' })[0]).toMatchObject({ file: ARTICLE, line: 1 });
  });

  it('reports a YAML syntax error with its line', () => {
    const broken = (withField(ARTICLE, 'title', '"Chưa đóng ngoặc')[ARTICLE] as string).replace('\n---', '\n---');
    const errors = errorsOf({ [ARTICLE]: broken });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: ARTICLE });
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate slugs across year folders', () => {
    const errors = errorsOf({
      'content/articles/2025/hoi-nghi-cum-1.md': withField(ARTICLE, 'date', '2025-05-01')[ARTICLE] as string,
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.en).toContain('Duplicate slug');
  });

  it('rejects a file name with accents or capitals', () => {
    const errors = errorsOf({ 'content/articles/2026/Hội-nghị.md': FILE_TEXT() });
    expect(errors[0]).toMatchObject({ file: 'content/articles/2026/Hội-nghị.md' });
  });
});

function FILE_TEXT(): string {
  return withField(ARTICLE, 'tags', '[a]')[ARTICLE] as string;
}
