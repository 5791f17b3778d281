// Where the office remembers how far central has acknowledged each stream
// (`<dataDir>/sync.json`, written temp → fsync → rename). Central's own last_seq,
// told at every connect, is what sending resumes from; this file is what the admin
// sees while central is unreachable, and survives restarts. Writes are coalesced
// (at most one per `everyMs`) so a live stream of acks never competes with the
// journal's fsyncs.
import { readFile } from 'node:fs/promises';
import { writeFileDurable } from '../storage/durable-file';
import type { StreamName } from './protocol';

export interface StreamCheckpoint {
  lastAckedSeq: number;
  lastSyncAt: string | null;
}

export interface SyncCheckpointData {
  version: 1;
  streams: Partial<Record<StreamName, StreamCheckpoint>>;
}

export interface SyncCheckpointStore {
  load(): Promise<SyncCheckpointData>;
  save(data: SyncCheckpointData): Promise<void>;
}

const empty = (): SyncCheckpointData => ({ version: 1, streams: {} });

export class FileCheckpointStore implements SyncCheckpointStore {
  constructor(readonly path: string) {}

  async load(): Promise<SyncCheckpointData> {
    try {
      const data = JSON.parse(await readFile(this.path, 'utf8')) as SyncCheckpointData;
      return data && typeof data === 'object' && data.streams ? data : empty();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return empty();
      // a damaged file only costs a resend: central's last_seq is the authority
      if (err instanceof SyntaxError) return empty();
      throw err;
    }
  }

  save(data: SyncCheckpointData): Promise<void> {
    return writeFileDurable(this.path, `${JSON.stringify(data, null, 1)}\n`);
  }
}

/** Saves the latest data at most once per `everyMs`; `flush()` writes what is pending now. */
export class CoalescedCheckpoint {
  private pending: SyncCheckpointData | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private lastWrite = 0;

  constructor(
    private readonly store: SyncCheckpointStore,
    private readonly everyMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  save(data: SyncCheckpointData): void {
    this.pending = structuredClone(data);
    if (this.timer) return;
    const wait = Math.max(0, this.lastWrite + this.everyMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, wait);
    this.timer.unref();
  }

  private write(): Promise<void> {
    const data = this.pending;
    if (!data) return this.writing;
    this.pending = null;
    this.lastWrite = Date.now();
    this.writing = this.writing.then(() => this.store.save(data)).catch(this.onError);
    return this.writing;
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.write();
  }
}
