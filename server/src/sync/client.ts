// The office's side of the sync: its journals are the outbox. One batch at a time per
// connection (up to 500 events), sent with an ack; the position advances only when
// central has committed. After any disconnect or restart it resumes from central's
// last_seq (told at every connect). While central is unreachable it retries with a
// growing, jittered delay and the office goes on serving: the client only reads
// journal files and never holds up a command.
import { io, type Socket } from 'socket.io-client';
import { CoalescedCheckpoint, type SyncCheckpointData, type SyncCheckpointStore } from './checkpoint';
import type { JournalSource } from './journal-source';
import {
  DEFAULT_BATCH_EVENTS,
  MAX_BATCH_BYTES,
  OFFICE_NAMESPACE,
  STREAMS,
  catalogueMessageProblem,
  syncError,
  type BatchReply,
  type CatalogueApplied,
  type CatalogueAppliedReply,
  type CentralCatalogueMessage,
  type EventsBatch,
  type HelloReply,
  type StreamName,
  type SyncError,
  type SyncErrorCode,
} from './protocol';

export interface SyncStreamConfig {
  stream: StreamName;
  source: JournalSource;
  /** The durable head at start (e.g. `office.seq` right after Office.open); read from the source if absent. */
  head?: number;
}

export interface SyncClientOptions {
  /** Central desk base URL, e.g. https://central.example.ir */
  url: string;
  officeId: string;
  token: string;
  streams: SyncStreamConfig[];
  checkpoint: SyncCheckpointStore;
  batchEvents?: number;
  batchBytes?: number;
  /** How long to wait for central's answer to a hello or a batch before reconnecting. */
  ackTimeoutMs?: number;
  backoffMinMs?: number;
  backoffMaxMs?: number;
  checkpointEveryMs?: number;
  /** Socket.IO path at central, if it is served under a prefix. */
  socketPath?: string;
  log?: (line: string) => void;
  /**
   * The agency's catalogue arrived: publish it (durably) and answer what was applied,
   * which central is then told; null when it could not be applied (central sends it again).
   */
  onCatalogue?: (message: CentralCatalogueMessage) => Promise<CatalogueApplied | null>;
}

export interface StreamStatus {
  lastAckedSeq: number;
  /** The journal's durable head. */
  head: number;
  /** Events on disk not yet acknowledged by central. */
  waiting: number;
  /** Set when sending this stream stopped for a reason a person must look at. */
  stopped: SyncError | null;
}

export interface SyncStatus {
  connected: boolean;
  /** The queue stream's position (the figure the admin screen shows first). */
  lastAckedSeq: number;
  /** Events waiting over all streams. */
  waiting: number;
  lastSyncAt: string | null;
  lastError: (SyncError & { at: string }) | null;
  centralNode: string | null;
  streams: Partial<Record<StreamName, StreamStatus>>;
}

interface StreamState {
  name: StreamName;
  source: JournalSource;
  head: number;
  acked: number;
  lastSyncAt: string | null;
  stopped: SyncError | null;
  /** The head at which the source had nothing more to read (a hole at the journal's end): wait for news. */
  drainedAt: number;
}

class Disconnected extends Error {}

export class SyncClient {
  private streams: StreamState[] = [];
  private socket: Socket | null = null;
  private connected = false;
  private centralNode: string | null = null;
  private lastError: (SyncError & { at: string }) | null = null;
  private attempts = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private stopping = false;
  private pumping: Promise<void> = Promise.resolve();
  private checkpoint: CoalescedCheckpoint;
  private turn = 0;
  /** Catalogues are applied one at a time, in the order they arrive. */
  private catalogues: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(status: SyncStatus) => void>();

