/**
 * What the validators and a reader found on the built sample site (issue 20), read back from the
 * pages as a parser reads them: one term per masthead role, no section without a heading, no
 * canonical address for the not-found page, a distinct <title> on every page, decisions named
 * apart on the home page, the honour roll saying it goes by the year signed, no empty column in a
 * decision's table, proposals apart from decisions on a story, JSON-LD typed as schema.org
 * defines it, and a feed a real feed parser reads as RSS 2.0 wants it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/routing/index.ts';
import { sampleSite } from '../helpers/sample-site.ts';

type Ld = Record<string, unknown>;

/** The HTML file of an address of the site. */
const fileOf = (path: string) => join(path.replace(/^\//, ''), 'index.html');

describe('the sample site as the validators and a reader found it', () => {
  let outDir: string;
  let pages: string[];
  const documents = new Map<string, Document>();
  const read = (file: string): Document => {
    let document = documents.get(file);
    if (!document) {
      document = parseHTML(readFileSync(join(outDir, file), 'utf8')).document;
      documents.set(file, document);
    }
    return document;
  };
  const page = (path: string) => read(fileOf(path));
  const jsonLd = (path: string): Ld[] =>
    [...page(path).querySelectorAll('script[type="application/ld+json"]')].flatMap((script): Ld[] => {
      const data = JSON.parse(script.textContent ?? 'null') as Ld | Ld[];
      return Array.isArray(data) ? data : [data];
    });

  beforeAll(() => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
    pages = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      .sort();
  });

  it('names each masthead role once in the footer, with every person who holds it', () => {
    for (const file of pages.filter((f) => !f.startsWith('admin/'))) {
      const terms = [...read(file).querySelectorAll('footer .masthead dt')].map((dt) => dt.textContent);
      expect(new Set(terms).size, file).toBe(terms.length);
    }
    const editors = [...page(routes.home()).querySelectorAll('footer .masthead dt')].find(
      (dt) => dt.textContent === 'Biên tập viên',
    );
    expect([...(editors?.parentElement?.querySelectorAll('dd') ?? [])].map((dd) => dd.textContent)).toEqual([
      'Lê Thị Ngọc Ánh',
      'Phạm Quốc Ưng',
    ]);
  });

  it('gives every section a heading', () => {
    const bare = pages.flatMap((file) =>
      [...read(file).querySelectorAll('section')]
        .filter((section) => !section.querySelector('h1, h2, h3, h4, h5, h6'))
        .map((section) => `${file}: <section class="${section.getAttribute('class') ?? ''}">`),
    );
    expect(bare).toEqual([]);
  });

  it('gives the not-found page no address of its own (it answers at any missing address)', () => {
    const notFound = read('404.html');
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelector('meta[property="og:url"]')).toBeNull();
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('gives every page its own <title>', () => {
    const byTitle = new Map<string, string[]>();
    for (const file of pages) {
      const title = read(file).querySelector('title')?.textContent ?? '';
      byTitle.set(title, [...(byTitle.get(title) ?? []), file]);
    }
    expect([...byTitle].filter(([, files]) => files.length > 1)).toEqual([]);
    expect(page(routes.category('tong-ket')).title).toBe('Chuyên mục: Tổng kết | Bảng Vàng');
    expect(page(routes.tag('Tổng kết')).title).toBe('Chủ đề: Tổng kết | Bảng Vàng');
  });

  it('names the home page’s latest decisions apart, by their titles', () => {
    const links = [...page(routes.home()).querySelectorAll('.home-side .compact-list a[href^="/khen-thuong/"]')];
    const names = links.map((a) => a.textContent?.trim());
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Đề nghị Chủ tịch UBND tỉnh Ninh Bình tặng Bằng khen cho 4 phường tiêu biểu năm 2025');
  });

  it('says on every year of the honour roll that it goes by the year a decision was signed', () => {
    const years = pages.filter((file) => /^bang-vang\/\d{4}\/index\.html$/.test(file));
    expect(years.length).toBeGreaterThan(2);
    for (const file of years) {
      const year = file.slice(10, 14);
      expect(read(file).querySelector('main')?.textContent, file).toContain(
        `Bảng vàng xếp theo năm ký quyết định: trang này gồm khen thưởng của các quyết định ký trong năm ${year}`,
      );
    }
    // 2024's decisions were signed for 2023's achievements: the page says so.
    expect(page(routes.roll(2024)).querySelector('main .notice')?.textContent).toMatch(/cho thành tích năm 2023\.$/);
  });

  it('shows no column in a decision’s table that none of its rows fills (collectives have no position)', () => {
    const decisions = pages.filter((file) => file.startsWith('khen-thuong/') && file !== 'khen-thuong/index.html');
    for (const file of decisions) {
      for (const table of read(file).querySelectorAll('table.recipients')) {
        const heads = [...table.querySelectorAll('thead th')];
        const rows = [...table.querySelectorAll('tbody tr')];
        heads.forEach((head, column) => {
          const filled = rows.some((row) => row.children[column]?.textContent?.trim());
          expect(filled, `${file}: ${table.querySelector('caption')?.textContent}: ${head.textContent}`).toBe(true);
        });
      }
    }
    const collectives = page(routes.decision('lao-cai-bang-khen-khoi-huyen-2023')).querySelector('table.recipients');
    expect([...(collectives?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).not.toContain('Chức vụ');
  });

  it('lists a story’s proposals (Tờ trình) apart from its decisions', () => {
    const lines = [
      ...page(routes.story('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026')).querySelectorAll('.links p'),
    ].map((p) => p.textContent ?? '');
    expect(lines.find((line) => line.startsWith('Quyết định khen thưởng liên quan'))).toBeUndefined();
    expect(lines.find((line) => line.startsWith('Đề nghị khen thưởng liên quan'))).toMatch(
      /01\/TTr-CTĐ1 .*02\/TTr-CTĐ1 .*03\/TTr-CTĐ1/,
    );
    const lines2023 = [
      ...page(routes.story('lao-cai-khen-thuong-tap-the-ca-nhan-khoi-thi-dua-cac-huyen-nam-2023')).querySelectorAll(
        '.links p',
      ),
    ].map((p) => p.textContent ?? '');
    expect(lines2023.find((line) => line.startsWith('Quyết định khen thưởng liên quan'))).toMatch(/QĐ-UBND/);
    expect(lines2023.find((line) => line.startsWith('Đề nghị'))).toBeUndefined();
  });

  describe('JSON-LD', () => {
    const isAbsolute = (url: unknown) => typeof url === 'string' && /^https:\/\/bangvang\.example\.vn\//.test(url);

    it('gives every story a NewsArticle with an absolute image and its authors typed as what they are', () => {
      const stories = pages.filter((file) => /^tin-tuc\/[^/]+\/index\.html$/.test(file));
      const authors = new Map<string, string>();
      for (const file of stories) {
        const article = jsonLd(`/${file.replace(/index\.html$/, '')}`).find((ld) => ld['@type'] === 'NewsArticle');
        expect(article, file).toBeDefined();
        const images = article?.['image'] as unknown[];
        expect(images.length, file).toBeGreaterThan(0);
        for (const image of images) expect(isAbsolute(image), `${file}: ${String(image)}`).toBe(true);
        for (const key of ['headline', 'datePublished', 'author', 'publisher'])
          expect(article?.[key], key).toBeDefined();
        for (const agent of article?.['author'] as Ld[]) authors.set(agent['name'] as string, agent['@type'] as string);
      }
      expect(authors.get('Xuân Thu')).toBe('Person');
      expect(authors.get('TTH.VN')).toBe('Organization');
      expect(authors.get('Ban Biên tập Bảng Vàng')).toBe('Organization');
      // A job names nobody: the story signed "Phóng viên" is credited to the paper it came from.
      expect(authors.has('Phóng viên')).toBe(false);
      expect(authors.get('Báo Lào Cai')).toBe('Organization');
    });

    it('describes the site and its search on the home page', () => {
      const site = jsonLd(routes.home()).find((ld) => ld['@type'] === 'WebSite');
      expect(site).toMatchObject({
        '@context': 'https://schema.org',
        name: 'Bảng Vàng',
        url: 'https://bangvang.example.vn/',
      });
      const action = site?.['potentialAction'] as Ld;
      expect(action['@type']).toBe('SearchAction');
      expect((action['target'] as Ld)['urlTemplate']).toBe(
        'https://bangvang.example.vn/tim-kiem/?q={search_term_string}',
      );
      expect(action['query-input']).toBe('required name=search_term_string');
    });

    it('describes a decision as Legislation, a revoked one as not in force, a proposal as a page about it', () => {
      const [decision] = jsonLd(routes.decision('lao-cai-bang-khen-khoi-huyen-2023'));
      expect(decision).toMatchObject({
        '@type': 'Legislation',
        legislationIdentifier: '156/QĐ-UBND',
        legislationDate: '2024-01-18',
        legislationLegalForce: 'https://schema.org/InForce',
      });
      expect((decision?.['legislationPassedBy'] as Ld)['@type']).toBe('Organization');
      const [revoked] = jsonLd(routes.decision('nam-truc-giay-khen-2022'));
      expect(revoked?.['legislationLegalForce']).toBe('https://schema.org/NotInForce');
      const [proposal] = jsonLd(routes.decision('ninh-binh-cum-1-de-nghi-bang-khen-2025'));
      expect(proposal?.['@type']).toBe('WebPage');
      expect(proposal?.['about']).toMatchObject({ '@type': 'CreativeWork', identifier: '03/TTr-CTĐ1' });
      const decisionPages = pages.filter((f) => /^khen-thuong\/[^/]+\/index\.html$/.test(f));
      for (const file of decisionPages) expect(jsonLd(`/${file.replace(/index\.html$/, '')}`), file).toHaveLength(1);
    });
  });

  it('has a feed that a feed parser reads as RSS 2.0: bylines as dc:creator, each category once', () => {
    const feed = parseRssFeed(readFileSync(join(outDir, 'rss.xml'), 'utf8'));
    expect(feed.items?.length).toBeGreaterThan(5);
    for (const item of feed.items ?? []) {
      // <author> is an e-mail address in RSS 2.0; names go in Dublin Core's creator.
      expect(item.authors, item.title).toBeUndefined();
      expect(item.dc?.creators?.length, item.title).toBeGreaterThan(0);
      const categories = (item.categories ?? []).map((c) => (c.name ?? '').toLocaleLowerCase('vi'));
      expect(new Set(categories).size, item.title).toBe(categories.length);
    }
    const story = feed.items?.find((item) =>
      item.link?.endsWith(routes.story('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026')),
    );
    expect(story?.dc?.creators).toEqual(['Xuân Thu', 'Trường Giang']);
  });
});
