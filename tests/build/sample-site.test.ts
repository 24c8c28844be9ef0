/**
 * Build the real sample site and read what a reader gets: the home page and every story.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOpenDataFiles } from '../helpers/open-data.ts';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

function text(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the sample site', () => {
  let outDir: string;
  const stories = readdirSync('content/articles', { recursive: true })
    .map(String)
    .filter((name) => /\.mdx?$/.test(name));
  let run: SampleSite;
  let home: string;

  beforeAll(() => {
    run = sampleSite();
    outDir = run.outDir;
    home = readFileSync(join(outDir, 'index.html'), 'utf8');
  });

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`Đã kiểm tra`);
  });

  it('has a Vietnamese home page with the demo banner and every story, newest first', () => {
    expect(home).toMatch(/<html lang="vi">/);
    expect(text(home)).toContain('Trang thử nghiệm: dữ liệu mẫu, không phải thông tin chính thức.');
    const links = [...home.matchAll(/href="\/tin-tuc\/([^/"]+)\/"/g)].map((m) => m[1]);
    // The lead (featured) story, then the newest others: at most nine.
    expect(links).toHaveLength(Math.min(stories.length, 9));
    expect(links[0]).toBe('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026');
    // The stories' dates (the side column's notices have dates of their own).
    const mainColumn = home.slice(0, home.indexOf('<aside'));
    const dates = [...mainColumn.matchAll(/<time datetime="([^"]+)"/g)].map((m) => Date.parse(m[1] as string));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('renders each story with its date in Vietnam time, its byline and its body', () => {
    const page = readFileSync(
      join(outDir, 'tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    const body = text(page);
    expect(body).toContain('Thứ Tư, 21/01/2026 15:00');
    expect(page).toContain('datetime="2026-01-21T08:00:00.000Z"');
    expect(body).toContain('Xuân Thu – Trường Giang');
    expect(body).toContain('Cụm Thi đua số 1');
    expect(page).toContain(
      '<link rel="canonical" href="https://bangvang.example.vn/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/">',
    );
  });

  it('renders the MDX story', () => {
    const page = readFileSync(
      join(outDir, 'tin-tuc/co-quan-dang-uy-ubnd-tinh-bac-ninh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    expect(text(page)).toContain('Bắc Ninh');
    expect(page.match(/<p>/g)?.length).toBeGreaterThan(3);
  });

  it("lists a decision's recipients in Vietnamese order by given name, with an anchor each and counts by kind", () => {
    const page = readFileSync(join(outDir, 'khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/index.html'), 'utf8');
    const csv = readFileSync('content/awards/lao-cai-bang-khen-khoi-huyen-2023.csv', 'utf8');
    const people = csv
      .split('\n')
      .slice(1)
      .filter((line) => line.includes(',ca-nhan,'))
      .map((line) => line.split(',')[0] as string);
    // Rows of the individuals' table, in page order.
    const table = page.slice(page.indexOf('<caption>Cá nhân'));
    const shown = [...table.matchAll(/<span class="name"[^>]*>([^<]+)</g)].map((m) => (m[1] as string).trim());
    expect(shown).toHaveLength(people.length);
    const collator = new Intl.Collator('vi');
    const key = (name: string) => {
      const words = name.split(' ');
      return [words.at(-1), ...words.slice(0, -1)].join(' ');
    };
    expect(shown).toEqual([...people].sort((a, b) => collator.compare(key(a), key(b)) || collator.compare(a, b)));
    expect(shown).not.toEqual(people);
    const anchors = [...page.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(anchors).size).toBe(csv.trim().split('\n').length - 1);
    expect(text(page)).toMatch(/Tổng cộng: 40 · Tập thể: 12 · Cá nhân: 28/);
  });

  it('marks proposals and revoked decisions, linking what superseded them', () => {
    const revoked = readFileSync(join(outDir, 'khen-thuong/nam-truc-giay-khen-2022/index.html'), 'utf8');
    expect(text(revoked)).toContain('Quyết định này đã bị thu hồi.');
    expect(revoked).toContain('href="/khen-thuong/nam-truc-giay-khen-2022-thay-the/"');
    const proposal = readFileSync(
      join(outDir, 'khen-thuong/ninh-binh-cum-1-de-nghi-bang-khen-2025/index.html'),
      'utf8',
    );
    expect(text(proposal)).toContain('Đây là đề nghị khen thưởng');
  });

  it('exports every recipient of every decision as CSV and JSON that match the decisions', async () => {
    const { parse } = await import('csv-parse/sync');
    const { parse: parseYaml } = await import('yaml');
    const { csv: rows, json } = readOpenDataFiles(outDir);
    expect(json).toHaveLength(rows.length);
    // Count recipients from the source files: inline lists and CSV annexes.
    let expected = 0;
    const numbers = new Set<string>();
    for (const file of readdirSync('content/awards').filter((f) => f.endsWith('.yaml'))) {
      const data = parseYaml(readFileSync(join('content/awards', file), 'utf8')) as {
        decision: string;
        recipients?: unknown[];
        recipientsFile?: string;
      };
      numbers.add(data.decision);
      expected += data.recipients
        ? data.recipients.length
        : (
            parse(readFileSync(join('content/awards', data.recipientsFile as string), 'utf8'), {
              columns: true,
            }) as unknown[]
          ).length;
    }
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r['decision']))).toEqual(numbers);
    const thinh = rows.find((r) => r['kind'] === 'ca-nhan' && r['name']?.startsWith('Đ'));
    expect(thinh).toBeDefined();
    const anchor = new URL(thinh?.['url'] as string).hash.slice(1);
    const page = readFileSync(join(outDir, new URL(thinh?.['url'] as string).pathname, 'index.html'), 'utf8');
    expect(page).toContain(`<tr id="${anchor}"`);
  });

  it('shows on a unit page the records of the units merged into it, under their names', () => {
    const province = readFileSync(join(outDir, 'don-vi/tinh-ninh-binh/index.html'), 'utf8');
    const predecessors = text(province.slice(province.indexOf('Hồ sơ của các đơn vị đã sáp nhập vào đây')));
    expect(predecessors).toContain('Hồ sơ dưới tên Tỉnh Nam Định');
    expect(predecessors).toContain('248/QĐ-UBND');
    expect(text(province.slice(0, province.indexOf('Hồ sơ của các đơn vị đã sáp nhập')))).not.toContain('248/QĐ-UBND');
    const former = readFileSync(join(outDir, 'don-vi/tinh-nam-dinh/index.html'), 'utf8');
    expect(former).toContain('href="/don-vi/tinh-ninh-binh/"');
    expect(text(former)).toContain('Đã sáp nhập vào Tỉnh Ninh Bình');
  });

  it("links a recipient's unit page to the recipient on the decision", () => {
    const page = readFileSync(join(outDir, 'don-vi/huyen-vu-ban/index.html'), 'utf8');
    const link = /href="(\/khen-thuong\/[^"#]+\/)#([^"]+)"/.exec(page);
    expect(link).not.toBeNull();
    const decision = readFileSync(join(outDir, link?.[1] as string, 'index.html'), 'utf8');
    expect(decision).toContain(`<tr id="${link?.[2]}"`);
  });

  it("lists a cluster's members under the names they had that year, with leader and deputy", () => {
    const page = text(readFileSync(join(outDir, 'cum-thi-dua/bac-trung-bo-2023/index.html'), 'utf8'));
    expect(page).toContain('Tỉnh Thừa Thiên Huế — Cụm phó');
    expect(page).toContain('Tỉnh Quảng Trị — Cụm trưởng');
    expect(page).not.toContain('Thành phố Huế');
  });

  it('puts every recipient of a decided award on the honour roll of its signing year, by award and by unit', () => {
    const page = readFileSync(join(outDir, 'bang-vang/2024/index.html'), 'utf8');
    const decision = readFileSync(join(outDir, 'khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/index.html'), 'utf8');
    const anchors = [...decision.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    for (const anchor of anchors) {
      // Once under its award, once under its unit.
      expect(page.split(`/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/#${anchor}"`).length - 1).toBe(2);
    }
    // Proposals and revoked decisions are not on the roll.
    const all = readdirSync(join(outDir, 'bang-vang'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(outDir, 'bang-vang', f), 'utf8'))
      .join('');
    expect(all).not.toContain('/khen-thuong/ninh-binh-cum-1-de-nghi-');
    expect(all).not.toContain('/khen-thuong/nam-truc-giay-khen-2022/#');
    expect(all).toContain('/khen-thuong/nam-truc-giay-khen-2022-thay-the/#');
  });

  it('has a feed, a sitemap, robots.txt, a Vietnamese 404 and JSON-LD on stories', () => {
    const rss = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)).toHaveLength(stories.length);
    expect(rss).toContain('<language>vi</language>');
    expect(rss).toContain(
      '<link>https://bangvang.example.vn/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/</link>',
    );
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://bangvang.example.vn/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/</loc>');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://bangvang.example.vn/sitemap-index.xml',
    );
    expect(text(readFileSync(join(outDir, '404.html'), 'utf8'))).toContain('Không tìm thấy trang');
    const story = readFileSync(
      join(outDir, 'tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(story)?.[1] ?? 'null') as {
      '@type': string;
    }[];
    expect(ld.map((item) => item['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  });

  it('links each story to related stories and to the stories before and after it', () => {
    const newest = readFileSync(
      join(outDir, 'tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    const related = newest.slice(
      newest.indexOf('class="related"'),
      newest.indexOf('</section>', newest.indexOf('class="related"')),
    );
    // It shares its wards with the Đặng Thị Ngọc Thịnh profile (Phường Đông A).
    expect(related).toContain('/tin-tuc/dang-thi-ngoc-thinh-nguoi-giu-nhip-cong-viec-o-phuong-dong-a/');
    expect(related).not.toContain('/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/');
    expect(newest).toContain('rel="prev"');
    expect(newest).not.toContain('rel="next"');
    const second = readFileSync(
      join(outDir, 'tin-tuc/co-quan-dang-uy-ubnd-tinh-bac-ninh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    expect(second).toMatch(/href="\/tin-tuc\/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026\/" rel="next"/);
  });

  it('renders the cover and gallery as responsive pictures with alt text and captions', () => {
    const page = readFileSync(
      join(outDir, 'tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    const pictures = [...page.matchAll(/<figure class="figure"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => m[1] as string);
    expect(pictures).toHaveLength(2);
    const [cover, gallery] = pictures as [string, string];
    expect(cover).toContain('type="image/avif"');
    expect(cover).toMatch(/srcset="[^"]+ 400w, [^"]+ 800w, [^"]+ 1200w"/);
    expect(cover).toContain('loading="eager"');
    expect(cover).toMatch(/alt="Hội trường với băng rôn đỏ/);
    expect(cover).toMatch(/width="\d+" height="\d+"/);
    expect(gallery).toContain('loading="lazy"');
    expect(text(gallery)).toContain('ký kết giao ước thi đua năm 2026');
    for (const src of cover.matchAll(/(?:src|srcset)="([^"]+)"/g)) {
      for (const candidate of (src[1] as string).split(', ')) {
        expect(existsSync(join(outDir, candidate.split(' ')[0] as string))).toBe(true);
      }
    }
  });

  it('publishes only NFC text', () => {
    for (const file of readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(outDir, file), 'utf8');
      expect(html === html.normalize('NFC'), file).toBe(true);
    }
  });
});
