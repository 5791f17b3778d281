// A snapshot of every case as of one journal position, so a start-up replays only the
// case events written after it instead of every event since the office opened (each
// event carries the whole case: a year of a busy office is gigabytes of JSON).
//
// File: cases/snapshot.jsonl — a header line {version, seq, day, takenAt, count}, then one
// case per line. Written beside as .tmp, fsynced, renamed over the old one, directory
// fsynced: a crash leaves the old snapshot or the new one, never half of one. The
// journal stays the truth: a snapshot that cannot be read is ignored (and the journal
// replayed from the start), and it only ever holds events already on disk: it is built
// from the journal files (the previous snapshot plus the day files after it), on a
// worker thread of its own (snapshot-worker.ts), so the office's thread never pauses
// to serialize or collect a hundred megabytes of cases.
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Case } from '@desk/common';
import { fsyncDir } from '../storage/durable-file';
import { Journal } from '../storage/journal';
import { findWorker, startWorker } from '../workers';

export interface SnapshotHeader {
  version: 1;
  /** The last journal record the snapshot includes. */
  seq: number;
  /** That record's journal day (replay starts at this day file). */
  day: string;
  takenAt: string;
  count: number;
}

const CHUNK = 500;

/** Write the cases (an immutable list captured at `header.seq`) without holding the event loop. */
export async function writeCaseSnapshot(path: string, header: Omit<SnapshotHeader, 'version' | 'count'>, cases: readonly Case[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const file = await open(tmp, 'w');
  try {
    await file.write(`${JSON.stringify({ version: 1, ...header, count: cases.length } satisfies SnapshotHeader)}\n`);
    for (let i = 0; i < cases.length; i += CHUNK) {
      let text = '';
      for (const c of cases.slice(i, i + CHUNK)) text += `${JSON.stringify(c)}\n`;
      await file.write(text);
      // let the office's commands run between chunks
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await file.sync();
  } catch (err) {
    await file.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await file.close();
  await rename(tmp, path);
  await fsyncDir(dirname(path));
}

/** The snapshot's header and cases, or undefined when there is none or it cannot be trusted. */
export async function readCaseSnapshot(path: string): Promise<{ header: SnapshotHeader; cases: Case[] } | undefined> {
  let stream;
  try {
    stream = createReadStream(path, { encoding: 'utf8' });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let header: SnapshotHeader | undefined;
    const cases: Case[] = [];
    for await (const line of lines) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as SnapshotHeader;
        if (header.version !== 1 || !Number.isInteger(header.seq) || !/^\d{4}-\d{2}-\d{2}$/.test(header.day)) throw new Error('unknown snapshot header');
        continue;
      }
      cases.push(JSON.parse(line) as Case);
    }
    if (!header || cases.length !== header.count) throw new Error('snapshot cut short');
    return { header, cases };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`case snapshot ${path} ignored (the journal is replayed instead):`, (err as Error).message);
    return undefined;
  } finally {
    stream?.destroy();
  }
}

export const snapshotPath = (dataDir: string): string => join(dataDir, 'cases', 'snapshot.jsonl');

/** A journal position: the last record a snapshot includes, and its day file. */
export interface JournalPosition {
  seq: number;
  day: string;
}

/**
 * Build the snapshot as of `upTo` (a position already on disk) from the previous
 * snapshot and the case journal, and write it. Reads only whole lines: the day being
 * appended to meanwhile is read up to its last complete record.
 */
export async function buildCaseSnapshot(dataDir: string, upTo: JournalPosition, takenAt: string): Promise<void> {
  const path = snapshotPath(dataDir);
  const previous = await readCaseSnapshot(path);
  if (previous && previous.header.seq >= upTo.seq) return;
  const after = previous?.header.seq ?? 0;
  const cases = new Map<string, Case>(previous?.cases.map((c) => [c.id, c]));
  const journal = new Journal<{ seq: number; day: string; case: Case }>(join(dataDir, 'cases', 'journal'));
  for (const day of await journal.days()) {
    if ((previous && day < previous.header.day) || day > upTo.day) continue;
    for (const r of await journal.readDay(day)) {
      if (r.seq > after && r.seq <= upTo.seq) cases.set(r.case.id, r.case);
    }
  }
  await writeCaseSnapshot(path, { ...upTo, takenAt }, [...cases.values()]);
}

/** `buildCaseSnapshot` on a worker thread; on this thread when no worker can be started. */
export function buildCaseSnapshotOffThread(dataDir: string, upTo: JournalPosition, takenAt: string): Promise<void> {
  const launch = findWorker(import.meta.url, './case-snapshot-worker.js', ['./snapshot-worker.ts', '../src/edesk/snapshot-worker.ts']);
  if (!launch) return buildCaseSnapshot(dataDir, upTo, takenAt);
  return new Promise<void>((resolve, reject) => {
    const worker = startWorker(launch, { workerData: { dataDir, upTo, takenAt }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    worker.once('message', (m: { type: 'done' } | { type: 'failed' | 'broken'; message: string }) => {
      if (m.type === 'done') resolve();
      else reject(new Error(m.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`case snapshot worker stopped (${code})`)));
  });
}
