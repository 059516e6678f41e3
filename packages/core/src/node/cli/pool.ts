/**
 * Runs units on worker threads (one per core) or on the main thread, and hands results back
 * in the order the units were given, a bounded number at a time.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processUnit, type Unit, type UnitResult } from './unit.js';

export interface Runner {
  run(unit: Unit): Promise<UnitResult[]>;
  close(): Promise<void>;
  readonly threads: number;
}

/** Runs everything on the calling thread. */
export function inlineRunner(): Runner {
  return { run: processUnit, close: async () => undefined, threads: 1 };
}

interface Job {
  unit: Unit;
  resolve(results: UnitResult[]): void;
  reject(error: Error): void;
}

/** A pool of worker threads, each running `script` (the CLI bundle) in worker mode. */
export function workerRunner(script: URL, threads = availableParallelism()): Runner {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const workers: Worker[] = [];
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      busy.set(worker, job);
      worker.postMessage(job.unit);
    }
  };
  for (let i = 0; i < threads; i++) {
    const worker = new Worker(script, { workerData: { tactfulWorker: true }, stdout: false, stderr: false });
    worker.on('message', (message: { results?: UnitResult[]; error?: string }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) {
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.results ?? []);
      }
      dispatch();
    });
    worker.on('error', (error) => {
      failure = error;
      const job = busy.get(worker);
      busy.delete(worker);
      job?.reject(error);
      for (const waiting of queue.splice(0)) waiting.reject(error);
    });
    workers.push(worker);
    idle.push(worker);
  }
  return {
    threads,
    run(unit) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ unit, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The worker side: process units until the pool terminates the thread. */
export function serveWorker(port: import('node:worker_threads').MessagePort): void {
  port.on('message', (unit: Unit) => {
    processUnit(unit).then(
      (results) => port.postMessage({ results }),
      (error: unknown) => port.postMessage({ error: (error as Error).stack ?? String(error) }),
    );
  });
}
