// The case snapshot, built on a worker thread (snapshot.ts buildCaseSnapshotOffThread):
// reading and writing a hundred megabytes of cases here leaves the office's thread free.
import { parentPort, workerData } from 'node:worker_threads';
import { yieldToServerThread } from '../workers';
import { buildCaseSnapshot, type JournalPosition } from './snapshot';

// the lowest priority: a snapshot is never urgent, a kiosk's tap always is
yieldToServerThread(19);
const { dataDir, upTo, takenAt } = workerData as { dataDir: string; upTo: JournalPosition; takenAt: string };
buildCaseSnapshot(dataDir, upTo, takenAt).then(
  () => parentPort!.postMessage({ type: 'done' }),
  (err: unknown) => parentPort!.postMessage({ type: 'failed', message: String((err as Error)?.stack ?? err) }),
);
