// What the central desk reads back: the board (offices, their live queue and sync
// health, today's figures), the figures of any set of offices over a period, and the
// office's own reports run over many offices (run.ts, routes.ts).
export { figuresReport, listOffices, officesOf } from './overview';
export { liveQueues, officeLive } from './live';
export { runCentralReport, stopCentralReportWorker, type RunCentralOptions } from './run';
export { reportJobRoutes } from './routes';
export { centralXlsx, partTables } from './export';
export type * from './types';
