// One print queue per printer. The caller never waits for paper: enqueue answers at
// once with a job, and events tell how it goes. Jobs are files in a folder
// (queue-files.ts), so a restart picks up what was not printed yet. Jobs go out one
// at a time in the order they came; a printer that fails is retried with exponential
// back-off (capped), a job that keeps failing is kept as `failed` until someone
// retries it, and a job key makes the same ticket print once unless reprinted.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { JobFiles } from './queue-files';
import { encodeRaster, type Cut } from './escpos';
import type { Layout } from './layout';
import type { FailureReason, Printer } from './printer';
import { renderLayout } from './render';
import { blocksPrinting, type PrinterStatus } from './status';
import { printerText } from './strings';

export type JobState = 'queued' | 'printing' | 'waiting' | 'printed' | 'failed' | 'cancelled';

export interface PrintJob {
  id: string;
  /** The caller's idempotency key (e.g. the ticket id). */
  key?: string;
  /** For people reading a job list, e.g. «نوبت ب-۱۲۳». */
  title?: string;
  state: JobState;
  /** Every try to send it. */
  attempts: number;
  /** Tries in a row that failed on the link (what `maxAttempts` limits). */
  linkFailures: number;
  /** Order of arrival (jobs print in this order). */
  seq: number;
  createdAt: number;
  updatedAt: number;
  /** When a `waiting` job is tried again (epoch ms). */
  nextAttemptAt?: number;
  lastError?: { reason: FailureReason; message: string; detail: string };
  printedAt?: number;
  /** The job this one prints again. */
  reprintOf?: string;
  payload: 'layout' | 'bytes';
}

export type JobInput = { key?: string; title?: string; /** print again even if `key` was printed */ reprint?: boolean } & (
  | { layout: Layout; bytes?: undefined }
  | { bytes: Buffer; layout?: undefined }
);

export interface RetryPolicy {
  /** first back-off (default 1 s), doubled after each failure in a row */
  baseMs: number;
  /** longest back-off (default 30 s) */
  maxMs: number;
  /** link failures in a row before a job is `failed` (default 8; paper-out and cover-open never fail a job) */
  maxAttempts: number;
}

export interface PrintQueueOptions {
  printer: Printer;
  /** The queue's own folder (one per printer). */
  dir: string;
  retry?: Partial<RetryPolicy>;
  /** Check the printer's status this often, so held jobs go out soon after a fault clears (default 5000; 0 = never). */
  pollMs?: number;
  /** How long printed and cancelled jobs are kept (their keys keep blocking duplicates meanwhile). Default 2 days. */
  keepDoneMs?: number;
  cut?: Cut;
  /**
   * Turns a layout into ESC/POS bytes (default: here, on the calling thread). A server
   * passes one that draws on a worker thread, so drawing never holds up its event loop.
   */
  render?: LayoutRenderer;
}

export type LayoutRenderer = (layout: Layout, options: { width: number; cut: Cut }) => Promise<Buffer>;

/** Drawing on this thread: layout → 1-bit raster → ESC/POS strips. */
export const renderHere: LayoutRenderer = async (layout, options) =>
  encodeRaster(renderLayout(layout, { width: options.width }), { cut: options.cut });

export interface EnqueueResult {
  job: PrintJob;
  /** true when `key` was already queued or printed: nothing new was added */
  duplicate: boolean;
}

interface Entry {
  job: PrintJob;
  /** kept in memory until printed; read back from disk after a restart */
  payload?: Layout | Buffer;
  /** the job's files, written one after another */
  saving: Promise<void>;
}

const DONE: ReadonlySet<JobState> = new Set(['printed', 'failed', 'cancelled']);
const PRINTER_SAYS_NO: ReadonlySet<FailureReason> = new Set(['paper-out', 'cover-open', 'error']);

function newId(): string {
  return `${Date.now().toString(36)}-${randomBytes(5).toString('hex')}`;
}

export class PrintQueue extends EventEmitter<{ job: [PrintJob]; status: [PrinterStatus]; error: [Error] }> {
  readonly printer: Printer;
  readonly dir: string;
  private readonly files: JobFiles;
  private readonly retryPolicy: RetryPolicy;
  private readonly keepDoneMs: number;
  private readonly cut: Cut;
  private readonly render: LayoutRenderer;
  private readonly entries = new Map<string, Entry>();
  private readonly byKey = new Map<string, string>();
  /** callers of settled(), by job id */
  private readonly waiters = new Map<string, Array<(job: PrintJob) => void>>();
  private seq = 0;
  /** failures in a row across jobs: the back-off belongs to the printer, not the job */
  private streak = 0;
  private closing = false;
  private worker: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | undefined;
  private lastPrune = 0;
  private readonly onStatus = (s: PrinterStatus) => this.statusChanged(s);

