// Reading a journal for sync, without ever writing it: the office's own writer owns
// the files (and cuts torn lines at its start); this reader only takes complete lines
// up to the seq the writer has reported durable. It keeps a cursor (day file + byte
// offset), so following the journal live costs the new bytes, not the day's file.
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SyncRecord } from './protocol';

export interface ReadBatch {
  records: SyncRecord[];
  /** Bytes of the lines read (roughly the JSON the batch will cost on the wire). */
  bytes: number;
}

/** Where a stream's events come from: a per-day JSONL folder, or a PostgreSQL office store. */
export interface JournalSource {
  /** Records with after < seq ≤ upTo in seq order: at most maxEvents, and stopping once maxBytes is passed. */
  read(after: number, upTo: number, maxEvents: number, maxBytes: number): Promise<ReadBatch>;
  /** The highest seq in the journal now (read-only: no repair). */
  lastSeq(): Promise<number>;
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const NEWLINE = 0x0a;
const CHUNK = 1 << 20;

interface Cursor {
  day: string;
  /** Byte offset in the day's file of the line after `seq`. */
  offset: number;
  /** The last seq before the offset. */
  seq: number;
}

export class FileJournalSource implements JournalSource {
  private cursor: Cursor | null = null;
  /** First seq of each day file (a file's first line never changes once written). */
  private firstSeqs = new Map<string, number>();

  constructor(private readonly dir: string) {}

  private async days(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names
      .map((n) => DAY_FILE.exec(n)?.[1])
      .filter((d): d is string => !!d)
      .sort();
  }

  private file(day: string): string {
    return join(this.dir, `${day}.jsonl`);
  }

  /** Complete lines of a file from `offset`, up to about `want` bytes (always at least one line if there is one). */
  private async readLines(day: string, offset: number, want: number): Promise<{ lines: Buffer[]; ends: number[] }> {
    let handle;
    try {
      handle = await open(this.file(day), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], ends: [] };
      throw err;
    }
    try {
      let size = Math.max(want, 64 * 1024);
      for (;;) {
        const buf = Buffer.allocUnsafe(size);
        const { bytesRead } = await handle.read(buf, 0, size, offset);
        const data = buf.subarray(0, bytesRead);
        const last = data.lastIndexOf(NEWLINE);
        if (last < 0) {
          // no complete line yet, or one longer than the buffer
          if (bytesRead < size) return { lines: [], ends: [] };
          size *= 2;
          continue;
        }
        const lines: Buffer[] = [];
        const ends: number[] = [];
        let start = 0;
        while (start <= last) {
          const nl = data.indexOf(NEWLINE, start);
          if (nl > start) {
            lines.push(data.subarray(start, nl));
            ends.push(offset + nl + 1);
          }
          start = nl + 1;
        }
        return { lines, ends };
      }
    } finally {
      await handle.close();
    }
  }

  private async firstSeqOf(day: string): Promise<number | undefined> {
    const known = this.firstSeqs.get(day);
    if (known !== undefined) return known;
    const { lines } = await this.readLines(day, 0, 16 * 1024);
    if (!lines[0]) return undefined;
    const seq = (JSON.parse(lines[0].toString('utf8')) as SyncRecord).seq;
    this.firstSeqs.set(day, seq);
    return seq;
  }

  /** The file holding the record after `after`: the last day starting at or before after + 1. */
  private async locate(after: number): Promise<Cursor | null> {
    const days = await this.days();
    if (days.length === 0) return null;
    let chosen = days[0]!;
    for (const day of days) {
      const first = await this.firstSeqOf(day);
      if (first === undefined) break;
      if (first <= after + 1) chosen = day;
      else break;
    }
    return { day: chosen, offset: 0, seq: -1 };
  }

  async read(after: number, upTo: number, maxEvents: number, maxBytes: number): Promise<ReadBatch> {
    const records: SyncRecord[] = [];
    let bytes = 0;
    if (upTo <= after) return { records, bytes };
    let cursor = this.cursor && this.cursor.seq === after ? this.cursor : await this.locate(after);
    if (!cursor) return { records, bytes };
    outer: for (;;) {
      const { lines, ends } = await this.readLines(cursor.day, cursor.offset, Math.min(CHUNK, maxBytes));
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const record = JSON.parse(line.toString('utf8')) as SyncRecord & { answer?: unknown };
        if (record.seq > upTo) break outer;
        if (record.seq > after) {
          // the command's answer stays in the office: central needs the event, not the reply
          delete record.answer;
          records.push(record);
          bytes += line.length + 1;
        }
        cursor = { day: cursor.day, offset: ends[i]!, seq: Math.max(cursor.seq, record.seq) };
        if (records.length >= maxEvents || bytes >= maxBytes) break outer;
      }
      if (lines.length > 0) continue;
      // this day file is read to its end: go on to the next one, if any
      const days = await this.days();
      const next = days.find((d) => d > cursor!.day);
      if (!next) break;
      cursor = { day: next, offset: 0, seq: cursor.seq };
    }
    // the cursor is valid for the next call only if it ends exactly at the last record handed out
    const end = records[records.length - 1]?.seq ?? after;
    this.cursor = cursor.seq === end ? cursor : null;
    return { records, bytes };
  }

  async lastSeq(): Promise<number> {
    const days = await this.days();
    for (let i = days.length - 1; i >= 0; i--) {
      let offset = 0;
      let last: number | undefined;
      for (;;) {
        const { lines, ends } = await this.readLines(days[i]!, offset, CHUNK);
        if (lines.length === 0) break;
        last = (JSON.parse(lines[lines.length - 1]!.toString('utf8')) as SyncRecord).seq;
        offset = ends[ends.length - 1]!;
      }
      if (last !== undefined) return last;
    }
    return 0;
  }
}
