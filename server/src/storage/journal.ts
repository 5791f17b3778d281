// The journal: every event of the office, one JSON line each, one file per office day
// (so a write costs today's data, never a year's). It is the audit trail, the future
// sync outbox, and what the queue state is rebuilt from after a restart.
// Appends are group-committed: records queued while a write is in flight go out
// together in the next write + fdatasync, and each append resolves only when its
// bytes are on disk.
import { mkdir, open, readdir, readFile, stat, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeskEvent } from '@desk/common';
import { fsyncDir } from './durable-file';

/** A journaled event, plus the answer its command got (so a retried command gets it again after a restart). */
export interface JournalRecord extends DeskEvent {
  answer?: Record<string, unknown>;
}

/** What any journal holds: numbered records filed under their office day. */
export interface DayRecord {
  seq: number;
  day: string;
}

interface Pending<R extends DayRecord> {
  record: R;
  resolve: () => void;
  reject: (err: unknown) => void;
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

/** The queue's events by default; the e-desk keeps its case events in a second Journal. */
export class Journal<R extends DayRecord = JournalRecord> {
  private handle: FileHandle | null = null;
  private handleDay = '';
  private queue: Pending<R>[] = [];
  private flushing = false;

  constructor(private readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  private fileOf(day: string): string {
    return join(this.dir, `${day}.jsonl`);
  }

  async days(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names
      .map((n) => DAY_FILE.exec(n)?.[1])
      .filter((d): d is string => !!d)
      .sort();
  }

  /**
   * Records of one day, in order. A torn last line (a write cut by a crash, never
   * acknowledged) is dropped and cut off the file so later appends start clean.
   */
  async readDay(day: string, repair = false): Promise<R[]> {
    const file = this.fileOf(day);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const end = text.lastIndexOf('\n') + 1;
    if (repair && end < text.length) await truncate(file, Buffer.byteLength(text.slice(0, end)));
    const out: R[] = [];
    for (const line of text.slice(0, end).split('\n')) {
      if (line) out.push(JSON.parse(line) as R);
    }
    return out;
  }

  /** The highest seq on disk (the last line of the newest day). */
  async lastSeq(): Promise<number> {
    const days = await this.days();
    for (let i = days.length - 1; i >= 0; i--) {
      const records = await this.readDay(days[i]!, true);
      const last = records[records.length - 1];
      if (last) return last.seq;
    }
    return 0;
  }

  /** Durably append records (already numbered, in seq order). Resolves when they are on disk. */
  append(records: R[]): Promise<void> {
    const written = records.map(
      (record) => new Promise<void>((resolve, reject) => this.queue.push({ record, resolve, reject })),
    );
    if (!this.flushing) void this.flush();
    return Promise.all(written).then(() => undefined);
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const day = this.queue[0]!.record.day;
        let n = 0;
        while (n < this.queue.length && this.queue[n]!.record.day === day) n++;
        const batch = this.queue.splice(0, n);
        try {
          const handle = await this.handleFor(day);
          await handle.write(batch.map((p) => `${JSON.stringify(p.record)}\n`).join(''));
          await handle.datasync();
          for (const p of batch) p.resolve();
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async handleFor(day: string): Promise<FileHandle> {
    if (this.handle && this.handleDay === day) return this.handle;
    await this.handle?.close();
    const file = this.fileOf(day);
    const existed = await stat(file).then(
      () => true,
      () => false,
    );
    this.handle = await open(file, 'a');
    this.handleDay = day;
    if (!existed) {
      await this.handle.sync();
      await fsyncDir(this.dir);
    }
    return this.handle;
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length > 0) {
      if (!this.flushing) void this.flush();
      await new Promise((r) => setTimeout(r, 5));
    }
    await this.handle?.close();
    this.handle = null;
  }
}
