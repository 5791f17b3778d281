// The loop of a report worker thread: computes the reports it is sent (one at a time,
// as pool.ts sends them), posting progress, and stops a report when asked. The office's
// worker (worker-entry.ts) and the central desk's (central/src/reports/worker-entry.ts)
// differ only in where a report's events are read from.
import { parentPort } from 'node:worker_threads';
import { yieldToServerThread } from '../workers';
import type { ReportProgress, ReportRequest, ReportResult } from '../../../common/src/reports/types';
import type { FromWorker, ToWorker } from './pool';
import { ReportCancelled } from './reader';

export type WorkerCompute<O> = (request: ReportRequest, options: O, hooks: { signal: AbortSignal; onProgress: (p: ReportProgress) => void }) => Promise<ReportResult>;

export function serveReportWorker<O>(compute: WorkerCompute<O>): void {
  const port = parentPort;
  if (!port) throw new Error('a report worker runs as a worker thread');

  yieldToServerThread();

  const running = new Map<number, AbortController>();
  const post = (m: FromWorker) => port.postMessage(m);

  port.on('message', (m: ToWorker<O>) => {
    if (m.type === 'cancel') {
      running.get(m.id)?.abort();
      return;
    }
    const abort = new AbortController();
    running.set(m.id, abort);
    compute(m.request, m.options, { signal: abort.signal, onProgress: (progress) => post({ type: 'progress', id: m.id, progress }) })
      .then(
        (result) => post({ type: 'done', id: m.id, result }),
        (err: unknown) =>
          post({
            type: 'failed',
            id: m.id,
            cancelled: err instanceof ReportCancelled,
            message: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
          }),
      )
      .finally(() => running.delete(m.id));
  });

  post({ type: 'ready' });
}
