// The report worker thread: computes the reports the server queues (one at a time),
// posting progress, and stops a report when asked. See pool.ts for how it is started,
// worker-loop.ts for the loop.
import { computeReport } from './compute';
import type { WorkerOptions } from './pool';
import { serveReportWorker } from './worker-loop';

serveReportWorker<WorkerOptions>((request, options, hooks) => computeReport(request, { ...options, ...hooks, ranIn: 'worker' }));
