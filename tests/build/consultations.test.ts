/**
 * Public comment notices in the built sample site, with the site's clock pinned before, during and
 * after the window of the sample notice of December 2026 (opens Friday 4, 15 working days, closes
 * at the end of Thursday 24): the list, the notice's page, the feed and the home page say the
 * right status at each instant; the closing day is always in the text; the decided notice and
 * its decision link to each other. "During" is the shared sample build (SAMPLE_NOW).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { SAMPLE_NOW, sampleSite } from '../helpers/sample-site.ts';

const NOTICE = 'lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/index.html';
const DECIDED = 'lay-y-kien/ninh-binh-huan-chuong-lao-dong-2026/index.html';
const DECISION = 'khen-thuong/ninh-binh-huan-chuong-lao-dong-2026/index.html';
const LABELS = {
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết hạn lấy ý kiến',
  decided: 'Đã có quyết định khen thưởng',
};

function text(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The status badge of the notice on a page (the first one when several are listed). */
function badge(html: string): { state: string; label: string } | undefined {
  const match = /<span class="badge badge-notice" data-state="(\w+)"[^>]*>([^<]*)<\/span>/.exec(html);
  return match ? { state: match[1] as string, label: match[2] as string } : undefined;
}

/** The list page cut at its "ended" heading: what is listed as open or upcoming, and what as ended. */
function sections(html: string): { current: string; ended: string } {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const at = main.indexOf('Đã kết thúc lấy ý kiến');
  return at < 0 ? { current: main, ended: '' } : { current: main.slice(0, at), ended: main.slice(at) };
}