  constructor(private readonly options: SyncClientOptions) {
    this.checkpoint = new CoalescedCheckpoint(options.checkpoint, options.checkpointEveryMs ?? 1000, (err) =>
      this.log(`sync.json write failed: ${String(err)}`),
    );
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  async start(): Promise<void> {
    const saved = await this.options.checkpoint.load();
    for (const s of this.options.streams) {
      if (!STREAMS.includes(s.stream)) throw new Error(`unknown sync stream ${s.stream}`);
      const head = s.head ?? (await s.source.lastSeq());
      const mark = saved.streams[s.stream];
      this.streams.push({
        name: s.stream,
        source: s.source,
        head,
        acked: Math.min(mark?.lastAckedSeq ?? 0, head),
        lastSyncAt: mark?.lastSyncAt ?? null,
        stopped: null,
        drainedAt: -1,
      });
    }
    this.connect();
  }

  /** New events of `stream` are durable up to `seq` (call after each journal write). */
  notify(stream: StreamName, seq: number): void {
    const s = this.streams.find((x) => x.name === stream);
    if (!s || seq <= s.head) return;
    s.head = seq;
    this.changed();
    this.wake?.();
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): SyncStatus {
    const streams: Partial<Record<StreamName, StreamStatus>> = {};
    let waiting = 0;
    let lastSyncAt: string | null = null;
    for (const s of this.streams) {
      const w = Math.max(0, s.head - s.acked);
      waiting += w;
      streams[s.name] = { lastAckedSeq: s.acked, head: s.head, waiting: w, stopped: s.stopped };
      if (s.lastSyncAt && (!lastSyncAt || s.lastSyncAt > lastSyncAt)) lastSyncAt = s.lastSyncAt;
    }
    const queue = this.streams.find((s) => s.name === 'queue') ?? this.streams[0];
    return {
      connected: this.connected,
      lastAckedSeq: queue?.acked ?? 0,
      waiting,
      lastSyncAt,
      lastError: this.lastError,
      centralNode: this.centralNode,
      streams,
    };
  }

  private changed(): void {
    if (this.listeners.size === 0) return;
    const status = this.status();
    for (const l of this.listeners) l(status);
  }

  private fail(code: SyncErrorCode, message?: string): void {
    const err = syncError(code);
    this.lastError = { ...err, message: message ?? err.message, at: new Date().toISOString() };
    this.changed();
  }

  private saveCheckpoint(): void {
    const data: SyncCheckpointData = { version: 1, streams: {} };
    for (const s of this.streams) data.streams[s.name] = { lastAckedSeq: s.acked, lastSyncAt: s.lastSyncAt };
    this.checkpoint.save(data);
  }

  private connect(): void {
    if (this.stopping) return;
    const { url, officeId, token } = this.options;
    const socket = io(new URL(OFFICE_NAMESPACE, url).toString(), {
      auth: { officeId, token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: this.options.ackTimeoutMs ?? 30_000,
      ...(this.options.socketPath ? { path: this.options.socketPath } : {}),
    });
    this.socket = socket;
    if (this.options.onCatalogue) socket.on('catalogue', (message: unknown) => this.receiveCatalogue(socket, message));
    socket.on('connect', () => {
      if (this.socket !== socket) return;
      this.pumping = this.session(socket).catch((err: unknown) => {
        if (this.socket !== socket) return;
        if (!(err instanceof Disconnected)) {
          // reading the journal failed (a damaged line, a disk error): show it, retry later
          this.log(`sync session ended: ${String(err)}`);
          this.fail('sync.local', syncError('sync.local', { detail: String((err as Error).message ?? err) }).message);
        }
        this.drop(socket);
      });
    });
    socket.on('connect_error', (err) => {
      if (this.socket !== socket) return;
      const known: Record<string, SyncErrorCode> = { unauthorized: 'sync.unauthorized', unavailable: 'sync.unavailable' };
      this.fail(known[err.message] ?? 'sync.unreachable');
      this.drop(socket);
    });
    socket.on('disconnect', () => {
      if (this.socket !== socket) return;
      if (!this.stopping) this.fail('sync.unreachable');
      this.drop(socket);
    });
  }

  private receiveCatalogue(socket: Socket, message: unknown): void {
    const problem = catalogueMessageProblem(message);
    if (problem) {
      this.log(`sync: catalogue message refused (${problem})`);
      return;
    }
    const m = message as CentralCatalogueMessage;
    this.catalogues = this.catalogues.then(async () => {
      try {
        const applied = await this.options.onCatalogue!(m);
        if (!applied || this.socket !== socket || !socket.connected) return;
        const reply = (await socket.timeout(this.options.ackTimeoutMs ?? 30_000).emitWithAck('catalogue:applied', applied)) as CatalogueAppliedReply;
        if (!reply.ok) this.log(`sync: central did not record catalogue ${applied.version}: ${reply.error.message}`);
      } catch (err) {
        // not told: central sends the version again at the next connection
        this.log(`sync: catalogue ${m.agency} v${m.version} not applied: ${String(err)}`);
      }
    });
  }

  /** Forget this socket and try again later. */
  private drop(socket: Socket): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.connected = false;
    this.centralNode = null;
    socket.removeAllListeners();
    socket.close();
    this.wake?.();
    this.changed();
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopping || this.reconnectTimer) return;
    const min = this.options.backoffMinMs ?? 1000;
    const max = this.options.backoffMaxMs ?? 60_000;
    const base = Math.min(max, min * 2 ** Math.min(this.attempts, 16));
    const delay = base * (0.75 + Math.random() * 0.5);
    this.attempts++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }

