/**
 * A decision with 50,000 recipients (generated here) builds into pages a phone can open: 100
 * decision pages of at most 500 rows, an honour roll and a unit page that list 200 names and
 * point to the decision for the rest, and every link to a recipient lands on the page that has
 * it. Measured on an idle 2-core machine: about 15 s for the whole build, pages of ~190 KB.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { buildSite, type BuildRun } from '../helpers/build.ts';
import { writeTree } from '../helpers/content-tree.ts';
import { FILES } from '../helpers/mini-site.ts';
import { parseOpenDataCsv } from '../helpers/open-data.ts';
import { RECIPIENTS_PER_PAGE } from '../../src/domain/recipients.ts';

const ROWS = 50_000;
const PAGES = ROWS / RECIPIENTS_PER_PAGE;

describe('a decision with 50,000 recipients', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-large-'));
  const outDir = join(root, 'dist');
  const decisionDir = join(outDir, 'khen-thuong/bang-khen-2025');
  let run: BuildRun;
  let seconds: number;
  /** Decision page number → its HTML. */
  const pages = new Map<number, string>();

  beforeAll(() => {
    const csv = [
      'name,kind,unit,citation',
      ...Array.from(
        { length: ROWS },
        (_, i) => `Người Thứ ${i + 1},ca-nhan,phuong-hoa-lu,Hoàn thành xuất sắc nhiệm vụ`,
      ),
    ].join('\n');
    writeTree(root, {
      'content/awards/bang-khen-2025.yaml': (FILES['content/awards/bang-khen-2025.yaml'] as string).replace(
        /recipients:[\s\S]*$/,
        'recipientsFile: danh-sach.csv\n',
      ),
      'content/awards/danh-sach.csv': csv,
    });
    const started = performance.now();
    run = buildSite(join(root, 'content'), outDir);
    seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) return;
    pages.set(1, readFileSync(join(decisionDir, 'index.html'), 'utf8'));
    for (const n of readdirSync(join(decisionDir, 'trang')))
      pages.set(Number(n), readFileSync(join(decisionDir, 'trang', n, 'index.html'), 'utf8'));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
    // Generous for a busy CI machine; ~15 s idle. Before the fix it took 38 s.
    expect(seconds).toBeLessThan(180);
  });

  it(`splits the list into ${PAGES} pages of at most ${RECIPIENTS_PER_PAGE} rows, each under 250 KB`, () => {
    expect([...pages.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: PAGES }, (_, i) => i + 1));
    for (const [n, html] of pages) {
      expect(html.match(/<tr id="/g)?.length, `page ${n}`).toBeLessThanOrEqual(RECIPIENTS_PER_PAGE);
      expect(Buffer.byteLength(html), `page ${n}`).toBeLessThan(250_000);
      // The index of pages by name range is on every page, the current one marked.
      expect(html.match(/<li><a href="\/khen-thuong\/bang-khen-2025\/(trang\/\d+\/)?#danh-sach"/g)?.length).toBe(PAGES);
      expect(html).toContain(`aria-current="page">`);
    }
  });

  it('lists every recipient exactly once, and open data links each to the page that has it', () => {
    const where = new Map<string, number>();
    for (const [n, html] of pages) {
      for (const [, id] of html.matchAll(/<tr id="([^"]+)"/g)) {
        expect(where.has(id as string), id).toBe(false);
        where.set(id as string, n);
      }
    }
    expect(where.size).toBe(ROWS);
    const rows = parseOpenDataCsv(readFileSync(join(outDir, 'du-lieu/khen-thuong.csv'), 'utf8')) as { url: string }[];
    expect(rows).toHaveLength(ROWS);
    for (const row of rows) {
      const url = new URL(row.url);
      const page = where.get(url.hash.slice(1));
      const expected = page === 1 ? '/khen-thuong/bang-khen-2025/' : `/khen-thuong/bang-khen-2025/trang/${page}/`;
      expect(url.pathname).toBe(expected);
    }
  });

  it('keeps the honour roll and the unit page short, pointing to the decision for the rest', () => {
    // The roll lists the year twice (by award, by unit), so two headings of 200 names.
    for (const [file, headings] of [
      ['bang-vang/2026/index.html', 2],
      ['don-vi/phuong-hoa-lu/index.html', 1],
    ] as const) {
      const html = readFileSync(join(outDir, file), 'utf8');
      expect(statSync(join(outDir, file)).size, file).toBeLessThan(100_000);
      // 200 names, then the pointer (checked by substring, not toContain: a failure would print 50 KB).
      expect(html.match(/href="\/khen-thuong\/bang-khen-2025\/(trang\/\d+\/)?#nguoi-thu-/g)?.length, file).toBe(
        200 * headings,
      );
      const more =
        '<p class="more-names">… và 49.800 tập thể, cá nhân khác; xem đầy đủ trong quyết định ' +
        '<a href="/khen-thuong/bang-khen-2025/">123/QĐ-UBND</a> (50.000)</p>';
      expect(html.split(more).length - 1, `${file}: ${/<p class="more-names">.*?<\/p>/.exec(html)?.[0]}`).toBe(
        headings,
      );
    }
  });

  it('has valid HTML on its first, a middle and its last page, and on the shortened lists', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const documents: [string, string][] = [
      ...[1, PAGES / 2, PAGES].map((n): [string, string] => [`trang ${n}`, pages.get(n) as string]),
      ...['bang-vang/2026/index.html', 'don-vi/phuong-hoa-lu/index.html'].map((file): [string, string] => [
        file,
        readFileSync(join(outDir, file), 'utf8'),
      ]),
    ];
    for (const [name, html] of documents) {
      const report = await validator.validateString(html, `${name}.html`);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${name}: ${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });
});
