// runReport: what the HTTP layer calls. The request is checked here (a bad period is
// the caller's error, not the worker's), then the report runs on the report worker
// (pool.ts): one report at a time, the others queued, progress reported as files are
// read, cancellable. Where no worker can be started it runs on this thread instead,
// giving the event loop back every few milliseconds so kiosks and counters still get
// their answers in between (slower, and it shares the core: see bench/reports.ts).
import type { Unit } from '@desk/common';
import { resolvePeriod } from '../../../common/src/reports/period';
import { ReportRequestSchema, type ReportProgress, type ReportRequest, type ReportResult } from '../../../common/src/reports/types';
import { computeReport } from './compute';
import { ReportWorkerPool, ReportWorkerUnavailable, workerLaunch } from './pool';
import { loadCatalogSeed } from './seed';
import { officeJournals } from './sources';

export interface RunReportOptions {
  /** The office's data folder (DESK_DATA_DIR): office.json and journal/. */
  dataDir: string;
  /** The e-desk's units and step titles, when not the published catalogues in `<dataDir>/cases`. */
  units?: Unit[];
  stepTitles?: Record<string, string>;
  onProgress?: (p: ReportProgress) => void;
  signal?: AbortSignal;
  /** 'worker' (default; falls back to 'inline' when no worker can be started) or 'inline'. */
  runIn?: 'worker' | 'inline';
  /** Now, for "open at period end" when the period is not over (ISO; default: the clock). */
  now?: string;
  /** See ComputeOptions.historyDays. */
  historyDays?: number;
}

/** Work per slice on the calling thread before giving the event loop back (inline mode). */
const INLINE_SLICE_MS = 8;

let pool: ReportWorkerPool | undefined;
let unavailable = false;

function sharedPool(): ReportWorkerPool | undefined {
  if (pool || unavailable) return pool;
  const launch = workerLaunch();
  if (!launch) {
    noWorker('no report worker found');
    return undefined;
  }
  return (pool = new ReportWorkerPool(launch));
}

function noWorker(why: string): void {
  if (!unavailable) console.warn(`reports: ${why}; reports run on the server thread in slices`);
  unavailable = true;
  pool = undefined;
}

/** Stop the report worker (server shutdown, tests). */
export async function stopReportWorker(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.stop();
}

/**
 * Compute a report from the office's journal. Throws a ZodError or RangeError at once
 * for a malformed request or an impossible period; rejects with ReportCancelled when
 * `signal` aborts.
 */
export async function runReport(request: ReportRequest, options: RunReportOptions): Promise<ReportResult> {
  const parsed = ReportRequestSchema.parse(request);
  resolvePeriod(parsed.period);
  if (parsed.compareTo) resolvePeriod(parsed.compareTo);
  const seed = await loadCatalogSeed(options.dataDir, {
    ...(options.units ? { units: options.units } : {}),
    ...(options.stepTitles ? { stepTitles: options.stepTitles } : {}),
  });
  const compute = {
    journals: officeJournals(options.dataDir),
    seed,
    now: options.now ?? new Date().toISOString(),
    ...(options.historyDays !== undefined ? { historyDays: options.historyDays } : {}),
  };
  const worker = options.runIn === 'inline' ? undefined : sharedPool();
  if (worker) {
    try {
      return await worker.run(parsed, compute, { onProgress: options.onProgress, signal: options.signal });
    } catch (err) {
      if (!(err instanceof ReportWorkerUnavailable)) throw err;
      noWorker(err.message);
    }
  }
  return computeReport(parsed, { ...compute, onProgress: options.onProgress, signal: options.signal, sliceMs: INLINE_SLICE_MS, ranIn: 'inline' });
}
