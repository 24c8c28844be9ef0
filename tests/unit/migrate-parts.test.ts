/** The migration's pure parts: table grid, Vietnamese dates, old addresses, furniture, Markdown, duplicates. */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitNames } from '../../src/migrate/byline.ts';
import { mapCategory, readCategoryFile } from '../../src/migrate/categories.ts';
import { convertItem } from '../../src/migrate/convert.ts';
import { elements } from '../../src/migrate/hast-helpers.ts';
import { htmlTreeToMarkdown } from '../../src/migrate/html-to-markdown.ts';
import { oldPath } from '../../src/migrate/old-address.ts';
import { tableToGrid } from '../../src/migrate/table-grid.ts';
import type { SourceItem } from '../../src/migrate/types.ts';
import { readVietnameseDate, vietnamDateTime } from '../../src/migrate/vietnamese-dates.ts';
import { checkOldAddresses } from '../../src/validation/checks/old-addresses.ts';
import { findRawHtml } from '../../src/validation/markdown-html.ts';
import type { SiteContext, ValidatedEntry } from '../../src/validation/types.ts';

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
const firstTable = (html: string) =>
  [...elements(parse(html))].find((e) => e.element.tagName === 'table')?.element as Element;

describe('tableToGrid', () => {
  it('writes a merged cell in its top-left cell and records the merge, as a workbook reports it', () => {
    const grid = tableToGrid(
      firstTable(`<table><thead><tr><th rowspan="2">STT</th><th rowspan="2">Họ và tên</th><th colspan="2">Chức vụ, đơn vị</th></tr>
      <tr><th>Chức vụ</th><th>Đơn vị</th></tr></thead>
      <tbody><tr><td colspan="4">I. TẬP THỂ</td></tr><tr><td>1</td><td>Lê&nbsp;Thị Hồng Nhung</td><td>Trưởng phòng</td><td rowspan="2">Sở Nội vụ</td></tr>
      <tr><td>2</td><td>Trần Văn Bình</td><td>Chuyên viên</td></tr></tbody></table>`),
    );
    expect(grid.headerRows).toBe(2);
    expect(grid.merged).toBe(true);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị', ''],
      ['', '', 'Chức vụ', 'Đơn vị'],
      ['I. TẬP THỂ', '', '', ''],
      ['1', 'Lê Thị Hồng Nhung', 'Trưởng phòng', 'Sở Nội vụ'],
      ['2', 'Trần Văn Bình', 'Chuyên viên', ''],
    ]);
    expect(grid.merges).toEqual([
      { top: 1, bottom: 2, left: 0, right: 0 },
      { top: 1, bottom: 2, left: 1, right: 1 },
      { top: 1, bottom: 1, left: 2, right: 3 },
      { top: 3, bottom: 3, left: 0, right: 3 },
      { top: 4, bottom: 5, left: 3, right: 3 },
    ]);
  });

  it('caps a runaway span and pads short rows', () => {
    const grid = tableToGrid(firstTable('<table><tr><td colspan="1000">x</td></tr><tr><td>a</td></tr></table>'));
    expect(grid.rows[0]?.cells).toHaveLength(50);
    expect(grid.rows[1]?.cells.slice(0, 2)).toEqual(['a', '']);
  });
});

describe('readVietnameseDate', () => {
  it.each([
    ['17:43, 30/03/2023', '2023-03-30 17:43'],
    ['Thứ Tư, 21/01/2026', '2026-01-21'],
    ['Ngày cập nhật 14/03/2024', '2024-03-14'],
    ['Thứ năm - 30/03/2023 17:43', '2023-03-30 17:43'],
    ['Được đăng ngày Thứ tư, 20 Tháng 12 2023 08:15', '2023-12-20 08:15'],
    ['ngày 21 tháng 1 năm 2026', '2026-01-21'],
    ['Cập nhật: 15h30 ngày 05-02-2025', '2025-02-05 15:30'],
  ])('%s → %s', (text, value) => expect(readVietnameseDate(text)?.value).toBe(value));

  it('refuses dates that do not exist and relative times', () => {
    expect(readVietnameseDate('30/02/2024')).toBeUndefined();
    expect(readVietnameseDate('1 giờ trước')).toBeUndefined();
  });

  it('writes an instant in Vietnam time', () =>
    expect(vietnamDateTime(new Date('2024-03-14T02:30:00Z'))).toBe('2024-03-14 09:30'));
});

describe('oldPath', () => {
  it.each([
    ['https://snv.namdinh.gov.vn/news/thoi-su/abc-123.html?utm_source=zalo', '/news/thoi-su/abc-123.html'],
    ['https://x.vn/index.php?option=com_content&id=5', '/index.php?option=com_content&id=5'],
    ['https://x.vn/?p=10', '/?p=10'],
    ['https://x.vn/portal/_layouts/print.aspx?p=/portal/Pages/a.aspx', '/portal/Pages/a.aspx'],
    ['https://x.vn/Pages/Tin%20t%E1%BB%A9c.aspx', '/Pages/Tin tức.aspx'],
  ])('%s → %s', (url, path) => expect(oldPath(url)).toBe(path));
});