  private async ask<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
    if (this.socket !== socket || !socket.connected) throw new Disconnected();
    try {
      return (await socket.timeout(this.options.ackTimeoutMs ?? 30_000).emitWithAck(event, payload)) as T;
    } catch (err) {
      if (this.socket === socket) this.fail(socket.connected ? 'sync.timeout' : 'sync.unreachable');
      throw new Disconnected(String(err));
    }
  }

  private async session(socket: Socket): Promise<void> {
    const heads: Partial<Record<StreamName, number>> = {};
    for (const s of this.streams) heads[s.name] = s.head;
    const hello = await this.ask<HelloReply>(socket, 'hello', { heads });
    if (!hello.ok) {
      this.fail(hello.error.code, hello.error.message);
      throw new Disconnected(hello.error.code);
    }
    for (const s of this.streams) {
      const central = hello.streams[s.name] ?? 0;
      if (central > s.head) {
        // central has events this office does not: sending more would reuse its seqs
        s.stopped = syncError('sync.diverged');
        this.fail('sync.diverged');
        this.log(`sync: central has ${s.name} up to ${central}, this office's journal ends at ${s.head}`);
      } else {
        s.stopped = null;
      }
      s.acked = Math.min(central, s.head);
      s.drainedAt = -1;
    }
    this.connected = true;
    this.centralNode = hello.node;
    this.attempts = 0;
    if (this.lastError?.code === 'sync.unreachable' || this.lastError?.code === 'sync.timeout' || this.lastError?.code === 'sync.unauthorized') {
      this.lastError = null;
    }
    this.saveCheckpoint();
    this.changed();
    await this.pump(socket);
  }

  private nextStream(): StreamState | undefined {
    for (let i = 0; i < this.streams.length; i++) {
      const s = this.streams[(this.turn + i) % this.streams.length]!;
      if (!s.stopped && s.acked < s.head && s.drainedAt !== s.head) {
        this.turn = (this.turn + i + 1) % this.streams.length;
        return s;
      }
    }
    return undefined;
  }

  private async pump(socket: Socket): Promise<void> {
    const maxEvents = this.options.batchEvents ?? DEFAULT_BATCH_EVENTS;
    const maxBytes = this.options.batchBytes ?? MAX_BATCH_BYTES;
    while (this.socket === socket && !this.stopping) {
      const s = this.nextStream();
      if (!s) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            if (this.wake === wake) this.wake = null;
            resolve();
          };
          this.wake = wake;
        });
        continue;
      }
      const head = s.head;
      const { records } = await s.source.read(s.acked, head, maxEvents, maxBytes);
      if (this.socket !== socket) return;
      if (records.length === 0) {
        s.drainedAt = head;
        continue;
      }
      const last = records[records.length - 1]!.seq;
      const batch: EventsBatch = { stream: s.name, after: s.acked, head, tail: last >= s.head, events: records };
      const reply = await this.ask<BatchReply>(socket, 'events', batch);
      if (this.socket !== socket) return;
      if (reply.ok) {
        s.acked = Math.min(reply.lastSeq, s.head);
        s.lastSyncAt = new Date().toISOString();
        if (this.lastError && this.lastError.code !== 'sync.diverged') this.lastError = null;
        this.saveCheckpoint();
        this.changed();
        continue;
      }
      this.fail(reply.error.code, reply.error.message);
      switch (reply.error.code) {
        case 'sync.gap':
          // central is behind what we thought: resend from its position
          s.acked = Math.min(reply.lastSeq ?? 0, s.head);
          continue;
        case 'sync.diverged':
        case 'sync.conflict':
        case 'sync.invalid':
          s.stopped = { code: reply.error.code, message: reply.error.message };
          this.log(`sync: ${s.name} stopped at ${s.acked}: ${reply.error.code}`);
          continue;
        default:
          // revoked, unavailable…: reconnect after a pause (the handshake says whether we may)
          throw new Disconnected(reply.error.code);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const socket = this.socket;
    this.socket = null;
    this.connected = false;
    this.wake?.();
    if (socket) {
      socket.removeAllListeners();
      socket.close();
    }
    await this.pumping.catch(() => undefined);
    await this.catalogues;
    await this.checkpoint.flush();
  }
}
