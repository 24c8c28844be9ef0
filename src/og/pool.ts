/**
 * A small pool of worker threads (node:worker_threads, no dependency). Each worker holds up to
 * two jobs: the one it draws and the next, so it never waits for the main thread between cards
 * (on a busy machine the main thread can take milliseconds to be scheduled). Workers start on
 * the first job, so a dev server that never serves a card never starts one, and an idle worker
 * does not keep the process alive.
 */
import { Worker } from 'node:worker_threads';

interface Job<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

/** What a worker script posts back for each job, in the order it received them. */
export type Reply<Out> = { ok: true; output: Out } | { ok: false; error: string };

/** Jobs sent to one worker ahead of its replies. */
const DEPTH = 2;

export class WorkerPool<In, Out> {
  private readonly queue: Job<In, Out>[] = [];
  /** Each worker with the jobs it holds, oldest first (replies come back in that order). */
  private readonly workers = new Map<Worker, Job<In, Out>[]>();
  private readonly script: URL;
  readonly size: number;

  constructor(script: URL, size: number) {
    this.script = script;
    this.size = Math.max(1, size);
  }

  run(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    const held: Job<In, Out>[] = [];
    this.workers.set(worker, held);
    worker.on('message', (reply: Reply<Out>) => {
      const job = held.shift();
      if (job) {
        if (reply.ok) job.resolve(reply.output);
        else job.reject(new Error(reply.error));
      }
      if (held.length === 0) worker.unref();
      this.pump();
    });
    worker.on('error', (error) => {
      // A crashed worker fails the jobs it held and is replaced on the next job.
      this.workers.delete(worker);
      for (const job of held.splice(0)) job.reject(error);
      this.pump();
    });
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let target: Worker | undefined;
      let least = DEPTH;
      for (const [worker, held] of this.workers) {
        if (held.length < least) {
          least = held.length;
          target = worker;
        }
      }
      // Start another worker rather than give a second job to a busy one.
      if ((!target || least > 0) && this.workers.size < this.size) target = this.spawn();
      if (!target) return;
      const job = this.queue.shift() as Job<In, Out>;
      (this.workers.get(target) as Job<In, Out>[]).push(job);
      // Keep the process alive while a job runs: Astro is awaiting it.
      target.ref();
      target.postMessage(job.input);
    }
  }

  async close(): Promise<void> {
    const workers = [...this.workers.keys()];
    this.workers.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
