/**
 * Lighthouse over a built site at mobile settings (Lighthouse's defaults: a mid-range phone's
 * screen, 4× slower CPU, a slow 4G network, simulated), driving the machine's Chromium
 * (CHROME_PATH, /usr/bin/chromium by default) headless. The site is served from the built folder
 * on loopback as a static host serves it: text gzipped, unknown paths answered with 404.html.
 *
 * Each page is measured RUNS times and the median run (by performance) is kept, because the
 * performance score moves a few points from run to run on a shared two-core machine. The gate:
 * accessibility, best practices and SEO 100, performance at least 95, layout shift under 0.1.
 * Writes docs/lighthouse.md (with --write) and exits 1 when a page misses the gate.
 *
 * Usage: npm run build && npm run lighthouse [-- [--write] [--runs=N] [dist] [/path/…]]
 * Lighthouse is a devDependency used here only: `npm test` does not need it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createRoutes } from '../src/routing/routes.ts';
import { readSiteUrl } from '../src/io/read-site-url.ts';
import { format, resolveConfig } from 'prettier';
import { staticHost } from './lib/static-host.ts';
import { CHROMIUM_FLAGS } from '../tests/helpers/chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
// Headless, as root in a container, on a machine whose network reaches nothing outside: the
// flags every test's browser has.
const CHROME_FLAGS = ['--headless', ...CHROMIUM_FLAGS];

interface Run {
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits under a score of 1 that the categories count, for a page that misses the gate. */
  failing: string[];
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const positional = args.filter((a) => !a.startsWith('--'));
// A folder holding a built site is the site; anything else is a page's address.
const isSite = (arg: string) => existsSync(join(arg, 'index.html'));
const dist = resolve(positional.find(isSite) ?? process.env['BANG_VANG_OUT'] ?? 'dist');
const paths = positional.filter((arg) => !isSite(arg));
const routes = createRoutes(
  new URL(readSiteUrl('.', process.env['BANG_VANG_CONTENT'] ?? 'content', 'http://localhost/')).pathname,
);
// The sample site's pages; other paths may be given on the command line.
const pages: [kind: string, path: string][] = paths.length
  ? paths.map((path) => [path, path])
  : [
      ['home', routes.home()],
      ['story', routes.story('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026')],
      ['decision', routes.decision('lao-cai-bang-khen-khoi-huyen-2023')],
      ['search', `${routes.search()}?q=nguyen+van`],
      ['search, no query', routes.search()],
      ['notice', routes.consultation('ninh-binh-chien-si-thi-dua-toan-quoc-2026')],
    ];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    `Không thấy trang đã tạo trong ${dist}: chạy npm run build trước.\nNo built site in ${dist}: run npm run build first.`,
  );
  process.exit(2);
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/** One Lighthouse run in its own process (asynchronously: this process serves the pages meanwhile). */
async function lighthouse(url: string): Promise<Run> {
  const run = await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(run.stdout) as {
    categories: Record<Category, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
  };
  const failing = CATEGORIES.flatMap((category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id} (${report.audits[ref.id]?.score})`),
  );
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round(report.categories[category].score * 100)]),
    ) as Record<Category, number>,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    failing,
  };
}

const passes = (r: Run) =>
  r.scores.performance >= 95 &&
  r.scores.accessibility === 100 &&
  r.scores['best-practices'] === 100 &&
  r.scores.seo === 100 &&
  r.cls < 0.1;

const server = await staticHost(dist, routes.base);
const results: { kind: string; path: string; median: Run; all: Run[] }[] = [];
try {
  for (const [kind, path] of pages) {
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) all.push(await lighthouse(`${server.url}${path}`));
    const median = [...all].sort((a, b) => a.scores.performance - b.scores.performance)[
      Math.floor(all.length / 2)
    ] as Run;
    results.push({ kind, path, median, all });
    const s = median.scores;
    console.log(
      `${passes(median) ? '✓' : '✖'} ${kind} ${path}: performance ${s.performance} (${all.map((r) => r.scores.performance).join(', ')}), accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}, CLS ${median.cls.toFixed(3)}, LCP ${Math.round(median.lcpMs)} ms`,
    );
    for (const audit of median.failing) console.log(`    ${audit}`);
  }
} finally {
  await server.close();
}

if (write) {
  const version = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
  const chromium = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const rows = results.map(
    ({ kind, path, median: m, all }) =>
      `| ${kind} | \`${path}\` | ${m.scores.performance} (${all.map((r) => r.scores.performance).join(', ')}) | ${m.scores.accessibility} | ${m.scores['best-practices']} | ${m.scores.seo} | ${m.cls.toFixed(3)} | ${(m.lcpMs / 1000).toFixed(1)} s | ${Math.round(m.tbtMs)} ms |`,
  );
  const doc = readFileSync('docs/lighthouse.md', 'utf8');
  const table = [
    `Lighthouse ${version}, ${chromium}, ${runs} runs per page (median by performance; every run's performance in brackets), ${new Date().toISOString().slice(0, 10)}:`,
    '',
    '| page | address | performance | accessibility | best practices | SEO | CLS | LCP | TBT |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  // Formatted as `npm run lint` wants it (prettier aligns the table).
  const text = doc.replace(
    /<!-- results -->[\s\S]*<!-- \/results -->/,
    `<!-- results -->\n${table}\n<!-- /results -->`,
  );
  writeFileSync(
    'docs/lighthouse.md',
    await format(text, { ...(await resolveConfig('docs/lighthouse.md')), parser: 'markdown' }),
  );
}
process.exit(results.every((r) => passes(r.median)) ? 0 : 1);
