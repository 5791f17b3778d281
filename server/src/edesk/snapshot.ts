// A snapshot of every case as of one journal position, so a start-up replays only the
// case events written after it instead of every event since the office opened (each
// event carries the whole case: a year of a busy office is gigabytes of JSON).
//
// File: cases/snapshot.jsonl — a header line {version, seq, day, takenAt, count}, then one
// case per line. Written beside as .tmp, fsynced, renamed over the old one, directory
// fsynced: a crash leaves the old snapshot or the new one, never half of one. The
// journal stays the truth: a snapshot that cannot be read is ignored (and the journal
// replayed from the start), and it only ever holds events already on disk.
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Case } from '@desk/common';
import { fsyncDir } from '../storage/durable-file';

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
