/**
 * A small pool of worker threads (node:worker_threads, no dependency): jobs queue up and each
 * idle worker takes the next. Workers start on the first job, so a dev server that never serves
 * a card never starts one; an idle worker does not keep the process alive.
 */
import { Worker } from 'node:worker_threads';

interface Job<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

type Reply<Out> = { ok: true; output: Out } | { ok: false; error: string };

export class WorkerPool<In, Out> {
  private readonly queue: Job<In, Out>[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job<In, Out>>();
  private started = 0;
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
    this.started++;
    worker.on('message', (reply: Reply<Out>) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job) {
        if (reply.ok) job.resolve(reply.output);
        else job.reject(new Error(reply.error));
      }
      this.idle.push(worker);
      worker.unref();
      this.pump();
    });
    worker.on('error', (error) => {
      // A crashed worker fails its job and is replaced on the next one.
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.started--;
      job?.reject(error);
      this.pump();
    });
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Job<In, Out>;
      this.busy.set(worker, job);
      // Keep the process alive while a job runs: Astro is awaiting it.
      worker.ref();
      worker.postMessage(job.input);
    }
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
    this.started = 0;
  }
}
