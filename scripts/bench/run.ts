/**
 * `npm run bench`: build generated corpora of 1,000 and 10,000 stories with Bảng Vàng and with
 * two baselines (a blog-starter-shaped Astro site, Hugo), and record wall time, ms per page,
 * peak RSS, phases, dist size and compressed bytes per page type.
 * Writes docs/benchmark.json and docs/benchmark.md. Options: --sizes=1k,10k (also 1m); --cold-only
 * builds each size once, cold, with the goal settings and records only that build (the 1m size's
 * peak RSS: its full run would take hours on two cores).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './write-corpus.ts';
import { readPhaseTimings } from '../../src/integrations/phase-timings.ts';
import { writeAstroBaseline, writeHugoBaseline } from './baselines.ts';
import { measureSearch, pagefindYardstick } from './search.ts';
import { measureVerify } from './verify.ts';
import { benchOg } from './og.ts';
import { benchImport } from './import.ts';
import { benchAnnexField } from './annex-field.ts';
import { benchMigrate } from './migrate.ts';
import { benchPublish } from './publish.ts';
import { distSize } from './dist-size.ts';
import { foldVietnamese } from '../../src/utils/text.ts';
import { LARGE_ROLL_HEAP_MB } from '../../src/project.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * `heapMb`: Node's heap limit for this size's builds, lowered from its default (4,288 MB on a
 * 24 GB machine) as the README advises for a roll near a million recipients: with the default,
 * V8 lets garbage grow to 3 GB before it collects; with the limit it collects sooner.
 */
const SIZES: Record<string, { stories: number; recipients: number; heapMb?: number }> = {
  '1k': { stories: 1000, recipients: 10_000 },
  '10k': { stories: 10_000, recipients: 100_000 },
  '1m': { stories: 10_000, recipients: 1_000_000, heapMb: LARGE_ROLL_HEAP_MB },
};

interface Run {
  wallMs: number;
  peakRssMb: number | null;
  pages: number;
  msPerPage: number;
  exit: number | null;
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'NODE_ENV']) delete out[key];
  return out;
}

/** Run a command under GNU time for its peak RSS. */
function timed(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Omit<Run, 'pages' | 'msPerPage'> & { output: string } {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return {
    wallMs,
    peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
    exit: run.status,
    output: `${run.stdout}\n${run.stderr}`,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile());
}

function gz(path: string): number {
  return gzipSync(readFileSync(path)).byteLength;
}

function finish(run: ReturnType<typeof timed>, outDir: string): Run {
  const pages = existsSync(outDir) ? files(outDir).filter((f) => f.endsWith('.html')).length : 0;
  if (run.exit !== 0) console.error(run.output.slice(-3000));
  return {
    wallMs: Math.round(run.wallMs),
    peakRssMb: run.peakRssMb,
    pages,
    msPerPage: +(run.wallMs / Math.max(1, pages)).toFixed(2),
    exit: run.exit,
  };
}

function pageTypeBytes(outDir: string): Record<string, { html: number; css: number; js: number }> {
  const all = files(outDir);
  const css = all.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(join(outDir, f)), 0);
  const pick = (re: RegExp) => all.find((f) => re.test(f));
  const types: Record<string, string | undefined> = {
    home: 'index.html',
    story: pick(/^tin-tuc\/tin-[^/]+\/index\.html$/),
    decision: pick(/^khen-thuong\/qd-[^/]+\/index\.html$/),
    unit: pick(/^don-vi\/tinh-[^/]+\/index\.html$/),
    honourRoll: pick(/^bang-vang\/\d{4}\/index\.html$/),
  };
  const out: Record<string, { html: number; css: number; js: number }> = {};
  for (const [type, file] of Object.entries(types)) {
    if (!file) continue;
    const html = readFileSync(join(outDir, file), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    out[type] = {
      html: gzipSync(html).byteLength,
      css,
      js: inline.reduce((sum, s) => sum + gzipSync(s).byteLength, 0),
    };
  }
  return out;
}

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.split('=')[1] ?? '1k,10k').split(',');
const coldOnly = process.argv.includes('--cold-only');
// Each size says when it was measured: a run of some sizes keeps the others' older figures.
const today = new Date().toISOString().slice(0, 10);
// A run of some sizes keeps the figures of the others from the last run (`--sizes=1m` on its own).
const previous = existsSync(join(ROOT, 'docs/benchmark.json'))
  ? (JSON.parse(readFileSync(join(ROOT, 'docs/benchmark.json'), 'utf8')) as Record<string, unknown> & {
      sizes: Record<string, unknown>;
    })
  : undefined;