describe('categories and bylines', () => {
  it('maps through the office file, reports unknown ones, and takes "*" only when given', () => {
    const { map, problems } = readCategoryFile('"Hoạt động cơ quan": tin-tuc\n');
    expect(problems).toEqual([]);
    expect(mapCategory(['Hoạt động Cơ Quan'], map).category).toBe('tin-tuc');
    expect(mapCategory(['Văn hóa'], map)).toEqual({ unknown: ['Văn hóa'] });
    expect(mapCategory(['Văn hóa'], readCategoryFile('"*": tin-tuc\n').map).category).toBe('tin-tuc');
    expect(readCategoryFile('"Tin": tin-moi\n').problems[0]?.vi).toMatch(/tin-moi/);
  });

  it('splits bylines', () =>
    expect(splitNames('Xuân Thu-Trường Giang và Minh Tân')).toEqual(['Xuân Thu', 'Trường Giang', 'Minh Tân']));
});

const item = (html: string, extra: Partial<SourceItem> = {}): SourceItem => ({
  origin: 'test',
  oldAddresses: ['/a.html'],
  title: 'Hội nghị tổng kết công tác thi đua',
  date: new Date('2024-03-14T02:30:00Z'),
  html,
  authors: [],
  categories: ['Hội nghị'],
  tags: [],
  images: [],
  ...extra,
});

describe('convertItem', () => {
  const options = { convertLegacy: false, categories: readCategoryFile('').map };

  it('leaves no raw HTML and no furniture, whatever the old page held', () => {
    const converted = convertItem(
      item(`<p><b>Sáng 14/3, các tỉnh trong Cụm họp tổng kết công tác thi đua năm 2023.</b></p>
      <div class="tools">Chế độ ban đêm <span>OFF</span></div><p>Đọc bài viết</p><p>Lượt xem: 1.208</p>
      <p>Nội dung <span style="color:red">có định dạng</span> <font face="Arial">cũ</font><sup>1</sup> &lt;b&gt; và <u>gạch chân</u>.</p>
      <script>alert(1)</script><iframe src="https://www.youtube.com/embed/x"></iframe><!-- wp:paragraph -->
      <p>Chia sẻ kinh nghiệm tổ chức phong trào ở cơ sở được nhiều đại biểu nêu.</p>
      <h4>Tin liên quan</h4><ul><li><a href="/x.html">Bài khác</a></li></ul>`),
      options,
    );
    const { markdown } = htmlTreeToMarkdown(converted.tree);
    expect(findRawHtml(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/Chế độ ban đêm|Đọc bài viết|Lượt xem|Tin liên quan|Bài khác|alert/);
    expect(markdown).toContain('Chia sẻ kinh nghiệm tổ chức phong trào');
    expect(markdown).toContain('\\<b>');
    expect(converted.fields.description).toBe('Sáng 14/3, các tỉnh trong Cụm họp tổng kết công tác thi đua năm 2023.');
    expect(converted.notes.some((n) => n.vi.includes('youtube.com/embed/x'))).toBe(true);
  });

  it('cuts a long lead at a sentence, keeps the paragraph in the body, and says so', () => {
    const long = `${'Câu thứ nhất khá dài về hội nghị tổng kết công tác thi đua. '.repeat(6)}Câu cuối cùng vượt quá giới hạn bốn trăm ký tự của đoạn mở đầu nên phải bị cắt bớt.`;
    const converted = convertItem(item(`<p>${long}</p><p>Đoạn hai.</p>`), options);
    expect(converted.fields.description.length).toBeLessThanOrEqual(400);
    expect(converted.fields.description.endsWith('.')).toBe(true);
    expect(htmlTreeToMarkdown(converted.tree).markdown).toContain('Câu cuối cùng');
    expect(converted.notes.find((n) => n.field === 'description')?.level).toBe('warning');
  });

  it('offers the conversion of a TCVN3 paragraph, or applies it with --chuyen-ma', () => {
    const tcvn = '<p>N¨m 2023, tØnh Thõa Thiªn HuÕ xÐt tÆng danh hiÖu C«ng d©n tiªu biÓu cho 10 c¸ nh©n.</p>';
    const offered = convertItem(item(`<p>Đoạn mở đầu của bài về hội nghị tổng kết năm 2023.</p>${tcvn}`), options);
    expect(offered.notes.find((n) => n.level === 'fill')?.vi).toMatch(/TCVN3.*Năm 2023, tỉnh Thừa Thiên Huế/);
    const converted = convertItem(item(`<p>Đoạn mở đầu của bài về hội nghị tổng kết năm 2023.</p>${tcvn}`), {
      ...options,
      convertLegacy: true,
    });
    expect(htmlTreeToMarkdown(converted.tree).markdown).toContain(
      'Năm 2023, tỉnh Thừa Thiên Huế xét tặng danh hiệu Công dân tiêu biểu',
    );
  });
});

describe('checkOldAddresses', () => {
  const entry = (path: string, redirectFrom: string[]): ValidatedEntry => ({
    collection: 'articles',
    id: path,
    path,
    data: { redirectFrom },
  });
  const locate = (e: ValidatedEntry) => (path: readonly (string | number)[]) => ({
    file: e.path,
    field: path.join('.'),
  });

  it('reports an old address two stories claim, query parameters in any order', () => {
    const diagnostics = checkOldAddresses({
      entries: [
        entry('content/articles/2023/a.md', ['/index.php?id=5&catid=2', '/a.html']),
        entry('content/articles/2024/b.md', ['/b.html', '/index.php?catid=2&id=5']),
      ],
      locate,
    } as unknown as SiteContext);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      file: 'content/articles/2024/b.md',
      field: 'redirectFrom.1',
      severity: 'error',
    });
    expect(diagnostics[0]?.vi).toContain('content/articles/2023/a.md');
  });

  it('accepts distinct addresses', () => {
    const entries = [entry('a.md', ['/a.html']), entry('b.md', ['/b.html'])];
    expect(checkOldAddresses({ entries, locate } as unknown as SiteContext)).toEqual([]);
  });
});
