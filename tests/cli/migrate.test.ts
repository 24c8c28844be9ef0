/**
 * `npm run migrate` on fixtures shaped like each source an office has (saved NukeViet, Liferay,
 * SharePoint print and Joomla pages; an RSS feed with full bodies, an Atom feed with summaries;
 * a WordPress export): the stories written field by field, the annex rows, the old addresses,
 * a second run that changes nothing, a dry run that writes nothing, and the whole tree passing
 * `npm run check` once an officer fills what the report names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copySampleContent, runScript, STACK_TRACE } from '../helpers/cli.ts';
import { fillAsOfficer } from '../helpers/migrate.ts';

const FIXTURES = 'tests/fixtures/migrate';
let content: string;
const runs: Record<string, string> = {};

const check = () => runScript('check-content.ts', ['--noi-dung', content]);
const migrate = (args: string[]) => runScript('migrate.ts', args, { BANG_VANG_CONTENT: content });

function story(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(join(content, 'articles', path), 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(yaml) as Record<string, unknown>, body };
}

function listTree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

beforeAll(() => {
  ({ content } = copySampleContent());
  for (const [name, args] of Object.entries({
    pages: [`${FIXTURES}/pages`, '--chuyen-ma'],
    rss: [`${FIXTURES}/rss-toan-van.xml`],
    atom: [`${FIXTURES}/atom-tom-tat.xml`],
    wxr: [`${FIXTURES}/wordpress.xml`, '--anh', `${FIXTURES}/wordpress-uploads`],
  })) {
    const run = migrate(args);
    expect(run.status, run.output).toBe(0);
    runs[name] = run.output;
  }
}, 120_000);

describe('npm run migrate', () => {
  it('writes a NukeViet story: lead, time, byline, photos with captions, tags, old address', () => {
    const { data, body } = story('2023/cum-thi-dua-cac-huyen-thanh-pho-ky-giao-uoc-thi-dua-nam-2023.md');
    expect(data['title']).toBe('Cụm thi đua các huyện, thành phố ký giao ước thi đua năm 2023');
    expect(data['description']).toMatch(/^Chiều 30-3, tại trụ sở UBND huyện Ý Yên/);
    expect(data['date']).toBe('2023-03-30 17:43');
    expect(data['authors']).toEqual(['Minh Tân']);
    expect(data['tags']).toEqual(['giao ước thi đua', 'cụm thi đua']);
    expect(data['redirectFrom']).toEqual(['/news/thi-dua-khen-thuong/cum-thi-dua-ky-ket-giao-uoc-2023-1452.html']);
    const cover = data['cover'] as Record<string, string>;
    expect(cover['caption']).toMatch(/^Phó Chủ tịch UBND tỉnh Hà Lan Anh trao Cờ/);
    const gallery = data['gallery'] as Record<string, string>[];
    expect(gallery[0]).toMatchObject({
      alt: 'Phó Chủ tịch UBND tỉnh chứng kiến lãnh đạo các huyện ký giao ước',
      caption: 'Lễ ký giao ước thi đua năm 2023.',
    });
    // The photo with neither caption nor alt is reported, never given an invented alt.
    expect(gallery[1]?.['alt']).toBe('');
    expect(runs['pages']).toMatch(/không có chú thích hay mô tả/);
    expect(existsSync(join(content, 'articles/2023', cover['image'] as string))).toBe(true);
    // The lead is not repeated in the body; furniture and bylines are gone; lists stay lists.
    expect(body).not.toMatch(/Chiều 30-3|Lượt xem|Tin, ảnh|Những tin|Thống kê|Chia sẻ|Tweet|Từ khóa/);
    expect(body).toMatch(/^- phong trào “Xây dựng nông thôn mới nâng cao, kiểu mẫu”;$/m);
    expect(body).toMatch(/\*\*“Đoàn kết, vượt khó/);
  });

  it('writes a Liferay story: the award table as a draft decision and its annex, TCVN3 converted', () => {
    const { data, body } = story('2024/phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi.md');
    expect(data['date']).toBe('2024-03-14');
    expect(data['source']).toEqual({ name: 'baothuathienhue.vn', url: 'https://baothuathienhue.vn' });
    expect(data['awards']).toEqual(['phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi-danh-sach']);
    expect(body).toContain('Năm 2023, tỉnh Thừa Thiên Huế xét tặng danh hiệu Công dân tiêu biểu');
    expect(body).toContain('](/khen-thuong/phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi-danh-sach/)');
    expect(body).not.toMatch(
      /Chế độ ban đêm|Đọc bài viết|Lượt xem|Các tin khác|Xem tin theo ngày|\| STT|Danh sách này có/,
    );
    const yaml = readFileSync(
      join(content, 'awards/phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi-danh-sach.yaml'),
      'utf8',
    );
    expect(yaml).toMatch(/^decision: 512\/QĐ-UBND$/m);
    expect(yaml).toMatch(/^signed: 2024-03-12$/m);
    // The paragraph above names no award; an award mentioned in passing further up is not taken.
    expect(yaml).toMatch(/^award: '' # CẦN ĐIỀN/m);
    const csv = readFileSync(
      join(content, 'awards/phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi-danh-sach.csv'),
      'utf8',
    );
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual([
      'name,kind,unit,position,posthumous',
      'Phòng Nội vụ huyện Phong Điền,tap-the,Huyện Phong Điền,,',
      'Trường THPT Hai Bà Trưng,tap-the,tp-hue,,',
      'Lê Thị Hồng Nhung,ca-nhan,Sở Nội vụ,Trưởng phòng,',
      'Trần Văn Bình,ca-nhan,Sở Nội vụ,Chuyên viên,',
      // "Truy tặng" in the Ghi chú column: the annex reader marks it (it was lost before).
      'Hoàng Minh Tuấn,ca-nhan,Công an huyện A Lưới,Đội trưởng,x',
    ]);
  });

  it('reads a Windows-1258 SharePoint print view: date, byline split, caption table, the article address', () => {
    const { data, body } = story('2026/cum-thi-dua-so-1-phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2026.md');
    expect(data['date']).toBe('2026-01-21');
    expect(data['authors']).toEqual(['Xuân Thu', 'Trường Giang']);
    expect((data['cover'] as Record<string, string>)['caption']).toBe(
      'Đại biểu dự hội nghị tổng kết của Cụm Thi đua số 1.',
    );
    expect(data['redirectFrom']).toEqual(['/portal/Pages/2026-1/Cum-Thi-dua-so-1-phat-dong-2026.aspx']);
    expect(data['category']).toBe('');
    expect(body).toContain('Hoa Lư, Phủ Lý, Nam Định');
    expect(body).not.toMatch(/\u200B|In bài|Đóng cửa sổ|©/);
  });

  it('keeps a Joomla query address and reads the category and a photo caption under it', () => {
    const { data } = story('2023/khoi-thi-dua-cac-huyen-thi-xa-thanh-pho-trien-khai-nhiem-vu-nam-2024.md');
    expect(data['redirectFrom']).toEqual([
      '/index.php?option=com_content&view=article&id=57:khoi-thi-dua&catid=8&Itemid=101',
    ]);
    expect(data['category']).toBe('tong-ket');
    expect(data['date']).toBe('2023-12-20 08:15');
    expect(data['authors']).toEqual(['Hồng Nhung']);
    // The alt "bh1-5191.jpg" is a file name: the caption is the description.
    expect((data['cover'] as Record<string, string>)['alt']).toBe(
      'Quang cảnh hội nghị của Khối thi đua tại huyện Bắc Hà.',
    );
  });

  it('reads RSS with full bodies, Atom with summaries only (drafts) and a WordPress export', () => {
    const rss = story('2026/chi-bo-co-quan-dang-uy-ubnd-tinh-phat-dong-thi-dua-nam-2026.md');
    expect(rss.data['date']).toBe('2026-01-13 09:05');
    expect(rss.data['authors']).toEqual(['Nguyễn Văn Phương']);
    expect(rss.body).toMatch(/^1\. Tuyên truyền/m);
    expect(runs['rss']).toMatch(/Chuyên mục cũ "Hoạt động cơ quan"/);
    expect(runs['rss']).toMatch(/youtube\.com\/embed/);
    const atom = story('2023/huyen-y-yen-don-cum-thi-dua-cac-huyen-thanh-pho-ve-ky-giao-uoc-nam-2023.md');
    expect(atom.data['draft']).toBe(true);
    expect(atom.data['date']).toBe('2023-03-30 17:43');
    const wp = story('2024/hoi-cuu-chien-binh-xa-trinh-tuong-tong-ket-cong-tac-thi-dua-nam-2023.md');
    expect(wp.data).toMatchObject({
      category: 'hoi-nghi',
      tags: ['Giao ước thi đua', 'Cựu chiến binh'],
      authors: ['Hồng Nhung'],
      date: '2024-03-14 09:30',
    });
    expect(wp.data['redirectFrom']).toEqual(['/2024/03/14/hoi-nghi-tong-ket/', '/?p=10']);
    expect(wp.data['cover']).toMatchObject({
      alt: 'Hội trường xã Trịnh Tường trong buổi tổng kết',
      caption: 'Các đại biểu dự hội nghị tổng kết năm 2023 của Hội.',
    });
    expect(wp.body).not.toMatch(/wp:|\[caption|\[gallery|<!--/);
    expect(runs['wxr']).toMatch(/"Giới thiệu": Trang tĩnh/);
  });

  it('changes nothing on a second run, and writes nothing on a dry run', () => {
    const before = listTree(content);
    const again = migrate([`${FIXTURES}/pages`, '--chuyen-ma']);
    expect(again.status).toBe(0);
    expect(again.output).toMatch(/đã ghi 0 bài/);
    expect(again.output).toMatch(/Đã chuyển trước đó/);
    const { content: fresh } = copySampleContent();
    const dry = runScript('migrate.ts', [`${FIXTURES}/rss-toan-van.xml`, '--chay-thu'], { BANG_VANG_CONTENT: fresh });
    expect(dry.output).toMatch(/sẽ ghi 2 bài/);
    expect(
      existsSync(join(fresh, 'articles/2026/chi-bo-co-quan-dang-uy-ubnd-tinh-phat-dong-thi-dua-nam-2026.md')),
    ).toBe(false);
    expect(listTree(content)).toEqual(before);
  });

  it('says clearly that an address cannot be fetched without a network', () => {
    const run = migrate(['https://example.invalid/news/rss/']);
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/Không tải được https:\/\/example\.invalid\/news\/rss\/.*Hãy tải tệp về/);
    expect(run.output).not.toMatch(STACK_TRACE);
  });

  it('passes npm run check once the officer fills what the report names', () => {
    const failing = check();
    expect(failing.status, failing.output).toBe(1);
    expect(failing.output).toMatch(/category/);
    fillAsOfficer(content);
    const passing = check();
    expect(passing.status, passing.output).toBe(0);
  }, 60_000);
});
