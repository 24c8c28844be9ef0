/**
 * Share images on the sample site: every page names an og:image that exists in dist and is a
 * 1200×630 picture, with its size, description and the large-card tag for X.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

const SITE_URL = 'https://bangvang.example.vn';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function meta(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html);
  return match?.[1]?.replace(/&amp;/g, '&');
}

describe('share images on the sample site', () => {
  let run: SampleSite;
  let pages: string[];

  beforeAll(() => {
    run = sampleSite();
    pages = readdirSync(run.outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      // The editor is not a page anyone shares (noindex, out of the sitemap).
      .filter((file) => !file.startsWith('admin/'));
  });

  it('the build log says how many cards were drawn and reused, in Vietnamese then English', () => {
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Ảnh chia sẻ: vẽ mới \d+, dùng lại \d+[^/]* \/ share images: \d+ rendered, \d+ reused/);
  });

  it('every page has an og:image that exists and is a 1200×630 PNG', async () => {
    expect(pages.length).toBeGreaterThan(50);
    const checked = new Map<string, boolean>();
    for (const page of pages) {
      const html = readFileSync(join(run.outDir, page), 'utf8');
      const image = meta(html, 'og:image');
      expect(image, page).toMatch(new RegExp(`^${SITE_URL}/`));
      expect(meta(html, 'og:image:width'), page).toBe('1200');
      expect(meta(html, 'og:image:height'), page).toBe('630');
      expect(meta(html, 'og:image:alt')?.length, page).toBeGreaterThan(20);
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
      // /en/ is the office in English (Decree 42); every other page is Vietnamese.
      expect(meta(html, 'og:locale'), page).toBe(page === 'en/index.html' ? 'en_GB' : 'vi_VN');
      // The not-found page is served at every missing address, so it names none as its own.
      if (page === '404.html') expect(meta(html, 'og:url'), page).toBeUndefined();
      else expect(meta(html, 'og:url'), page).toMatch(new RegExp(`^${SITE_URL}/`));
      const path = new URL(image as string).pathname;
      if (checked.has(path)) continue;
      const bytes = readFileSync(join(run.outDir, decodeURIComponent(path)));
      const size = pngSize(bytes) ?? (await sharp(bytes).metadata());
      expect([size.width, size.height], path).toEqual([1200, 630]);
      expect(path.endsWith('.png') ? pngSize(bytes) : true, path).toBeTruthy();
      checked.set(path, true);
    }
  });

  it('story, decision, notice, exemplar, unit, cluster and movement pages have their own card; listings the home card', () => {
    const imageOf = (page: string) => meta(readFileSync(join(run.outDir, page), 'utf8'), 'og:image');
    const pairs: [string, string][] = [
      [
        'tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/index.html',
        'og/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026.png',
      ],
      [
        'khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/index.html',
        'og/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023.png',
      ],
      ['dien-hinh/dang-thi-ngoc-thinh/index.html', 'og/dien-hinh/dang-thi-ngoc-thinh.png'],
      ['don-vi/phuong-dong-a/index.html', 'og/don-vi/phuong-dong-a.png'],
      ['cum-thi-dua/ninh-binh-cum-1-2026/index.html', 'og/cum-thi-dua/ninh-binh-cum-1-2026.png'],
      [
        'phong-trao/chung-tay-xoa-nha-tam-nha-dot-nat/index.html',
        'og/phong-trao/chung-tay-xoa-nha-tam-nha-dot-nat.png',
      ],
      [
        'lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/index.html',
        'og/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026.png',
      ],
      ['index.html', 'og/trang-chu.png'],
      ['tin-tuc/index.html', 'og/trang-chu.png'],
      ['lay-y-kien/index.html', 'og/trang-chu.png'],
      ['bang-vang/index.html', 'og/trang-chu.png'],
    ];
    for (const [page, image] of pairs) expect(imageOf(page), page).toBe(`${SITE_URL}/${image}`);
    const story = readFileSync(
      join(run.outDir, 'tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/index.html'),
      'utf8',
    );
    expect(meta(story, 'og:type')).toBe('article');
    expect(meta(story, 'og:title')).toBe(
      'Cụm Thi đua số 1 tỉnh Ninh Bình tổng kết năm 2025, phát động thi đua năm 2026',
    );
    expect(meta(story, 'og:image:alt')).toContain('Cụm Thi đua số 1 tỉnh Ninh Bình tổng kết năm 2025');
  });

  it('draws no card nobody links to: one PNG per card page and the home card', () => {
    const cards = readdirSync(join(run.outDir, 'og'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.png'));
    const linked = new Set(
      pages.map((page) => new URL(meta(readFileSync(join(run.outDir, page), 'utf8'), 'og:image') as string).pathname),
    );
    expect(new Set(cards.map((file) => `/og/${file}`))).toEqual(linked);
  });
});
