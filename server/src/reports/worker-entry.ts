// The report worker thread: computes the reports the server queues (one at a time),
// posting progress, and stops a report when asked. See pool.ts for how it is started.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { computeReport } from './compute';
import type { ToWorker, FromWorker } from './pool';
import { ReportCancelled } from './reader';

const port = parentPort;
if (!port) throw new Error('worker-entry.ts runs as a worker thread');

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

port.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') {
    running.get(m.id)?.abort();
    return;
  }
  const abort = new AbortController();
  running.set(m.id, abort);
  computeReport(m.request, {
    ...m.options,
    ranIn: 'worker',
    signal: abort.signal,
    onProgress: (progress) => post({ type: 'progress', id: m.id, progress }),
  }).then(
    (result) => post({ type: 'done', id: m.id, result }),
    (err: unknown) =>
      post({
        type: 'failed',
        id: m.id,
        cancelled: err instanceof ReportCancelled,
        message: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      }),
  ).finally(() => running.delete(m.id));
});

post({ type: 'ready' });
