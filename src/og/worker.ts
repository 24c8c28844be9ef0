/**
 * A render thread: receives a card (portrait already embedded) and the cache file to write,
 * draws it, writes the PNG and replies with the time it took and the CPU time this thread used
 * since its previous reply (process.threadCpuUsage), which is how the build shows that every
 * core was drawing.
 */
import { setImmediate } from 'node:timers/promises';
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { Reply } from './pool.ts';
import { CardCache } from './cache.ts';
import type { CardModel } from './cards.ts';
import { renderCard } from './render.ts';

export interface RenderJob {
  card: CardModel;
  cacheDir: string;
  key: string;
}

export interface RenderResult {
  ms: number;
  cpuMs: number;
}

const port = parentPort;
if (!port) throw new Error('src/og/worker.ts runs as a worker thread');

// Jobs are drawn one after another in the order they came (the pool sends the next one early).
let previous: Promise<void> = Promise.resolve();
port.on('message', (job: RenderJob) => {
  previous = previous.then(() => draw(job));
});

/** CPU time of this thread when the last reply was sent: a card's CPU time includes freeing the one before. */
let lastCpu = process.threadCpuUsage();

async function draw(job: RenderJob): Promise<void> {
  const started = performance.now();
  let reply: Reply<RenderResult>;
  try {
    const png = await renderCard(job.card);
    new CardCache(job.cacheDir).write(job.key, png);
    const used = process.threadCpuUsage(lastCpu);
    lastCpu = process.threadCpuUsage();
    reply = { ok: true, output: { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 } };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  (port as MessagePort).postMessage(reply);
  // Let the event loop turn before the next card. resvg keeps each rendered image (~6 MB) in
  // native memory that is freed by a finaliser, and finalisers only run between event-loop
  // turns: drawing card after card in one turn grew the worker by 6 MB a card (3.7 GB peak for
  // 1,359 cards); with this pause it stays near 300 MB.
  await setImmediate();
}
