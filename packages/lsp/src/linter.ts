/**
 * Where core runs. By default in a worker thread: the protocol thread never loads core, so it
 * answers `initialize` at once and stays responsive while a long document is linted; a lint
 * that runs away is stopped by restarting the worker, not the server; and the worker's heap
 * gets a young generation sized for core's many short-lived objects, which cuts the time spent
 * collecting garbage on long documents. Without a worker, the same service runs inline.
 */
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { Finding } from '@tactful/core';
import type { LintOperations, LintRequest, LintResponse, WorkerRequest, WorkerResponse } from './lint-service.js';

export interface Linter extends LintOperations {
  dispose(): void;
}

const WORKER_ROLE = 'tactful-lint-worker';
/** A request that takes longer than this is stopped (the worker is restarted) and reported. */
export const LINT_TIMEOUT_MS = 30_000;

/** True in the lint worker's thread. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The service module, loaded on first use (the bundle keeps it, and core, lazy). */
function loadService(): typeof import('./lint-service.js') {
  return require('./lint-service.js') as typeof import('./lint-service.js');
}

/** Starts the worker's side when this thread is the lint worker. */
export function runLintWorkerIfWorker(): boolean {
  if (!isLintWorker()) return false;
  loadService().runLintWorker();
  return true;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class WorkerLinter implements Linter {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;
  /** Calls that set state in the worker, replayed when a new worker starts. */
  private configMaxAge: number | undefined;

  constructor(
    private readonly entry: URL,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts the worker now, so that it loads core while the client initializes. */
  start(): void {
    this.ensureWorker();
  }

  lint(request: LintRequest): Promise<LintResponse> {
    return this.call('lint', [request], `linting ${request.fileName}`) as Promise<LintResponse>;
  }

  fixAll(text: string, findings: Finding[]): Promise<string> {
    return this.call('fixAll', [text, findings], 'fixing') as Promise<string>;
  }

  validateRules(rules: unknown): Promise<string[]> {
    return this.call('validateRules', [rules], 'checking settings') as Promise<string[]>;
  }

  invalidateConfig(changedFiles?: string[]): Promise<void> {
    return this.call('invalidateConfig', changedFiles ? [changedFiles] : [], 'reloading config') as Promise<void>;
  }

  setConfigMaxAge(ms: number): Promise<void> {
    this.configMaxAge = ms;
    return this.call('setConfigMaxAge', [ms], 'configuring') as Promise<void>;
  }

  describe(): Promise<string> {
    return this.call('describe', [], 'describing') as Promise<string>;
  }

  dispose(): void {
    this.disposed = true;
    this.failAll(new Error('the linter is stopped'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private call(method: WorkerRequest['method'], args: unknown[], what: string): Promise<unknown> {
    if (this.disposed) return Promise.reject(new Error('the linter is stopped'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => this.restart(`${what} took more than ${LINT_TIMEOUT_MS / 1000} s and was stopped`), LINT_TIMEOUT_MS);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, method, args } satisfies WorkerRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, {
      workerData: { role: WORKER_ROLE },
      // Core allocates many short-lived objects: a larger young generation means fewer
      // collections. The old-generation cap turns a runaway lint into a worker restart
      // instead of the whole server running out of memory.
      resourceLimits: { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 2048 },
      // Standard output is the protocol channel: whatever the worker prints goes to standard error.
      stdout: true,
      stderr: false,
    });
    worker.stdout.pipe(process.stderr, { end: false });
    worker.unref();
    worker.on('message', (response: WorkerResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      clearTimeout(pending.timer);
      if ('error' in response) pending.reject(new Error(response.error));
      else pending.resolve(response.result);
    });
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.log(`Tactful: the lint worker failed: ${error.stack ?? error.message}`);
      this.failAll(new Error(`the lint worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (!this.disposed) this.failAll(new Error(`the lint worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    if (this.configMaxAge !== undefined) {
      const id = this.nextId++;
      worker.postMessage({ id, method: 'setConfigMaxAge', args: [this.configMaxAge] } satisfies WorkerRequest);
    }
    return worker;
  }

  private restart(reason: string): void {
    this.log(`Tactful: ${reason}; restarting the lint worker.`);
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error(reason));
    void worker?.terminate();
  }

  private failAll(error: Error): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }
}

/** Runs the service on the protocol thread (`--no-worker`, or when no worker can start). */
export class InlineLinter implements Linter {
  private service: LintOperations | undefined;

  private get ops(): LintOperations {
    this.service ??= new (loadService().LintService)();
    return this.service;
  }

  lint(request: LintRequest): Promise<LintResponse> {
    return this.ops.lint(request);
  }

  fixAll(text: string, findings: Finding[]): Promise<string> {
    return this.ops.fixAll(text, findings);
  }

  validateRules(rules: unknown): Promise<string[]> {
    return this.ops.validateRules(rules);
  }

  invalidateConfig(changedFiles?: string[]): Promise<void> {
    return this.ops.invalidateConfig(changedFiles);
  }

  setConfigMaxAge(ms: number): Promise<void> {
    return this.ops.setConfigMaxAge(ms);
  }

  describe(): Promise<string> {
    return this.ops.describe();
  }

  dispose(): void {}
}
