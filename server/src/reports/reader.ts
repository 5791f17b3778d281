// Streams journal day files line by line through a fixed buffer: memory stays at one
// buffer whatever the period (a year is 1.8 GB of JSON on a busy office). The journal
// writes one file per Tehran office day, `<dir>/YYYY-MM-DD.jsonl`; a torn last line (a
// crash mid-write, never acknowledged) is skipped, as the journal itself does.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportProgress } from '../../../common/src/reports/types';
import { JournalLine } from './line';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const NEWLINE = 0x0a;
const CHUNK = 512 * 1024;

/** A folder of day files, and the event types its lines can have (undefined: any). */
export interface JournalSource {
  dir: string;
  types?: ReadonlySet<string>;
}

/**
 * Events kept elsewhere than in day files (the central desk reads each office's events
 * from PostgreSQL): listed by office day and read as journal lines, so the engine runs
 * on them unchanged. The lines are worth writing in the journal's layout
 * (`{"id":…,"type":…,"at":…,…,"actor":{…},"ticket":{…}`): any valid JSON is read,
 * but another layout is parsed whole (see line.ts).
 */
export interface DaySource {
  /** Names the source among the sources of one report. */
  name: string;
  types?: ReadonlySet<string>;
  /** The office days it holds within [fromDay, toDay] (either end open), with about how many bytes each reads as. */
  days(fromDay: string | undefined, toDay: string | undefined): Promise<{ day: string; size: number }[]>;
  /** One day's events as lines ending in '\n', in seq order, in chunks; a chunk is valid until the next one is asked for. */
  read(day: string): AsyncIterable<Buffer>;
}

/** Where a report's events come from. */
export type EventSource = JournalSource | DaySource;

const isFolder = (source: EventSource): source is JournalSource => 'dir' in source;

export interface DayFile {
  day: string;
  /** The file, or `<source name>/<day>` for a DaySource. */
  path: string;
  source: EventSource;
  size: number;
  mtimeMs: number;
}

/**
 * Past day files known to hold no line with a given marker (e.g. no case event): a
 * finished day's file never changes, so the next report skips it without reading.
 * Keyed by marker, path, size and mtime.
 */
const markerFree = new Set<string>();
const markerKey = (file: DayFile, marker: Buffer) => `${marker.toString('latin1')}\u0000${file.path}\u0000${file.size}\u0000${file.mtimeMs}`;

