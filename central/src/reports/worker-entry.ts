// The central desk's report worker thread: the office's report engine, reading the
// offices' events from PostgreSQL (pg-days.ts) instead of journal folders. Started by
// run.ts through the office's worker pool; one connection pool per worker.
import type { ReportRequestParsed } from '../../../common/src/reports/types';
import { computeReport } from '../../../server/src/reports/compute';
import { serveReportWorker } from '../../../server/src/reports/worker-loop';
import { createPool } from '../db/pool';
import { officeEventSources, type CentralWorkerOptions } from './sources';

const pools = new Map<string, ReturnType<typeof createPool>>();

serveReportWorker<CentralWorkerOptions>((request, options, hooks) => {
  let pool = pools.get(options.pgUrl);
  if (!pool) pools.set(options.pgUrl, (pool = createPool(options.pgUrl, 2)));
  return computeReport(request as ReportRequestParsed, { ...options, journals: officeEventSources(pool, options.officeIds), ...hooks, ranIn: 'worker' });
});
