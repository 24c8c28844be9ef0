/**
 * Share-image benchmark: N generated cards (stories, decisions, units, clusters, exemplars with
 * titles of 30–200 characters full of Vietnamese marks), drawn
 *   - cold, one at a time on one thread: ms per image (median, p95), after 5 warm-up cards
 *     (the first card of a thread also loads satori's WebAssembly and the fonts: reported apart);
 *   - through the build's renderer (worker threads, one per core, fresh cache, timed once the
 *     workers have started): wall ms per image
 *     and how many cores were busy (worker CPU time ÷ wall time), beside what as many threads
 *     that only spin get just before (on a shared machine that is less than the core count);
 *   - from the cache (what a second build does): ms per hit, key + lookup + reading the PNG.
 * `npx node scripts/bench/og.ts [count]` prints the result; scripts/bench/run.ts records it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { CardModel, CardSite } from '../../src/og/cards.ts';
import { renderCard } from '../../src/og/render.ts';
import { ShareImageService } from '../../src/og/service.ts';

export interface OgBenchResult {
  images: number;
  /** Load average (1 min) before and after: on a shared machine wall times grow with it, CPU times do not. */
  loadAverage: [number, number];
  cold: {
    firstMs: number;
    medianMs: number;
    p95Ms: number;
    meanMs: number;
    /** CPU time of the drawing thread per image: what an idle core would take. */
    cpuMedianMs: number;
    cpuP95Ms: number;
  };
  pool: {
    workers: number;
    wallMs: number;
    msPerImage: number;
    /** CPU time of the drawing threads ÷ wall time: 2 when both cores draw all the time. */
    cpuBusy: number;
    /** The same ratio for as many threads doing nothing but spin, just before: what the machine gave. */
    spinBusy: number;
    /** Starting the workers and drawing their first two cards each (not in wallMs). */
    startupMs: number;
  };
  cache: { msPerHit: number };
  pngBytesMean: number;
}

const WORDS = [
  'Hội nghị',
  'tổng kết',
  'công tác',
  'thi đua',
  'khen thưởng',
  'năm 2025',
  'phát động',
  'phong trào',
  'Đặng Thị Ngọc Thịnh',
  'điển hình tiên tiến',
  'Ủy ban nhân dân',
  'tỉnh Ninh Bình',
  'phường Đông A',
  'xây dựng nông thôn mới',
  'chuyển đổi số',
  'Huân chương Lao động hạng Ba',
  'Cờ thi đua của Chính phủ',
  'biểu dương',
  'những tấm gương',
  'ký kết giao ước',
  'Cụm Thi đua số 1',
  'đổi mới sáng tạo',
  'Bằng khen của Thủ tướng',
  'xóa nhà tạm, nhà dột nát',
  'Ặ Ệ Ỗ ướt ượt',
];