  private constructor(options: PrintQueueOptions) {
    super();
    this.printer = options.printer;
    this.dir = options.dir;
    this.files = new JobFiles(options.dir);
    this.retryPolicy = { baseMs: 1000, maxMs: 30_000, maxAttempts: 8, ...options.retry };
    this.keepDoneMs = options.keepDoneMs ?? 2 * 24 * 3600_000;
    this.cut = options.cut ?? 'partial';
    this.render = options.render ?? renderHere;
  }

  /** Load the folder's jobs and start printing. */
  static async open(options: PrintQueueOptions): Promise<PrintQueue> {
    const queue = new PrintQueue(options);
    await queue.load();
    queue.printer.on('status', queue.onStatus);
    if ((options.pollMs ?? 5000) > 0) queue.printer.startPolling(options.pollMs ?? 5000);
    queue.worker = queue.run();
    return queue;
  }

  // ---- what callers use ----

  /** Add a job; returns at once. With a known `key` (and no `reprint`) returns the existing job. */
  enqueue(input: JobInput): EnqueueResult {
    if (this.closing) throw new Error('print queue is closed');
    if (input.key !== undefined && !input.reprint) {
      const existing = this.jobByKey(input.key);
      if (existing && existing.state !== 'cancelled') return { job: { ...existing }, duplicate: true };
    }
    const previous = input.key !== undefined ? this.jobByKey(input.key) : undefined;
    const payload = input.layout ?? input.bytes;
    const now = Date.now();
    const job: PrintJob = {
      id: newId(),
      ...(input.key !== undefined ? { key: input.key } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.reprint && previous ? { reprintOf: previous.id } : {}),
      state: 'queued',
      attempts: 0,
      linkFailures: 0,
      seq: ++this.seq,
      createdAt: now,
      updatedAt: now,
      payload: input.layout ? 'layout' : 'bytes',
    };
    const entry: Entry = { job, payload, saving: this.files.writePayload(job, payload).then(() => this.files.writeJob(job)) };
    entry.saving = entry.saving.catch((err: unknown) => this.reportError(err));
    this.entries.set(job.id, entry);
    if (job.key !== undefined) this.byKey.set(job.key, job.id);
    this.emit('job', { ...job });
    this.wake();
    return { job: { ...job }, duplicate: false };
  }

  /** Print again (same key, same page) — the explicit way around idempotency. */
  async reprint(idOrKey: string): Promise<EnqueueResult | undefined> {
    const entry = this.entries.get(idOrKey) ?? this.entries.get(this.byKey.get(idOrKey) ?? '');
    if (!entry) return undefined;
    const payload = entry.payload ?? (await this.files.readPayload(entry.job));
    const base = { ...(entry.job.key !== undefined ? { key: entry.job.key } : {}), ...(entry.job.title !== undefined ? { title: entry.job.title } : {}), reprint: true };
    return this.enqueue(Buffer.isBuffer(payload) ? { ...base, bytes: payload } : { ...base, layout: payload });
  }

  /** Try a failed (or waiting) job again now, with a fresh count of attempts. */
  retry(id: string): PrintJob | undefined {
    const entry = this.entries.get(id);
    if (!entry || (entry.job.state !== 'failed' && entry.job.state !== 'waiting')) return undefined;
    this.streak = 0;
    this.change(entry, { state: 'queued', linkFailures: 0, nextAttemptAt: undefined });
    this.wake();
    return { ...entry.job };
  }

  /** Drop a job that has not gone out (queued, waiting or failed). */
  cancel(id: string): PrintJob | undefined {
    const entry = this.entries.get(id);
    if (!entry || !['queued', 'waiting', 'failed'].includes(entry.job.state)) return undefined;
    this.change(entry, { state: 'cancelled', nextAttemptAt: undefined });
    return { ...entry.job };
  }

  get(id: string): PrintJob | undefined {
    const job = this.entries.get(id)?.job;
    return job && { ...job };
  }

  jobByKey(key: string): PrintJob | undefined {
    const id = this.byKey.get(key);
    const job = id ? this.entries.get(id)?.job : undefined;
    return job && { ...job };
  }

  /** Every job kept, in print order. */
  list(): PrintJob[] {
    return [...this.entries.values()].map((e) => ({ ...e.job })).sort((a, b) => a.seq - b.seq);
  }

