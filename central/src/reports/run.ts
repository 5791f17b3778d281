// A report over offices: the office's engine run once per office (each office's own
// figures, exactly what its own engine gives from its own journal) and once over all of
// them together (the total: means and percentiles of every ticket, not means of means),
// on a worker thread that reads the events from PostgreSQL; then the offices side by
// side. Runs queue one at a time on the worker; a failed start falls back to this
// thread in slices.
import { resolvePeriod } from '../../../common/src/reports/period';
import { ReportRequestSchema, type ReportProgress, type ReportRequestParsed, type ReportResult, type ReportSectionId } from '../../../common/src/reports/types';
import type { CatalogSeed } from '../../../server/src/reports/catalog';
import { computeReport } from '../../../server/src/reports/compute';
import { ReportWorkerPool, ReportWorkerUnavailable } from '../../../server/src/reports/pool';
import type { Pool } from '../db/pool';
import type { OfficeInfo } from '../registry';
import { monthOf } from '../retention/partitions';
import { compareOffices } from './compare-offices';
import { officesOf } from './overview';
import { loadSeeds } from './seed';
import { officeEventSources, type CentralWorkerOptions } from './sources';
import type { CentralReportProgress, CentralReportRequest, CentralReportResult, OfficeFilter } from './types';

/** Sections whose figures mean something over several offices together. */
const TOTAL_SECTIONS: ReadonlySet<ReportSectionId> = new Set([
  'queue.summary',
  'queue.byService',
  'queue.byDay',
  'queue.byHour',
  'edesk.summary',
  'edesk.byService',
  'edesk.byChannel',
  'edesk.steps',
  'edesk.survey',
]);

/** At most this many offices in one report (a province has a few hundred). */
export const MAX_OFFICES = 2000;

export class NoOffices extends Error {}

/** How far one run got, 0–1: by bytes when known, else by days read. */
const shareOf = (p: ReportProgress) => (p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : p.filesTotal > 0 ? p.filesRead / p.filesTotal : 0);

let workers: ReportWorkerPool<CentralWorkerOptions> | undefined;
let noWorker = false;

function workerPool(): ReportWorkerPool<CentralWorkerOptions> | undefined {
  if (noWorker) return undefined;
  return (workers ??= new ReportWorkerPool<CentralWorkerOptions>({ url: new URL('./worker-entry.ts', import.meta.url), typescript: true }));
}

/** Stop the report worker (server shutdown, tests). */
export async function stopCentralReportWorker(): Promise<void> {
  const w = workers;
  workers = undefined;
  await w?.stop();
}

export interface RunCentralOptions {
  pool: Pool;
  /** The database for the worker's own connections. */
  pgUrl: string;
  onProgress?: (p: CentralReportProgress) => void;
  signal?: AbortSignal;
  /** Now (ISO), for open and overdue cases. */
  now?: string;
  runIn?: 'worker' | 'inline';
}

async function runOnce(request: ReportRequestParsed, options: CentralWorkerOptions, run: RunCentralOptions, onProgress: (p: ReportProgress) => void): Promise<ReportResult> {
  const worker = run.runIn === 'inline' ? undefined : workerPool();
  if (worker) {
    try {
      return await worker.run(request, options, { onProgress, signal: run.signal });
    } catch (err) {
      if (!(err instanceof ReportWorkerUnavailable)) throw err;
      console.warn(`central reports: ${err.message}; reports run on this thread in slices`);
      noWorker = true;
    }
  }
  return computeReport(request, { ...options, journals: officeEventSources(run.pool, options.officeIds), onProgress, signal: run.signal, sliceMs: 8, ranIn: 'inline' });
}

/** The seeds of several offices as one: each name as the first office that has it gives it. */
function mergedSeed(seeds: readonly CatalogSeed[]): CatalogSeed {
  return {
    config: {
      departments: seeds.flatMap((s) => s.config?.departments ?? []),
      services: seeds.flatMap((s) => s.config?.services ?? []),
      counters: [],
    },
    units: seeds.flatMap((s) => s.units ?? []),
    stepTitles: Object.assign({}, ...[...seeds].reverse().map((s) => s.stepTitles ?? {})) as Record<string, string>,
  };
}

async function droppedMonths(pool: Pool, fromDay: string, toDay: string): Promise<string[]> {
  const { rows } = await pool.query<{ month: string }>('SELECT month FROM events_retention WHERE month BETWEEN $1::date AND $2::date ORDER BY month', [
    monthOf(fromDay),
    monthOf(toDay),
  ]);
  return rows.map((r) => r.month);
}

/**
 * Throws a ZodError or RangeError at once for a malformed request or an impossible
 * period, NoOffices when the filter names none; rejects with ReportCancelled on abort.
 */
export async function runCentralReport(input: CentralReportRequest, run: RunCentralOptions): Promise<CentralReportResult> {
  const started = performance.now();
  const request = ReportRequestSchema.parse(input.report);
  const period = resolvePeriod(request.period);
  const compare = request.compareTo ? resolvePeriod(request.compareTo) : undefined;
  const periods = compare ? [period, compare] : [period];
  const filter: OfficeFilter = input.offices ?? {};
  const offices = await officesOf(run.pool, filter);
  if (offices.length === 0) throw new NoOffices('no office matches');
  if (offices.length > MAX_OFFICES) throw new RangeError(`at most ${MAX_OFFICES} offices in one report`);
  const seeds = await loadSeeds(run.pool, offices);
  const now = run.now ?? new Date().toISOString();

  const totalSections = (request.sections ?? [...TOTAL_SECTIONS]).filter((s) => TOTAL_SECTIONS.has(s));
  const withTotal = offices.length > 1 && totalSections.length > 0;
  const runsTotal = offices.length + (withTotal ? 1 : 0);
  let runsDone = 0;
  const progress = (officeId: string | null) => (current: ReportProgress) =>
    run.onProgress?.({ runsDone, runsTotal, officeId, current, share: (runsDone + shareOf(current)) / runsTotal });
  const base = { pgUrl: run.pgUrl, now };

  const results: { office: OfficeInfo; result: ReportResult }[] = [];
  for (const office of offices) {
    const result = await runOnce(request, { ...base, officeIds: [office.id], seed: seeds.get(office.id) }, run, progress(office.id));
    results.push({ office, result });
    runsDone++;
  }
  let total: ReportResult | null = null;
  if (withTotal) {
    total = await runOnce(
      { ...request, sections: totalSections },
      { ...base, officeIds: offices.map((o) => o.id), seed: mergedSeed(offices.map((o) => seeds.get(o.id) ?? {})) },
      run,
      progress(null),
    );
    total.place = { label: `همهٔ ادارات انتخاب‌شده (${offices.length} اداره)`, labelEn: `All ${offices.length} offices chosen` };
    runsDone++;
  }
  return {
    request: { offices: filter, report: request },
    period,
    ...(compare ? { compare } : {}),
    offices: results,
    total,
    comparison: compareOffices(
      results.map((r) => ({ id: r.office.id, name: r.office.name, result: r.result })),
      total,
    ),
    droppedMonths: await droppedMonths(run.pool, periods.map((p) => p.fromDay).sort()[0]!, periods.map((p) => p.toDay).sort().pop()!),
    generatedAt: now,
    stats: { offices: offices.length, lines: [...results.map((r) => r.result), ...(total ? [total] : [])].reduce((n, r) => n + r.stats.lines, 0), millis: Math.round(performance.now() - started) },
  };
}
