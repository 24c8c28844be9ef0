/** The worker pool: every job answered, in parallel on as many workers as asked, failures reported per job. */
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/og/pool.ts';

const SCRIPT = new URL('../fixtures/og/echo-worker.mjs', import.meta.url);

interface Job {
  value: number;
  ms: number;
  fail?: boolean;
}

describe('WorkerPool', () => {
  it('answers every job, spread over its workers', async () => {
    const pool = new WorkerPool<Job, { value: number; threadId: number }>(SCRIPT, 2);
    try {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run({ value: i, ms: 5 })));
      expect(results.map((r) => r.value)).toEqual(Array.from({ length: 12 }, (_, i) => i * 2));
      expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('rejects a failed job and keeps answering the others', async () => {
    const pool = new WorkerPool<Job, { value: number }>(SCRIPT, 1);
    try {
      const [ok, failed, after] = await Promise.allSettled([
        pool.run({ value: 1, ms: 0 }),
        pool.run({ value: 2, ms: 0, fail: true }),
        pool.run({ value: 3, ms: 0 }),
      ]);
      expect(ok).toMatchObject({ status: 'fulfilled', value: { value: 2 } });
      expect(failed).toMatchObject({ status: 'rejected', reason: new Error('failed 2') });
      expect(after).toMatchObject({ status: 'fulfilled', value: { value: 6 } });
    } finally {
      await pool.close();
    }
  });
});