/** The day files of the given sources within [fromDay, toDay] (either end open), by day. */
export async function listDayFiles(sources: readonly EventSource[], fromDay: string | undefined, toDay: string | undefined): Promise<DayFile[]> {
  const out: DayFile[] = [];
  for (const source of sources) {
    if (!isFolder(source)) {
      for (const d of await source.days(fromDay, toDay)) out.push({ day: d.day, path: `${source.name}/${d.day}`, source, size: d.size, mtimeMs: 0 });
      continue;
    }
    const dir = source.dir;
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const day = DAY_FILE.exec(name)?.[1];
      if (!day || (fromDay && day < fromDay) || (toDay && day > toDay)) continue;
      const path = join(dir, name);
      const info = await stat(path);
      out.push({ day, path, source, size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  // stable: for one day, the folders' files in the order the folders were given
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (p: ReportProgress) => void;
  /** Called after each file (one office day of one folder). */
  onFileEnd?: (file: DayFile) => void;
  /**
   * Give the event loop back after this many ms of work (for running on the server's
   * own thread); undefined = only between file reads.
   */
  sliceMs?: number;
  /**
   * For files where only some lines matter (days before the period, read for the state
   * at its start): a byte string every wanted line holds. Runs of lines without it are
   * skipped unparsed; a native search per chunk instead of work per line.
   */
  markerFor?: (file: DayFile) => Buffer | undefined;
}

export interface ReadTotals {
  files: number;
  bytes: number;
  /** Lines read (not counting empty ones). */
  lines: number;
  /** Lines that were not JSON when something needed them parsed (skipped). */
  bad: number;
}

export class ReportCancelled extends Error {
  constructor() {
    super('report cancelled');
    this.name = 'ReportCancelled';
  }
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The bytes of a file in chunks, the next read already in flight while the caller works
 * on the current one (two buffers taking turns: a chunk is valid until the next one).
 */
async function* chunksOf(path: string, size: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    let turn = 0;
    let position = 0;
    let pending = handle.read(buffers[0]!, 0, size, 0);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) return;
      position += bytesRead;
      turn ^= 1;
      pending = handle.read(buffers[turn]!, 0, size, position);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Read every line of `files` in order, handing each to `onLine` (synchronously). */
export async function readLines(files: readonly DayFile[], onLine: (line: JournalLine) => void, options: ReadOptions = {}): Promise<ReadTotals> {
  const bytesTotal = files.reduce((sum, f) => sum + f.size, 0);
  const totals: ReadTotals = { files: 0, bytes: 0, lines: 0, bad: 0 };
  const line = new JournalLine();
  let lastYield = performance.now();
  let lastProgress = 0;
  const progress = (force: boolean) => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - lastProgress < 100)) return;
    lastProgress = now;
    options.onProgress({ filesRead: totals.files, filesTotal: files.length, bytesRead: totals.bytes, bytesTotal });
  };
  const emit = (buf: Buffer, from: number, to: number, day: string) => {
    if (to <= from) return;
    totals.lines++;
    try {
      line.reset(buf, from, to, day);
      onLine(line);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      totals.bad++;
    }
  };
  progress(true);
  for (const file of files) {
    if (options.signal?.aborted) throw new ReportCancelled();
    // the start of a line that the previous chunk cut (a line may span chunks)
    let carry: Buffer | undefined;
    const marker = options.markerFor?.(file);
    // only a finished day's file is known not to change (a DaySource has no mtime to tell)
    const cacheable = isFolder(file.source);
    let markerSeen = false;
    if (marker && cacheable && markerFree.has(markerKey(file, marker))) {
      totals.files++;
      options.onFileEnd?.(file);
      continue;
    }
    for await (const chunk of isFolder(file.source) ? chunksOf(file.path, CHUNK) : file.source.read(file.day)) {
      totals.bytes += chunk.length;
      let from = 0;
      let nl = chunk.indexOf(NEWLINE);
      if (carry) {
        if (nl < 0) {
          carry = Buffer.concat([carry, chunk]);
          continue;
        }
        const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
        carry = undefined;
        if (marker && joined.indexOf(marker) >= 0) markerSeen = true;
        emit(joined, 0, joined.length, file.day);
        from = nl + 1;
        nl = chunk.indexOf(NEWLINE, from);
      }
      while (nl >= 0) {
        if (marker) {
          // jump to the line holding the next marker (or past the last whole line)
          const m = chunk.indexOf(marker, from);
          if (m >= 0) markerSeen = true;
          if (m < 0) {
            from = chunk.lastIndexOf(NEWLINE) + 1;
            break;
          }
          if (m > nl) {
            from = chunk.lastIndexOf(NEWLINE, m) + 1;
            nl = chunk.indexOf(NEWLINE, m);
            if (nl < 0) break;
          }
        }
        emit(chunk, from, nl, file.day);
        from = nl + 1;
        nl = chunk.indexOf(NEWLINE, from);
      }
      // what is left has no newline yet; at the end of the file it is a torn line
      if (from < chunk.length) carry = Buffer.from(chunk.subarray(from));
      if (options.signal?.aborted) throw new ReportCancelled();
      if (options.sliceMs !== undefined && performance.now() - lastYield >= options.sliceMs) {
        await yieldToLoop();
        lastYield = performance.now();
      }
      progress(false);
    }
    if (marker && cacheable && !markerSeen) {
      if (markerFree.size > 100_000) markerFree.clear();
      markerFree.add(markerKey(file, marker));
    }
    totals.files++;
    options.onFileEnd?.(file);
    progress(false);
  }
  progress(true);
  return totals;
}