const results: Record<string, unknown> = previous?.sizes ?? {};

for (const size of sizes) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}`);
  const corpus = join(WORK, `corpus-${size}`);
  console.log(`\n== ${size}: ${spec.stories} stories, ${spec.recipients} recipients`);
  writeCorpus(corpus, spec.stories, spec.recipients);

  // Bảng Vàng, cold (fresh cache), then warm (same cache: images and content store reused).
  const outDir = join(WORK, `out-${size}`);
  const cache = join(WORK, `cache-${size}`);
  const timings = join(WORK, `timings-${size}.json`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const ourEnv = env({
    ...(spec.heapMb ? { NODE_OPTIONS: `--max-old-space-size=${spec.heapMb}`, MALLOC_ARENA_MAX: '2' } : {}),
    BANG_VANG_CONTENT: corpus,
    BANG_VANG_OUT: outDir,
    BANG_VANG_CACHE: cache,
    BANG_VANG_TIMINGS: timings,
  });
  // The goals exclude share images and the search index: the goal builds turn both off.
  const goalEnv = { ...ourEnv, BANG_VANG_SHARE_IMAGES: '0', BANG_VANG_SEARCH: '0' };
  const cold = finish(timed(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env: goalEnv }), outDir);
  const { marks, memory } = readPhaseTimings(timings);
  const phases = {
    contentCheckMs: Math.round((marks['contentCheckDone'] ?? 0) - (marks['start'] ?? 0)),
    contentSyncMs: Math.round((marks['buildStart'] ?? 0) - (marks['contentCheckDone'] ?? 0)),
    renderMs: Math.round((marks['buildDone'] ?? 0) - (marks['buildStart'] ?? 0)),
  };
  if (coldOnly) {
    console.log(`Bảng Vàng: cold ${cold.wallMs} ms, ${cold.pages} pages, ${cold.peakRssMb} MB (--cold-only)`);
    console.log(`Peak memory by phase (the span that ends at each mark): ${JSON.stringify(memory)}`);
    results[size] = { ...spec, measuredOn: today, coldOnly: true, bangVang: { cold, phases, memory } };
    continue;
  }
  const warm = finish(timed(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env: goalEnv }), outDir);
  console.log(
    `Bảng Vàng: cold ${cold.wallMs} ms, ${cold.pages} pages, ${cold.msPerPage} ms/page, ${cold.peakRssMb} MB; warm ${warm.msPerPage} ms/page`,
  );
  // The same warm build without the verification lookup files: what they add to a build.
  const warmNoVerify = finish(
    timed(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env: { ...goalEnv, BANG_VANG_VERIFY: '0' } }),
    outDir,
  );

  // The whole site as published, cold: share cards (the goal builds drew none), search, and no
  // reuse of the goal builds' content store or pages (--force).
  const full = finish(timed(process.execPath, [ASTRO, 'build', '--force'], { cwd: ROOT, env: ourEnv }), outDir);
  const fullMarks = readPhaseTimings(timings).marks;
  // The published site's size (sum of the files' sizes; a disk's blocks add more), and by part.
  const published = distSize(outDir);
  const distBytes = published.bytes;
  const bytes = pageTypeBytes(outDir);
  // Later queries: common words, a name, a phrase, then a ward's name typed without accents,
  // which lists its records too (each after the ones before).
  const ward = /^name: (.+)$/m.exec(readFileSync(join(corpus, 'units/phuong-001-12.yaml'), 'utf8'))?.[1] ?? '';
  const search = await measureSearch(outDir, {
    timings: fullMarks,
    more: ['ky ket giao uoc', 'tran thi binh', 'thi dua yeu nuoc', foldVietnamese(ward)],
  });
  console.log(
    `Full build (share cards, search): ${full.wallMs} ms, ${full.peakRssMb} MB; search index ${search.indexMs} ms for ${search.records} records, ${(search.indexBytes / 2 ** 20).toFixed(1)} MB; first query ${search.firstQuery.bytes} B, second ${search.secondQuery.bytes} B`,
  );
  const verify = { ...(await measureVerify(outDir)), addedBuildMs: warm.wallMs - warmNoVerify.wallMs };
  console.log(
    `Verification: ${verify.files} lookup files, ${(verify.bytes / 2 ** 20).toFixed(1)} MB, +${verify.addedBuildMs} ms to a warm build; ${verify.lookups.map((l) => `${l.bytes} B`).join(', ')}`,
  );

  // A push after a small change, with the caches of the build before (scripts/bench/publish.ts).
  const build = () => finish(timed(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env: ourEnv }), outDir);
  const publish = benchPublish(corpus, build, timings);

  // Astro blog-starter baseline.
  const baseDir = join(WORK, `baseline-astro-${size}`);
  writeAstroBaseline(baseDir, join(corpus, 'articles'));
  const baseOut = join(baseDir, 'dist');
  const base = finish(
    timed(process.execPath, [ASTRO, 'build', '--root', baseDir], { cwd: ROOT, env: env({}) }),
    baseOut,
  );
  console.log(
    `Astro baseline: ${base.wallMs} ms, ${base.pages} pages, ${base.msPerPage} ms/page, ${base.peakRssMb} MB`,
  );
  // Pagefind's own rate on this machine, over the baseline's pages (its whole <body>): the
  // yardstick for the indexing goal, which depends on the machine more than on our code.
  const yardstick = await pagefindYardstick(baseOut);
  console.log(`Pagefind over the baseline: ${yardstick.pages} pages, median ${yardstick.medianMs} ms`);

  // Hugo baseline.
  const hugoDir = join(WORK, `baseline-hugo-${size}`);
  writeHugoBaseline(hugoDir, join(corpus, 'articles'));
  const hugo = finish(timed('hugo', ['--quiet', '-s', hugoDir], { cwd: ROOT, env: env({}) }), join(hugoDir, 'public'));
  console.log(`Hugo: ${hugo.wallMs} ms, ${hugo.pages} pages, ${hugo.msPerPage} ms/page, ${hugo.peakRssMb} MB`);

  results[size] = {
    ...spec,
    measuredOn: today,

    publish,
    bangVang: {
      cold,
      warm,
      phases,
      // The issue's goal reads the full build's dist (sizes["10k"].bangVang.full.distBytes).
      full: { ...full, distBytes, distFiles: published.files, distParts: published.parts },
      distBytes,
      distFiles: published.files,
      compressedBytesPerPageType: bytes,
    },
    verify,
    search: {
      ...search,
      pagefindBaseline: {
        ...yardstick,
        pagesPerSecond: yardstick.medianMs ? Math.round((yardstick.pages / yardstick.medianMs) * 1000) : 0,
      },
    },
    astroBaseline: base,
    hugo,
    ratios: {
      msPerPageVsAstroBaseline: +(cold.msPerPage / base.msPerPage).toFixed(2),
      msPerPageVsHugo: +(cold.msPerPage / hugo.msPerPage).toFixed(2),
    },
  };
}

// The benches below do not depend on the size: a --cold-only run keeps the last run's figures.
const kept = <T>(key: string, measure: () => T | Promise<T>): T | Promise<T> =>
  coldOnly && previous && key in previous ? (previous[key] as T) : measure();

// Share images on their own: 1,000 generated cards cold, through the worker pool, and from the cache.
console.log('\n== share images: 1,000 cards');
const og = await kept('og', () => benchOg(1000));
console.log(`cold ${og.cold.medianMs} ms median, ${og.cold.p95Ms} ms p95 per image; cache hit ${og.cache.msPerHit} ms`);

// Importing an annex: 5,000 rows shaped as offices keep them (goal: under 5 s).
console.log('\n== import: 5,000-row annex');
const annexImport = await kept('annexImport', () => benchImport(5000));
console.log(
  `${annexImport.runsMs.join(', ')} ms, median ${annexImport.medianMs} ms = ${annexImport.rowsPerSecond} rows/s`,
);

// The same annex in the browser editor's annex field (Chromium), and what its files weigh.
console.log('\n== editor: the annex field');
const annexField = await kept('annexField', () => benchAnnexField(5000));
console.log(`${annexField.runsMs.join(', ')} ms, median ${annexField.medianMs} ms`);

// The old portal's archive: 1,000 saved pages through `npm run migrate` (goal: under a minute).
console.log('\n== migration: 1,000 saved pages');
const migration = await kept('migration', () => benchMigrate(1000));
console.log(`${migration.pages} pages in ${migration.wallMs} ms = ${migration.pagesPerSecond} pages/s`);

const r = results as Record<string, { bangVang: { cold: Run } }>;
const summary = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  note: 'ms per page = wall time of the whole build / HTML pages written. The goal build turns share images and the search index off (BANG_VANG_SHARE_IMAGES=0, BANG_VANG_SEARCH=0), as the goals exclude them; the full build has both.',
  sizes: results,
  og,
  annexImport,
  annexField,
  migration,
  ...(r['1k'] && r['10k']
    ? { scaling10kVs1k: +(r['10k'].bangVang.cold.msPerPage / r['1k'].bangVang.cold.msPerPage).toFixed(2) }
    : {}),
};
writeFileSync(join(ROOT, 'docs/benchmark.json'), `${JSON.stringify(summary, null, 2)}\n`);

// Sizes measured in full; a --cold-only size has its own line.
const complete = Object.entries(results).filter(([, value]) => !(value as { coldOnly?: boolean }).coldOnly);
const coldOnlyLines = Object.entries(results).flatMap(([size, value]) => {
  const v = value as {
    coldOnly?: boolean;
    stories: number;
    recipients: number;
    heapMb?: number;
    bangVang: { cold: Run };
  };
  if (!v.coldOnly) return [];
  const { cold } = v.bangVang;
  return `- ${size} (${v.stories} stories, ${v.recipients} recipients), one cold goal build: ${cold.pages} pages, ${cold.wallMs} ms (${(cold.wallMs / 60000).toFixed(1)} min), peak RSS **${cold.peakRssMb} MB** (goal ≤ 2,048 MB), ${v.heapMb ? `Node's heap limit lowered to ${v.heapMb} MB (NODE_OPTIONS=--max-old-space-size=${v.heapMb}, MALLOC_ARENA_MAX=2)` : "Node's default heap limit"}.`;
});
const searchLines = complete.map(([size, value]) => {
  const s = (
    value as {
      search: Awaited<ReturnType<typeof measureSearch>> & {
        pagefindBaseline: { pages: number; medianMs: number; pagesPerSecond: number };
      };
    }
  ).search;
  const yardstick = s.pagefindBaseline;
  const ratio = yardstick.pagesPerSecond ? (s.pagesPerSecond / yardstick.pagesPerSecond).toFixed(2) : '?';
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const later = (s.moreQueries ?? []).map((q) => `“${q.query}” ${kb(q.bytes)}`).join(', ');
  const inBuildPagesPerSecond = s.indexMs ? Math.round((s.pages / s.indexMs) * 1000) : null;
  const split = s.archivePages
    ? `${s.pages} pages (${s.mainPages} in the main index, ${s.archivePages} older stories in the archive)`
    : `${s.pages} pages`;
  const archive = s.archiveQuery
    ? `; a reader who then asks for the older stories: “${s.archiveQuery.query}” again ${kb(s.archiveQuery.bytes)}, then “${s.archiveLaterQuery?.query}” ${kb(s.archiveLaterQuery?.bytes ?? 0)}`
    : '';
  return `- ${size}: ${split} and ${s.records - s.pages} names. Indexing, run alone on the built site: ${s.reindexMs.join(', ')} ms, median ${s.reindexMedianMs} ms = **${s.pagesPerSecond} pages/s**, ${ratio}× Pagefind's own rate on this machine (its Node API over the Astro baseline's ${yardstick.pages} pages: median ${yardstick.medianMs} ms = ${yardstick.pagesPerSecond} pages/s); within the full build ${s.indexMs} ms (${inBuildPagesPerSecond} pages/s). Index ${(s.indexBytes / 2 ** 20).toFixed(1)} MB in ${s.indexFiles} files. Bytes (compressed, measured in Chromium): first query “${s.firstQuery.query}” **${kb(s.firstQuery.bytes)}**, second “${s.secondQuery.query}” **${kb(s.secondQuery.bytes)}**, then ${later}${archive}.`;
});
const verifyLines = complete.flatMap(([size, value]) => {
  const v = (value as { verify?: Awaited<ReturnType<typeof measureVerify>> & { addedBuildMs: number } }).verify;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (!v) return [];
  return `- ${size}: ${v.files} lookup files, ${(v.bytes / 2 ** 20).toFixed(1)} MB on disk (largest ${kb(v.largestGzip)} compressed); ${v.addedBuildMs} ms added to a warm build (the same build without them). Bytes (compressed, measured in Chromium): ${v.lookups.map((l) => `${l.what} **${kb(l.bytes)}** (${l.requests} requests)`).join('; ')}.`;
});
const publishLines = complete.flatMap(([size, value]) => {
  const p = (value as { publish?: Awaited<ReturnType<typeof benchPublish>> }).publish;
  return p
    ? [`- ${size}: ${p.steps.map((s) => `${s.change} **${s.wallMs} ms** (${s.peakRssMb} MB)`).join('; ')}.`]
    : [];
});
const rows = complete.map(([size, value]) => {
  const v = value as {
    bangVang: { cold: Run; warm: Run; full: Run; phases: Record<string, number>; distBytes: number; distFiles: number };
    astroBaseline: Run;
    hugo: Run;
    ratios: Record<string, number>;
    measuredOn?: string;
  };
  return `| ${size}${v.measuredOn === today ? '' : ` (${v.measuredOn ?? 'an earlier run'})`} | ${v.bangVang.cold.pages} | ${v.bangVang.cold.wallMs} | ${v.bangVang.cold.msPerPage} | ${v.bangVang.warm.msPerPage} | ${v.bangVang.cold.peakRssMb} | ${v.bangVang.phases['contentSyncMs']} / ${v.bangVang.phases['renderMs']} | ${(v.bangVang.distBytes / 2 ** 20).toFixed(1)} MB, ${v.bangVang.distFiles} files | ${v.astroBaseline.msPerPage} (${v.astroBaseline.pages} p) | ${v.hugo.msPerPage} (${v.hugo.pages} p) | ${v.ratios['msPerPageVsAstroBaseline']}× | ${v.ratios['msPerPageVsHugo']}× | ${v.bangVang.full.wallMs} ms, ${v.bangVang.full.peakRssMb} MB |`;
});
// Where the full build's bytes go (scripts/bench/dist-size.ts), largest part first.
const distLines = complete.flatMap(([size, value]) => {
  const full = (value as { bangVang: { full: { distBytes: number; distParts?: Record<string, { bytes: number }> } } })
    .bangVang.full;
  // A size kept from a run before the dist was measured by part has no line.
  if (!full.distParts) return [];
  const parts = Object.entries(full.distParts)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([part, { bytes }]) => `${part} ${(bytes / 1e6).toFixed(1)}`)
    .join(', ');
  return `- ${size}: **${(full.distBytes / 1e6).toFixed(1)} MB** (sum of file sizes, MB = 10⁶ bytes): ${parts}`;
});
writeFileSync(
  join(ROOT, 'docs/benchmark.md'),
  `# Benchmark\n\nMeasured by \`npm run bench\` on ${summary.machine.cpus} cores, ${summary.machine.memoryGb} GB, Node ${summary.machine.node}, ${summary.date.slice(0, 10)}. Raw figures: [benchmark.json](benchmark.json).\n${summary.note}\n\n| size | pages | cold wall ms | cold ms/page | warm ms/page | peak RSS MB | sync / render ms | dist | Astro baseline ms/page | Hugo ms/page | vs Astro | vs Hugo | full build (cards + search): wall, peak RSS |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n${'scaling10kVs1k' in summary ? `\nms per page at 10k ÷ at 1k: ${summary.scaling10kVs1k}\n` : ''}\n${coldOnlyLines.length ? `Large sizes, built once (\`--cold-only\`):\n\n${coldOnlyLines.join('\n')}\n\n` : ''}Full build's dist/ by part (goal at 10k: ≤ 450 MB):\n\n${distLines.join('\n')}\n\nPublishing after a small change, caches kept, full build (cards and search; goals: one story ≤ 30 s, a decision of 500 recipients ≤ 45 s):\n\n${publishLines.join('\n')}\n\nSearch (goals: first query ≤ 150 KB, later ≤ 50 KB, ≥ 1,000 pages/s):\n\n${searchLines.join('\n')}\n\nVerification (/xac-minh/, goal: one lookup under 20 KB compressed):\n\n${verifyLines.join('\n')}\n\nShare images (${og.images} generated cards, load average ${og.loadAverage.join(' → ')}): cold ${og.cold.medianMs} ms median, ${og.cold.p95Ms} ms p95 per image (CPU ${og.cold.cpuMedianMs} / ${og.cold.cpuP95Ms} ms); ${og.pool.workers} worker threads ${og.pool.msPerImage} ms per image (CPU busy ${og.pool.cpuBusy}×, spinning threads got ${og.pool.spinBusy}×); cache hit ${og.cache.msPerHit} ms; ${Math.round(og.pngBytesMean / 1024)} KB per PNG.\n\nImport (\`npm run import\`, a new process, of a ${annexImport.rows}-row annex with title block, merged headers, sections and signature; goal under 5 s): ${annexImport.runsMs.join(', ')} ms, median **${annexImport.medianMs} ms = ${annexImport.rowsPerSecond} rows/s**.\n\nThe same annex in the editor's annex field (Chromium, from the file's bytes to the report): ${annexField.runsMs.join(', ')} ms, median **${annexField.medianMs} ms**. Its files (/admin/nhap/, compressed): ${Object.entries(
    annexField.files,
  )
    .map(([name, size]) => `${name} ${(size.gzipBytes / 1024).toFixed(0)} KB`)
    .join(
      ', ',
    )}.\n\nMigration (goal: 1,000 saved pages in under a minute): ${migration.pages} pages in ${migration.wallMs} ms = **${migration.pagesPerSecond} pages/s**, ${migration.storiesWritten} stories written.\n`,
);
// Formatted as the repository is, so a committed run passes CI's prettier check as written.
for (const file of ['docs/benchmark.json', 'docs/benchmark.md']) {
  const path = join(ROOT, file);
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(readFileSync(path, 'utf8'), { ...options, filepath: path }));
}
console.log('\nwritten docs/benchmark.json and docs/benchmark.md');
