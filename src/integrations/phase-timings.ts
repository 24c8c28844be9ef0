/**
 * Phase timestamps for the benchmark, with the peak memory of each phase (the span since the
 * mark before) so that a build over its memory goal says which phase holds it. Written only when
 * BANG_VANG_TIMINGS names a file, so an ordinary build writes nothing and samples nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Peak memory (MB: rssMb, heapUsedMb, heapTotalMb, externalMb) of the phase ending at each mark. */
export type PhaseMemory = Record<string, Record<string, number>>;

const marks: Record<string, number> = {};
/**
 * Peaks of the phase that ended at each mark, MB: RSS, V8's heap in use (live objects and garbage
 * not yet collected) and reserved, and memory outside it (Buffers, native libraries).
 */
const memory: PhaseMemory = {};
const FIELDS = ['rss', 'heapUsed', 'heapTotal', 'external'] as const;
const peak: Record<(typeof FIELDS)[number], number> = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0 };
/** Often enough to catch a phase's peak, rarely enough to cost nothing measurable. */
const SAMPLE_MS = 250;
let sampler: NodeJS.Timeout | undefined;

function sample(): void {
  const usage = process.memoryUsage();
  for (const field of FIELDS) peak[field] = Math.max(peak[field], usage[field]);
}

export function recordPhase(name: string): void {
  const file = process.env['BANG_VANG_TIMINGS'];
  if (!file) return;
  sampler ??= setInterval(sample, SAMPLE_MS).unref();
  sample();
  marks[name] = performance.now();
  memory[name] = Object.fromEntries(FIELDS.map((field) => [`${field}Mb`, Math.round(peak[field] / 2 ** 20)]));
  for (const field of FIELDS) peak[field] = 0;
  writeFileSync(file, JSON.stringify({ ...marks, memory }));
}

/** What a build wrote to BANG_VANG_TIMINGS: each mark's time (ms since the process began) and each phase's memory. */
export function readPhaseTimings(file: string): { marks: Record<string, number>; memory: PhaseMemory | undefined } {
  const { memory, ...marks } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number> & {
    memory?: PhaseMemory;
  };
  return { marks, memory };
}