  /** Resolves when the job is printed, failed or cancelled. */
  settled(id: string): Promise<PrintJob> {
    const job = this.get(id);
    if (!job) return Promise.reject(new Error(`no print job ${id}`));
    if (DONE.has(job.state)) return Promise.resolve(job);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  /** Stop after the job going out now; everything written is on disk when this resolves. */
  async close(): Promise<void> {
    this.closing = true;
    this.printer.off('status', this.onStatus);
    this.printer.stopPolling();
    this.wake();
    await this.worker;
    await Promise.all([...this.entries.values()].map((e) => e.saving));
  }

  // ---- printing ----

  private async run(): Promise<void> {
    while (!this.closing) {
      const entry = this.next();
      if (!entry) {
        await this.sleep(undefined);
        continue;
      }
      const wait = (entry.job.nextAttemptAt ?? 0) - Date.now();
      if (wait > 0) {
        await this.sleep(wait);
        continue;
      }
      await this.printOne(entry);
    }
  }

  private next(): Entry | undefined {
    let best: Entry | undefined;
    for (const e of this.entries.values()) {
      if ((e.job.state === 'queued' || e.job.state === 'waiting') && (!best || e.job.seq < best.job.seq)) best = e;
    }
    return best;
  }

  private async printOne(entry: Entry): Promise<void> {
    // the job is on disk before it can come out of the printer
    await entry.saving;
    this.change(entry, { state: 'printing', attempts: entry.job.attempts + 1 }, false);
    let bytes: Buffer;
    try {
      bytes = await this.bytesOf(entry);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.change(entry, { state: 'failed', lastError: { reason: 'render', message: printerText('failure.render'), detail } });
      return;
    }
    const result = await this.printer.print(bytes);
    if (result.ok) {
      this.streak = 0;
      entry.payload = undefined;
      this.change(entry, { state: 'printed', printedAt: Date.now(), linkFailures: 0, nextAttemptAt: undefined, lastError: undefined });
      void this.prune();
      return;
    }
    this.streak++;
    const lastError = { reason: result.reason, message: result.message, detail: result.detail };
    const printerSaysNo = PRINTER_SAYS_NO.has(result.reason);
    const linkFailures = printerSaysNo ? entry.job.linkFailures : entry.job.linkFailures + 1;
    if (linkFailures >= this.retryPolicy.maxAttempts) {
      this.change(entry, { state: 'failed', linkFailures, lastError, nextAttemptAt: undefined });
    } else {
      const backoff = Math.min(this.retryPolicy.maxMs, this.retryPolicy.baseMs * 2 ** Math.min(this.streak - 1, 30));
      this.change(entry, { state: 'waiting', linkFailures, lastError, nextAttemptAt: Date.now() + backoff });
    }
  }

  private async bytesOf(entry: Entry): Promise<Buffer> {
    const payload = entry.payload ?? (await this.files.readPayload(entry.job));
    if (Buffer.isBuffer(payload)) return payload;
    return this.render(payload, { width: this.printer.width, cut: this.cut });
  }

  /** A printer that is fine again: held jobs go now instead of at their back-off time. */
  private statusChanged(status: PrinterStatus): void {
    this.emit('status', status);
    if (blocksPrinting(status.state)) return;
    let woke = false;
    for (const e of this.entries.values()) {
      if (e.job.state === 'waiting' && e.job.nextAttemptAt !== undefined && e.job.nextAttemptAt > Date.now()) {
        e.job.nextAttemptAt = Date.now();
        woke = true;
      }
    }
    if (woke) {
      this.streak = 0;
      this.wake();
    }
  }

  private sleep(ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      const self = this;
      function done() {
        if (timer) clearTimeout(timer);
        if (self.wakeUp === done) self.wakeUp = undefined;
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private wake(): void {
    this.wakeUp?.();
  }

  // ---- state and files ----

  private change(entry: Entry, patch: Partial<PrintJob>, persist = true): void {
    const job: PrintJob = { ...entry.job, ...patch, updatedAt: Date.now() };
    for (const k of Object.keys(patch) as Array<keyof PrintJob>) if (patch[k] === undefined) delete (job as Partial<PrintJob>)[k];
    entry.job = job;
    if (DONE.has(job.state)) {
      for (const resolve of this.waiters.get(job.id) ?? []) resolve({ ...job });
      this.waiters.delete(job.id);
    }
    if (persist) {
      const snapshot = { ...job };
      entry.saving = entry.saving.then(() => this.files.writeJob(snapshot)).catch((err: unknown) => this.reportError(err));
    }
    this.emit('job', { ...job });
  }

  private async load(): Promise<void> {
    const { jobs, problems } = await this.files.loadAll();
    for (const problem of problems) this.reportError(problem);
    for (const job of jobs) {
      this.entries.set(job.id, { job, saving: Promise.resolve() });
      if (job.key !== undefined) this.byKey.set(job.key, job.id);
      this.seq = Math.max(this.seq, job.seq);
    }
    await this.prune(true);
  }

  /** Forget printed and cancelled jobs past `keepDoneMs` (at most once a minute). */
  private async prune(force = false): Promise<void> {
    const now = Date.now();
    if (!force && now - this.lastPrune < 60_000) return;
    this.lastPrune = now;
    for (const [id, e] of this.entries) {
      if ((e.job.state === 'printed' || e.job.state === 'cancelled') && now - e.job.updatedAt > this.keepDoneMs) {
        this.entries.delete(id);
        if (e.job.key !== undefined && this.byKey.get(e.job.key) === id) this.byKey.delete(e.job.key);
        await e.saving;
        await this.files.remove(e.job);
      }
    }
  }

  private reportError(err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err));
    // an 'error' event without a listener would throw: log instead
    if (this.listenerCount('error') > 0) this.emit('error', error);
    else console.error('print queue:', error);
  }
}