describe('public comment notices at three instants of the site clock', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bang-vang-notices-'));
  const sites: Record<'before' | 'during' | 'after', string> = { before: '', during: '', after: '' };
  const read = (site: keyof typeof sites, file: string) => readFileSync(join(sites[site], file), 'utf8');
  /** Whether the page loads the status script: a module of the site's that finds the status elements. */
  const loadsStatusScript = (site: keyof typeof sites, html: string) =>
    [...html.matchAll(/<script type="module" src="\/([^"]+)">/g)].some((match) =>
      read(site, match[1] as string).includes('[data-window-status]'),
    );

  beforeAll(() => {
    const during = sampleSite();
    if (during.status !== 0) throw new Error(during.output);
    sites.during = during.outDir;
    // Share cards and the search index say no status: left out to keep these two builds short.
    const env = { BANG_VANG_SHARE_IMAGES: '0', BANG_VANG_SEARCH: '0', BANG_VANG_CACHE: join(tmp, 'cache') };
    for (const [site, now] of [
      ['before', '2026-12-03T12:00:00+07:00'],
      ['after', '2026-12-25T00:00:00+07:00'],
    ] as const) {
      const run = buildSite('content', join(tmp, site), { ...env, BANG_VANG_NOW: now });
      if (run.status !== 0) throw new Error(run.output);
      expect(run.output).toContain(`BANG_VANG_NOW=${new Date(now).toISOString()}`);
      sites[site] = join(tmp, site);
    }
  }, 600_000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the sample build is during the window', () => {
    expect(Date.parse(SAMPLE_NOW)).toBeGreaterThan(Date.parse('2026-12-04T00:00:00+07:00'));
    expect(Date.parse(SAMPLE_NOW)).toBeLessThan(Date.parse('2026-12-25T00:00:00+07:00'));
  });

  it.each([
    ['before', 'upcoming'],
    ['during', 'open'],
    ['after', 'closed'],
  ] as const)(
    '%s the window, the notice page says “%s”, with both days and the script only while it can change',
    (site, state) => {
      const page = read(site, NOTICE);
      expect(badge(page)).toEqual({ state, label: LABELS[state] });
      expect(text(page)).toContain(`Trạng thái: ${LABELS[state]}`);
      // The window, each day a <time>: the closing day is there to read without JavaScript.
      expect(text(page)).toContain('Từ ngày 04/12/2026 đến hết ngày 24/12/2026 (15 ngày làm việc)');
      expect(page).toContain('<time datetime="2026-12-24">24/12/2026</time>');
      expect(page).toContain('data-closes="2026-12-24T23:59:59+07:00"');
      expect(loadsStatusScript(site, page)).toBe(state !== 'closed');
      // The other statuses are only the script's labels, never the page's text.
      for (const [other, label] of Object.entries(LABELS)) {
        if (other !== state) expect(text(page), other).not.toContain(label);
      }
    },
  );

  it.each([
    ['before', 'upcoming'],
    ['during', 'open'],
    ['after', 'closed'],
  ] as const)('%s the window, the list puts the notice where it belongs, saying “%s”', (site, state) => {
    const list = read(site, 'lay-y-kien/index.html');
    const { current, ended } = sections(list);
    const link = 'href="/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/"';
    const decided = 'href="/lay-y-kien/ninh-binh-huan-chuong-lao-dong-2026/"';
    expect(ended).toContain(decided);
    expect(text(ended)).toContain(LABELS.decided);
    if (state === 'closed') {
      expect(current).not.toContain(link);
      expect(text(current)).toContain('Hiện không có thông báo nào đang hoặc sắp lấy ý kiến.');
      expect(ended.indexOf(link)).toBeLessThan(ended.indexOf(decided));
      expect(badge(ended)).toEqual({ state, label: LABELS[state] });
    } else {
      expect(current).toContain(link);
      expect(ended).not.toContain(link);
      expect(badge(current)).toEqual({ state, label: LABELS[state] });
    }
    expect(loadsStatusScript(site, list)).toBe(state !== 'closed');
  });

  it.each([
    ['before', 'upcoming'],
    ['during', 'open'],
    ['after', 'closed'],
  ] as const)('%s the window, the home page %s', (site, state) => {
    const home = read(site, 'index.html');
    const section = /<section class="home-notices">[\s\S]*?<\/section>/.exec(home)?.[0];
    if (state === 'closed') {
      expect(section).toBeUndefined();
      expect(loadsStatusScript(site, home)).toBe(false);
      return;
    }
    expect(section).toContain('href="/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/"');
    expect(badge(section as string)).toEqual({ state, label: LABELS[state] });
    expect(text(section as string)).toContain('đến hết ngày 24/12/2026');
    // Only notices still to come or open: the decided one is not on the home page.
    expect(section).not.toContain('ninh-binh-huan-chuong-lao-dong-2026');
    expect(loadsStatusScript(site, home)).toBe(true);
  });

  it('the feed is the same at every instant: no status, newest opening first, every notice', () => {
    const feeds = (['before', 'during', 'after'] as const).map((site) => read(site, 'lay-y-kien/rss.xml'));
    expect(new Set(feeds).size).toBe(1);
    const feed = feeds[0] as string;
    const links = [...feed.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual([
      'https://bangvang.example.vn/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026/',
      'https://bangvang.example.vn/lay-y-kien/ninh-binh-huan-chuong-lao-dong-2026/',
    ]);
    expect(feed).toContain('Từ ngày 04/12/2026 đến hết ngày 24/12/2026 (15 ngày làm việc)');
    expect(feed).toContain('<language>vi</language>');
    for (const label of Object.values(LABELS)) expect(feed).not.toContain(label);
    // The notices' pages point feed readers to it.
    const alternate =
      '<link rel="alternate" type="application/rss+xml" title="Thông báo lấy ý kiến Nhân dân qua RSS" href="/lay-y-kien/rss.xml">';
    expect(read('during', NOTICE)).toContain(alternate);
    expect(read('during', 'lay-y-kien/index.html')).toContain(alternate);
  });

  it('the decided notice links its decision, which links back; the days off in its window are listed', () => {
    const notice = read('during', DECIDED);
    expect(badge(notice)).toEqual({ state: 'decided', label: LABELS.decided });
    expect(loadsStatusScript('during', notice)).toBe(false);
    expect(notice).toContain(
      '<a href="/khen-thuong/ninh-binh-huan-chuong-lao-dong-2026/">Quyết định số 386/QĐ-CTN</a>',
    );
    expect(text(notice)).toContain('ngày 10/04/2026 của Chủ tịch nước (Huân chương Lao động hạng Ba)');
    expect(text(notice)).toContain('Tết Âm lịch: 16/02/2026 – 20/02/2026');
    const decision = read('during', DECISION);
    expect(decision).toContain(
      '<a href="/lay-y-kien/ninh-binh-huan-chuong-lao-dong-2026/">Lấy ý kiến Nhân dân đối với tập thể, cá nhân được đề nghị tặng Huân chương Lao động hạng Ba</a>',
    );
    expect(text(decision)).toContain('Đã lấy ý kiến Nhân dân');
    expect(text(decision)).toContain('· từ ngày 09/02/2026 đến hết ngày 27/02/2026');
  });

  it('lists the proposed people as decision pages do: by kind, in vi order, each at its anchor; contacts as links', () => {
    const notice = read('during', NOTICE);
    expect(notice).toContain('<tr id="dang-thi-ngoc-thinh">');
    expect(notice).toContain('<tr id="le-minh-tuan">');
    // Vietnamese order by given name: Thịnh before Tuấn.
    expect(notice.indexOf('id="dang-thi-ngoc-thinh"')).toBeLessThan(notice.indexOf('id="le-minh-tuan"'));
    expect(notice).toContain('<a href="mailto:lienhe@bangvang.example.vn">lienhe@bangvang.example.vn</a>');
    expect(notice).toContain('<a href="tel:02000000000">0200.000.0000</a>');
    expect(notice).toContain('<a href="/don-vi/tinh-ninh-binh/">Tỉnh Ninh Bình</a>');
    expect(text(notice)).toContain('Điều 46 Nghị định số 98/2023/NĐ-CP');
  });

  it('gives each notice its own share card, which says no status', () => {
    const notice = read('during', NOTICE);
    expect(notice).toContain(
      '<meta property="og:image" content="https://bangvang.example.vn/og/lay-y-kien/ninh-binh-chien-si-thi-dua-toan-quoc-2026.png">',
    );
    const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(notice)?.[1] ?? '';
    expect(alt).toContain('Chiến sĩ thi đua toàn quốc');
    expect(alt).toContain('Từ ngày 04/12/2026 đến hết ngày 24/12/2026');
    for (const label of Object.values(LABELS)) expect(alt).not.toContain(label);
  });

  it('a BANG_VANG_NOW that is not a date stops the build with a bilingual message, no stack trace, nothing written', () => {
    const run = buildSite('content', join(tmp, 'bad-clock'), {
      BANG_VANG_NOW: 'ngày mai',
      BANG_VANG_CACHE: join(tmp, 'cache'),
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('BANG_VANG_NOW="ngày mai" không phải là ngày giờ hợp lệ');
    expect(run.output).toContain('BANG_VANG_NOW="ngày mai" is not a valid date-time');
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(tmp, 'bad-clock'))).toBe(false);
  });
});
