/**
 * Phase timestamps for the benchmark. Written only when BANG_VANG_TIMINGS names a file, so an
 * ordinary build writes nothing.
 */
import { writeFileSync } from 'node:fs';

const marks: Record<string, number> = {};

export function recordPhase(name: string): void {
  const file = process.env['BANG_VANG_TIMINGS'];
  if (!file) return;
  marks[name] = performance.now();
  writeFileSync(file, JSON.stringify(marks));
}
