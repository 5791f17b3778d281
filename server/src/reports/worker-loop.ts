// The loop of a report worker thread: computes the reports it is sent (one at a time,
// as pool.ts sends them), posting progress, and stops a report when asked. The office's
// worker (worker-entry.ts) and the central desk's (central/src/reports/worker-entry.ts)
// differ only in where a report's events are read from.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ReportProgress, ReportRequest, ReportResult } from '../../../common/src/reports/types';
import type { FromWorker, ToWorker } from './pool';
import { ReportCancelled } from './reader';

export type WorkerCompute<O> = (request: ReportRequest, options: O, hooks: { signal: AbortSignal; onProgress: (p: ReportProgress) => void }) => Promise<ReportResult>;

export function serveReportWorker<O>(compute: WorkerCompute<O>): void {
  const port = parentPort;
  if (!port) throw new Error('a report worker runs as a worker thread');

  // On Linux a thread's nice value is its own: this worker yields the CPU to the server's
  // thread (kiosks, counters) when both want it, and still runs at full speed otherwise.
  // Elsewhere setpriority would lower the whole server process, so it is left alone.
  if (process.platform === 'linux') {
    try {
      setPriority(10);
    } catch {
      /* not allowed: run at normal priority */
    }
  }

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
