/**
 * A withheld record and a minor, as the content model says (shared/spec/content-model.md): a small
 * site is built with one of each, and every file of its output is searched — pages, search files
 * (Pagefind's, decompressed, and the name index), open data, /xac-minh/ lookup files, feeds,
 * sitemap — and the fields of every share card (the build's card manifest, since a PNG's text
 * cannot be searched). The withheld name is nowhere, in any spelling; nor are its details or the
 * reason it is withheld; the minor's name is on its decision's page and nowhere else. Both are counted.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { writeTree } from '../helpers/content-tree.ts';
import { FILES } from '../helpers/mini-site.ts';
import { parseOpenDataJson } from '../helpers/open-data.ts';
import { foldVietnamese } from '../../src/utils/text.ts';
import { slugVi } from '../../src/utils/slug.ts';

const WITHHELD = 'Hồ Thị Kín Đáo';
const WITHHELD_DETAILS = ['Cứu người đuối nước trên sông Vân', 'Trưởng thôn Vân Thủy'];
const REASON = 'Theo đề nghị của cá nhân, đơn ngày 3/3/2026';
const MINOR = 'Lê Minh Khôi';
const DECISION_PAGE = 'khen-thuong/bang-khen-2025/index.html';

/** Every way a name may be written in the output: as typed, folded, lower case, as an address. */
function spellings(name: string): string[] {
  return [name, name.toLowerCase(), foldVietnamese(name), slugVi(name), slugVi(name).replace(/-/g, ' ')];
}

/** The text of a file as a search would read it: Pagefind's files are gzip-compressed. */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

describe('withheld and minor recipients in the built site', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-withheld-'));
  const outDir = join(root, 'dist');
  /** Every output file but pictures (PNG share cards are checked by their fields). */
  const texts = new Map<string, string>();
  let cards = '';

  beforeAll(() => {
    // Also a decision without a title, in force after its signing, its original on another site.
    const award = (FILES['content/awards/bang-khen-2025.yaml'] as string)
      .replace(
        'period: 2025\n',
        'period: 2025\neffective: 2026-02-01\ndocument: https://vanban.example.vn/qd-123.pdf\n',
      )
      .concat(
        `  - name: ${WITHHELD}\n    kind: ca-nhan\n    unit: phuong-hoa-lu\n    position: ${WITHHELD_DETAILS[1]}\n    citation: ${WITHHELD_DETAILS[0]}\n    withheld:\n      reason: ${REASON}\n`,
        `  - name: ${MINOR}\n    kind: ca-nhan\n    unit: phuong-dong-a\n    position: Học sinh lớp 9\n    minor: true\n`,
      );
    writeTree(root, { 'content/awards/bang-khen-2025.yaml': award });
    const run = buildSite(join(root, 'content'), outDir);
    if (run.status !== 0) throw new Error(run.output);
    for (const file of readdirSync(outDir, { recursive: true }).map(String)) {
      const path = join(outDir, file);
      if (statSync(path).isFile() && !/\.(png|jpe?g|webp|avif|woff2?|wasm)$/.test(file)) texts.set(file, textOf(path));
    }
    cards = readFileSync(join(`${outDir}-cache`, 'og', 'cards.json'), 'utf8');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads every kind of output: pages, search files, open data, lookup files, feeds', () => {
    const files = [...texts.keys()];
    for (const pattern of [
      /^khen-thuong\/.+\.html$/,
      /^pagefind\/.+\.pf_fragment$/,
      /^tim-kiem\/ten\/.+\.json$/,
      /^du-lieu\/khen-thuong\.(csv|json)$/,
      /^xac-minh\/ma\/.+\.json$/,
      /^bang-vang\/\d{4}\/index\.html$/,
      /^don-vi\/phuong-hoa-lu\/index\.html$/,
      /^rss\.xml$/,
      /^sitemap-0\.xml$/,
    ]) {
      expect(
        files.some((file) => pattern.test(file)),
        String(pattern),
      ).toBe(true);
    }
    // Pagefind's fragments were decompressed: a page's text is in them.
    expect([...texts].some(([file, text]) => file.endsWith('.pf_fragment') && text.includes('Nguyễn Thị Hoa'))).toBe(
      true,
    );
    expect(cards).toContain('"kind":"decision"');
  });

  it('publishes the withheld name nowhere, in any spelling, nor its details or the reason', () => {
    const leaks: string[] = [];
    for (const [file, text] of [...texts, ['(share cards)', cards] as const]) {
      const lower = text.toLowerCase();
      for (const form of [...spellings(WITHHELD), ...WITHHELD_DETAILS, REASON]) {
        if (lower.includes(form.toLowerCase())) leaks.push(`${file}: ${form}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("publishes the minor's name on its decision's page only", () => {
    const found: string[] = [];
    for (const [file, text] of [...texts, ['(share cards)', cards] as const]) {
      const lower = text.toLowerCase();
      if (spellings(MINOR).some((form) => lower.includes(form.toLowerCase()))) found.push(file);
    }
    expect(found).toEqual([DECISION_PAGE]);
  });

  it('counts both, and shows what stands in for their names', () => {
    const page = texts.get(DECISION_PAGE) ?? '';
    expect(page).toContain('Tổng cộng: 4 · Tập thể: 1 · Cá nhân: 3');
    expect(page).toMatch(/<tr id="khong-cong-bo">[\s\S]*?<span class="name">\(không công bố\)<\/span>/);
    expect(page).toMatch(new RegExp(`<tr id="khong-cong-bo-2">[\\s\\S]*?<span class="name">${MINOR}</span>`));
    const roll = [...texts].find(([file]) => /^bang-vang\/\d{4}\/index\.html$/.test(file))?.[1] ?? '';
    expect(roll).toContain('(không công bố)');
    expect(roll).toContain('(người chưa thành niên)');
    const rows = parseOpenDataJson(texts.get('du-lieu/khen-thuong.json') ?? '[]');
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row['nameWithheld'] === true).map((row) => [row['name'], row['code']])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(existsSync(join(outDir, 'xac-minh'))).toBe(true);
  });

  it('has no /en/ and no English link when site.yaml has no english, and still the other footer links', () => {
    expect(texts.has('en/index.html')).toBe(false);
    const home = texts.get('index.html') ?? '';
    expect(home).not.toContain('hreflang="en"');
    expect(home).not.toContain('related-portals');
    expect(home).toContain('<a href="/tiep-can/">');
    expect(home).toContain('<a href="/du-lieu/">');
  });

  it("shows a decision's facts as Decree 42 lists them, its abstract built from the award and counts", () => {
    const facts = (texts.get(DECISION_PAGE) ?? '')
      .replace(/^[\s\S]*?<dl class="facts">|<\/dl>[\s\S]*$/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(facts).toContain(
      'Hình thức văn bản Quyết định Cơ quan ban hành Chủ tịch Ủy ban nhân dân tỉnh — Tỉnh Ninh Bình Số, ký hiệu 123/QĐ-UBND Ngày ký ngày 15 tháng 01 năm 2026 Ngày có hiệu lực ngày 01 tháng 02 năm 2026 Trích yếu Về việc tặng Bằng khen của Bộ, ban, ngành, tỉnh cho 1 tập thể và 3 cá nhân Văn bản gốc Xem bản đã ký (PDF, trang ngoài)',
    );
    expect(texts.get(DECISION_PAGE)).toContain('<a href="https://vanban.example.vn/qd-123.pdf">Xem bản đã ký</a>');
  });
});
