// The drawing thread: layouts in, ESC/POS bytes out (see render-worker.ts).
import { parentPort } from 'node:worker_threads';
import { renderHere, type Cut, type Layout } from '@desk/printers';

interface Job {
  id: number;
  layout: Layout;
  width: number;
  cut: Cut;
}

parentPort?.on('message', (job: Job) => {
  renderHere(job.layout, { width: job.width, cut: job.cut }).then(
    (bytes) => parentPort?.postMessage({ id: job.id, bytes }, [bytes.buffer as ArrayBuffer]),
    (err: unknown) => parentPort?.postMessage({ id: job.id, error: String((err as Error)?.stack ?? err) }),
  );
});
parentPort?.postMessage({ ready: true });
