/**
 * A render thread: receives a card (portrait already embedded) and the cache file to write,
 * draws it, writes the PNG and replies with the time it took and the CPU time this thread used
 * (process.threadCpuUsage), which is how the build shows that every core was drawing.
 */
import { parentPort } from 'node:worker_threads';
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

port.on('message', async (job: RenderJob) => {
  const started = performance.now();
  const cpu = process.threadCpuUsage();
  try {
    const png = await renderCard(job.card);
    new CardCache(job.cacheDir).write(job.key, png);
    const used = process.threadCpuUsage(cpu);
    const output: RenderResult = { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
    port.postMessage({ ok: true, output });
  } catch (error) {
    port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
