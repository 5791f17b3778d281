// The report worker: one worker_thread, one report at a time, the rest queued. A year
// of a busy office takes seconds of CPU; on the server's own thread that would hold up
// every kiosk and counter for as long, so reports run here, on another core, at a lower
// priority (worker-entry.ts). Run on the server's thread in 8 ms slices instead, kiosks
// still suffer: the report's garbage collections pause that thread too. Measured with
// bench/reports.ts (2 vCPUs, other load on the machine), kiosks issuing 50 tickets/s
// while a year's report ran in the server: p99 34 ms on the worker, 303 ms (max 422 ms)
// in slices, 21 ms with no report.
//
// How the worker is started, whatever runs the server:
//   1. `reports-worker.js` next to this module: a bundle built for it (add
//      `src/reports/worker-entry.ts` → `dist/reports-worker.js` to server/build.mjs).
//   2. `worker-entry.ts` next to this module (tests, benches, `node --import tsx`), or
//      `../src/reports/worker-entry.ts` next to the bundle (`npm start` in a checkout):
//      the worker registers tsx (a server dependency) and imports the TypeScript.
//   3. Neither: the caller runs the report on its own thread in slices (run.ts).
// A worker started with `eval` source of the whole engine, or the server bundle itself
// as the worker, would not work: the bundle's entry starts a server.
import type { Worker } from 'node:worker_threads';
import { findWorker, startWorker, type WorkerLaunch } from '../workers';
import type { ReportProgress, ReportRequest, ReportResult } from '../../../common/src/reports/types';
import type { ComputeOptions } from './compute';
import { ReportCancelled, type JournalSource } from './reader';

/** The worker thread could not be started or could not load the engine. */
export class ReportWorkerUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportWorkerUnavailable';
  }
}

/** What the worker gets: everything but callbacks and the abort signal (plain data: folders, not DaySources). */
export type WorkerOptions = Omit<ComputeOptions, 'signal' | 'onProgress' | 'ranIn' | 'sliceMs' | 'journals'> & { journals: JournalSource[] };

/** `O`: what a run needs besides the request (the central desk's worker takes offices, not folders). */
export type ToWorker<O = WorkerOptions> = { type: 'run'; id: number; request: ReportRequest; options: O } | { type: 'cancel'; id: number };
export type FromWorker =
  | { type: 'ready' }
  /** The worker could not load the engine. */
  | { type: 'broken'; message: string }
  | { type: 'progress'; id: number; progress: ReportProgress }
  | { type: 'done'; id: number; result: ReportResult }
  | { type: 'failed'; id: number; message: string; cancelled: boolean };

interface Job<O> {
  id: number;
  request: ReportRequest;
  options: O;
  onProgress?: (p: ReportProgress) => void;
  resolve: (r: ReportResult) => void;
  reject: (err: unknown) => void;
}

/** How to start the worker here, or undefined when it cannot be (see the top of this file). */
export function workerLaunch(): WorkerLaunch | undefined {
  return findWorker(import.meta.url, './reports-worker.js', ['./worker-entry.ts', '../src/reports/worker-entry.ts']);
}

const startReportWorker = (launch: WorkerLaunch): Worker => startWorker(launch, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });

export class ReportWorkerPool<O = WorkerOptions> {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly queue: Job<O>[] = [];
  private current: Job<O> | undefined;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly launch: WorkerLaunch,
    /** The worker is stopped after this long without work (its memory goes back). */
    private readonly idleMs = 30_000,
  ) {}

  /** Queue a report; resolves with its result, rejects with ReportCancelled when `signal` aborts. */
  run(request: ReportRequest, options: O, hooks: { onProgress?: (p: ReportProgress) => void; signal?: AbortSignal } = {}): Promise<ReportResult> {
    return new Promise<ReportResult>((resolve, reject) => {
      if (hooks.signal?.aborted) return reject(new ReportCancelled());
      const job: Job<O> = { id: this.nextId++, request, options, onProgress: hooks.onProgress, resolve, reject };
      hooks.signal?.addEventListener('abort', () => this.cancel(job), { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Reports waiting behind the one running. */
  get waiting(): number {
    return this.queue.length;
  }

  private cancel(job: Job<O>): void {
    const i = this.queue.indexOf(job);
    if (i >= 0) {
      this.queue.splice(i, 1);
      job.reject(new ReportCancelled());
    } else if (this.current === job) {
      this.worker?.postMessage({ type: 'cancel', id: job.id } satisfies ToWorker<O>);
    }
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    clearTimeout(this.idleTimer);
    const job = (this.current = this.queue.shift()!);
    void this.ensureWorker().then(
      () => {
        // a running report keeps the process alive; an idle worker does not
        this.worker!.ref();
        this.worker!.postMessage({ type: 'run', id: job.id, request: job.request, options: job.options } satisfies ToWorker<O>);
      },
      (err: unknown) => this.finish(job, () => job.reject(err)),
    );
  }

  private ensureWorker(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = startReportWorker(this.launch);
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onEarlyError = (err: unknown) => reject(new ReportWorkerUnavailable(String(err)));
      worker.once('error', onEarlyError);
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          worker.off('error', onEarlyError);
          resolve();
        } else if (m.type === 'broken') {
          reject(new ReportWorkerUnavailable(`report worker did not start: ${m.message}`));
          void worker.terminate();
        } else this.onMessage(m);
      });
    });
    worker.on('error', (err) => this.onWorkerGone(worker, err));
    worker.on('exit', (code) => this.onWorkerGone(worker, new Error(`report worker exited (${code})`)));
    // referenced while it has work (starting counts); finish() lets an idle one go
    return this.ready;
  }

  private onMessage(m: FromWorker): void {
    const job = this.current;
    if (!job || m.type === 'ready' || m.type === 'broken' || m.id !== job.id) return;
    if (m.type === 'progress') job.onProgress?.(m.progress);
    else if (m.type === 'done') this.finish(job, () => job.resolve(m.result));
    else this.finish(job, () => job.reject(m.cancelled ? new ReportCancelled() : new Error(m.message)));
  }

  private onWorkerGone(worker: Worker, err: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = undefined;
    const job = this.current;
    if (job) this.finish(job, () => job.reject(err));
  }

  private finish(job: Job<O>, settle: () => void): void {
    if (this.current === job) this.current = undefined;
    settle();
    if (this.queue.length) this.pump();
    else {
      this.worker?.unref();
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.stop(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  /** Stop the worker (queued reports are rejected). */
  async stop(): Promise<void> {
    clearTimeout(this.idleTimer);
    for (const job of this.queue.splice(0)) job.reject(new ReportCancelled());
    const running = this.current;
    this.current = undefined;
    running?.reject(new ReportCancelled());
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }
}
