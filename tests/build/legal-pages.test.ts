/**
 * What the law asks of the portal, read from the built sample site (issue 20, "The law's part"):
 * a decision's document facts in Decree 42's order with its signed original for download; print
 * and save on every story; /en/, /tiep-can/ and /du-lieu/ and the footer links every page has to
 * them and to related agencies' portals; the open data's licence, dictionary and metadata.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_FIELDS } from '../../src/domain/open-data.ts';
import { formatFileSize } from '../../src/utils/format.ts';
import { parseOpenDataJson } from '../helpers/open-data.ts';
import { sampleSite } from '../helpers/sample-site.ts';

const SITE_URL = 'https://bangvang.example.vn';
const DECISION = 'khen-thuong/lao-cai-bang-khen-khoi-huyen-2023';

/** The text of some HTML, tags dropped and spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The content of the first element matched by an opening-tag pattern, up to its closing tag. */
function section(html: string, open: RegExp, close: string): string {
  const start = html.search(open);
  if (start < 0) return '';
  return html.slice(start, html.indexOf(close, start) + close.length);
}

describe('what the law asks of the sample site', () => {
  let outDir: string;
  const pages = new Map<string, string>();
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
  const site = parseYaml(readFileSync('content/site.yaml', 'utf8')) as {
    english: { duties: string[]; contacts: { name: string; phone: string; email: string }[] };
    relatedPortals: { name: string; url: string }[];
    contact: { email: string };
  };

  beforeAll(() => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
    for (const file of readdirSync(outDir, { recursive: true }).map(String)) {
      if (file.endsWith('.html') && !file.startsWith('admin/')) pages.set(file, read(file));
    }
  });

  it("shows a decision's facts in the order Decree 42 lists them, with its signed original to download", () => {
    const html = pages.get(`${DECISION}/index.html`) ?? '';
    const facts = text(section(html, /<dl class="facts">/, '</dl>'));
    expect(facts).toContain(
      'Hình thức văn bản Quyết định Cơ quan ban hành Chủ tịch Ủy ban nhân dân tỉnh — Tỉnh Lào Cai Số, ký hiệu 156/QĐ-UBND ' +
        'Ngày ký ngày 18 tháng 01 năm 2024 Ngày có hiệu lực ngày 18 tháng 01 năm 2024 (kể từ ngày ký) ' +
        'Trích yếu Tặng Bằng khen cho tập thể, cá nhân thuộc Khối thi đua các huyện, thị xã, thành phố có thành tích xuất sắc năm 2023 ' +
        'Người ký Hoàng Văn Mẫu (KT. CHỦ TỊCH – PHÓ CHỦ TỊCH) Văn bản gốc Tải về bản đã ký (PDF, ',
    );
    const href = /<a href="([^"]+)" download type="application\/pdf">Tải về bản đã ký<\/a>/.exec(html)?.[1];
    expect(href).toBe(`/${DECISION}/lao-cai-bang-khen-khoi-huyen-2023.pdf`);
    const pdf = readFileSync(join(outDir, href as string));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf).toEqual(readFileSync('content/awards/lao-cai-bang-khen-khoi-huyen-2023.pdf'));
    expect(facts).toContain(`(PDF, ${formatFileSize(pdf.byteLength)})`);
    // A proposal is not in force: it has no such row, and it is a "Tờ trình".
    const proposal = text(
      section(read('khen-thuong/ninh-binh-cum-1-de-nghi-bang-khen-2025/index.html'), /<dl class="facts">/, '</dl>'),
    );
    expect(proposal).toContain('Hình thức văn bản Tờ trình đề nghị khen thưởng');
    expect(proposal).not.toContain('Ngày có hiệu lực');
  });

  it('gives every story a print button and a save link that works without JavaScript', () => {
    const stories = [...pages.keys()].filter((file) => /^tin-tuc\/[^/]+\/index\.html$/.test(file));
    expect(stories.length).toBeGreaterThan(5);
    for (const file of stories) {
      const html = pages.get(file) ?? '';
      const slug = file.split('/')[1];
      expect(html, file).toContain(
        '<button type="button" class="tool-button" id="print-story" data-script-tool hidden>In bài</button>',
      );
      expect(html, file).toMatch(
        new RegExp(
          `<a class="tool-button" id="save-story" href="/tin-tuc/${slug}/" download="${slug}.html"[^>]*>Lưu bài</a>`,
        ),
      );
    }
    // Decisions and other pages are not stories: no print button there.
    expect(pages.get(`${DECISION}/index.html`)).not.toContain('id="print-story"');
  });

  it("links every page's footer to the open data, the accessibility statement, the English page and related portals", () => {
    expect(pages.size).toBeGreaterThan(50);
    for (const [file, html] of pages) {
      const footer = section(html, /<footer class="site-footer"/, '</footer>');
      expect(footer, file).toContain('<a href="/du-lieu/">Dữ liệu mở</a>');
      expect(footer, file).toContain('<a href="/tiep-can/">Tuyên bố về khả năng tiếp cận</a>');
      expect(footer, file).toMatch(/<a href="\/en\/" lang="en" hreflang="en">\s*English\s*<\/a>/);
      for (const portal of site.relatedPortals)
        expect(footer, file).toContain(`<a href="${portal.url}">${portal.name}</a>`);
    }
  });

  it('has /en/ in English (lang="en", its frame marked Vietnamese): organisation, duties, contacts', () => {
    const html = pages.get('en/index.html') ?? '';
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<meta property="og:locale" content="en_GB">');
    expect(html).toMatch(/<header class="site-header" data-pagefind-ignore lang="vi">/);
    expect(html).toMatch(/<footer class="site-footer" data-pagefind-ignore lang="vi">/);
    const main = section(html, /<main/, '</main>');
    for (const heading of ['Organisation', 'Functions and duties', 'Contacts'])
      expect(main).toContain(`>${heading}</h2>`);
    expect(main.match(/<li>/g)).toHaveLength(site.english.duties.length);
    for (const contact of site.english.contacts) {
      expect(text(main)).toContain(contact.name);
      expect(main).toContain(
        `<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone.replace(/ /g, '\u00A0')}</a>`,
      );
      expect(main).toContain(`<a href="mailto:${contact.email}">${contact.email}</a>`);
    }
    for (const label of ['Position', 'Unit', 'Telephone', 'Official e-mail'])
      expect(main).toContain(`<dt>${label}</dt>`);
    // Every other page stays Vietnamese.
    expect(pages.get('index.html')).toMatch(/<html lang="vi">/);
  });

  it('has an accessibility statement that names the circular, the standard, the real tests and the contact', () => {
    const statement = text(section(pages.get('tiep-can/index.html') ?? '', /<main/, '</main>'));
    for (const words of [
      'Thông tư số 26/2020/TT-BTTTT',
      'WCAG) 2.2, mức AA',
      'axe',
      'html-validate',
      'Nu HTML Checker',
      'Lighthouse',
      'Kiểm thử bằng bàn phím',
      'Những hạn chế đã biết',
      `Thư điện tử: ${site.contact.email}`,
    ]) {
      expect(statement).toContain(words);
    }
  });

  it('states the licence on the data page and in the CSV metadata, with a dictionary of every column', () => {
    const html = pages.get('du-lieu/index.html') ?? '';
    expect(html).toContain(
      '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">Creative Commons Attribution 4.0 International (CC BY 4.0)</a>',
    );
    const dictionary = section(html, /<dl class="dictionary">/, '</dl>');
    for (const field of OPEN_DATA_FIELDS) {
      const entry = text(section(dictionary, new RegExp(`<div id="cot-${field.key}">`), '</div>'));
      expect(entry).toContain(`${field.titleVi} (${field.titleEn})`);
      expect(entry).toContain(`: ${field.key} ·`);
      expect(entry).toContain(field.vi);
      expect(entry).toContain(field.en);
    }
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
      '@type': string;
      license: string;
      distribution: { contentUrl: string }[];
    };
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual([
      `${SITE_URL}/du-lieu/khen-thuong.csv`,
      `${SITE_URL}/du-lieu/khen-thuong.json`,
    ]);

    const metadata = JSON.parse(read('du-lieu/khen-thuong.csv-metadata.json')) as {
      url: string;
      'dc:license': { '@id': string };
      tableSchema: { columns: { name: string; titles: { vi: string; en: string }; datatype: string }[] };
    };
    expect(metadata.url).toBe(`${SITE_URL}/du-lieu/khen-thuong.csv`);
    expect(metadata['dc:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    // The CSV's headers are the columns' Vietnamese titles; the JSON's keys their names.
    const header = (parseCsv(read('du-lieu/khen-thuong.csv'), { bom: true, to: 1 }) as string[][])[0];
    expect(header).toEqual(metadata.tableSchema.columns.map((c) => c.titles.vi));
    // The JSON lists each decision once with its recipients: a recipient's row is both, flattened.
    const firstRow = parseOpenDataJson(read('du-lieu/khen-thuong.json'))[0] ?? {};
    expect(Object.keys(firstRow)).toEqual(metadata.tableSchema.columns.map((c) => c.name));
    expect(metadata.tableSchema.columns.find((c) => c.name === 'signed')?.datatype).toBe('date');
    expect(statSync(join(outDir, 'du-lieu/khen-thuong.csv')).size).toBeGreaterThan(1000);
  });
});