/** A small deterministic generator (mulberry32), so every run draws the same cards. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCards(count: number, seed = 6): CardModel[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const phrase = (min: number, max: number) => {
    const length = min + Math.floor(next() * (max - min));
    let text = pick(WORDS);
    while (text.length < length) text += ` ${pick(WORDS)}`;
    return text.slice(0, max).trim();
  };
  const site: CardSite = { name: 'Bảng Vàng', host: 'bangvang.example.vn', demoLabel: 'Dữ liệu mẫu' };
  const figures = () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      value: String(1 + Math.floor(next() * 900)),
      label: pick(['quyết định', 'lượt khen thưởng', 'tin bài', 'cá nhân', 'tập thể']),
    }));
  return Array.from({ length: count }, (_, index): CardModel => {
    const kind = index % 10;
    if (kind < 6) {
      return {
        kind: 'story',
        site,
        section: 'Tin tức',
        category: pick(['Hội nghị', 'Tổng kết', 'Khen thưởng', 'Phát động thi đua']),
        title: `${phrase(30, 200)} (${index})`,
        date: `Thứ Tư, ${String(1 + (index % 28)).padStart(2, '0')}/01/2026`,
      };
    }
    if (kind < 8) {
      return {
        kind: 'decision',
        site,
        section: 'Khen thưởng',
        kicker: 'Quyết định khen thưởng',
        award: phrase(20, 80),
        number: `Số ${index}/QĐ-UBND`,
        issuer: 'Chủ tịch Ủy ban nhân dân tỉnh — Tỉnh Ninh Bình',
        figures: figures(),
        signed: 'Ký ngày 15/01/2026',
      };
    }
    if (kind === 8) {
      return {
        kind: 'exemplar',
        site,
        section: 'Điển hình tiên tiến',
        kicker: 'Cá nhân · 2025',
        name: `${phrase(12, 40)} ${index}`,
        position: phrase(20, 80),
        unit: 'Phường Đông A',
      };
    }
    return {
      kind: index % 20 === 9 ? 'unit' : 'cluster',
      site,
      section: 'Đơn vị',
      kicker: 'Phường',
      name: `${phrase(10, 60)} ${index}`,
      line: phrase(20, 90),
      figures: figures(),
    };
  });
}

/** Cores that `threads` busy-looping worker threads get for `ms`: 2 on an idle 2-core machine, less when shared. */
async function spinBusy(threads: number, ms = 2000): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads');
    parentPort.once('message', (ms) => {
      const start = process.threadCpuUsage();
      const end = performance.now() + ms;
      let x = 0;
      while (performance.now() < end) x += Math.sqrt(x + 1);
      const used = process.threadCpuUsage(start);
      parentPort.postMessage((used.user + used.system) / 1000);
    });`;
  const cpu = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(code, { eval: true });
          worker.once('message', (used: number) => {
            void worker.terminate();
            resolve(used);
          });
          worker.once('error', reject);
          worker.postMessage(ms);
        }),
    ),
  );
  return cpu.reduce((a, b) => a + b, 0) / ms;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

const round = (value: number, digits = 2) => +value.toFixed(digits);

export async function benchOg(count = 1000): Promise<OgBenchResult> {
  const cards = generateCards(count);
  const loadBefore = loadavg()[0] as number;

  // Cold, one thread: every card drawn from scratch.
  let started = performance.now();
  await renderCard(cards[0] as CardModel);
  const firstMs = performance.now() - started;
  for (const card of cards.slice(1, 6)) await renderCard(card);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let bytes = 0;
  for (const card of cards) {
    const cpu = process.threadCpuUsage();
    started = performance.now();
    const png = await renderCard(card);
    times.push(performance.now() - started);
    const used = process.threadCpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    bytes += png.byteLength;
    // Untimed: let resvg's native memory be freed, as the worker does (see src/og/worker.ts).
    await setImmediate();
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  // The build's renderer on every core, then the same cards again from its cache.
  const dir = mkdtempSync(join(tmpdir(), 'bang-vang-og-bench-'));
  try {
    const workers = availableParallelism();
    const spin = await spinBusy(workers);
    const drawing = new ShareImageService({ cacheDir: dir, workers });
    // Start the workers (each loads satori and the fonts once, ~0.3 s) before timing the steady state.
    started = performance.now();
    await Promise.all(generateCards(workers * 2, 7).map((card) => drawing.file(card)));
    const startupMs = performance.now() - started;
    const cpuBefore = drawing.stats().cpuMs;
    started = performance.now();
    drawing.prefetch(cards);
    await Promise.all(cards.map((card) => drawing.file(card)));
    const wallMs = performance.now() - started;
    const stats = drawing.stats();
    await drawing.close();

    const reading = new ShareImageService({ cacheDir: dir, workers });
    started = performance.now();
    for (const card of cards) readFileSync(await reading.file(card));
    const hitMs = (performance.now() - started) / count;
    if (reading.stats().reused !== count) throw new Error('cache bench: not every card was a hit');
    await reading.close();

    return {
      images: count,
      loadAverage: [round(loadBefore), round(loadavg()[0] as number)],
      cold: {
        firstMs: round(firstMs, 1),
        medianMs: round(percentile(times, 0.5)),
        p95Ms: round(percentile(times, 0.95)),
        meanMs: round(times.reduce((a, b) => a + b, 0) / count),
        cpuMedianMs: round(percentile(cpuTimes, 0.5)),
        cpuP95Ms: round(percentile(cpuTimes, 0.95)),
      },
      pool: {
        workers: stats.workers,
        wallMs: Math.round(wallMs),
        msPerImage: round(wallMs / count),
        cpuBusy: round((stats.cpuMs - cpuBefore) / wallMs),
        spinBusy: round(spin),
        startupMs: Math.round(startupMs),
      },
      cache: { msPerHit: round(hitMs, 3) },
      pngBytesMean: Math.round(bytes / count),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 1000);
  console.log(JSON.stringify(await benchOg(count), null, 2));
}
