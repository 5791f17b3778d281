// The live link from a screen to the office server: authenticates with a token,
// keeps a QueueView current from numbered events, resynchronises after a blip
// (missed events, or a fresh snapshot), and sends commands with retry-safe ids.
import { io, type Socket } from 'socket.io-client';
import {
  applyEvent,
  errorMessage,
  viewFromSnapshot,
  type Ack,
  type ClientToServer,
  type CommandInput,
  type CommandResults,
  type DeskEvent,
  type PrinterView,
  type TicketPrintState,
  type QueueView,
  type ServerToClient,
  type SyncResult,
} from '@desk/common';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthorized';

export interface ConnectionState {
  status: ConnectionStatus;
  view: QueueView | null;
}

type Listener = () => void;
type EventListener = (event: DeskEvent, view: QueueView) => void;
type SnapshotListener = (view: QueueView) => void;

export interface DeskConnectionOptions {
  /** Server origin; defaults to the page's own. */
  url?: string;
  token: string;
  /** Called when the server refuses the token (re-login / re-pair). */
  onUnauthorized?: () => void;
}

function newCommandId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export class DeskConnection {
  private socket: Socket<ServerToClient, ClientToServer>;
  private state: ConnectionState = { status: 'connecting', view: null };
  private listeners = new Set<Listener>();
  private eventListeners = new Set<EventListener>();
  private snapshotListeners = new Set<SnapshotListener>();
  private syncing = false;
  private pending: DeskEvent[] = [];

  constructor(private options: DeskConnectionOptions) {
    this.socket = io(options.url ?? '', {
      auth: { token: options.token },
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 4000,
    });
    this.socket.on('connect', () => void this.resync());
    this.socket.on('disconnect', (reason) => {
      this.set({ status: 'offline' });
      // the server closed us on purpose (e.g. a token check): Socket.IO will not retry by itself
      if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), 1000);
    });
    this.socket.on('connect_error', (err) => {
      if (err.message === 'unauthorized') {
        this.set({ status: 'unauthorized' });
        this.socket.disconnect();
        options.onUnauthorized?.();
      } else this.set({ status: 'offline' });
    });
    this.socket.on('desk:events', (events) => {
      for (const event of events) this.receive(event);
    });
  }

  getState = (): ConnectionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Every event, in sequence order, after it was applied (missed ones included after a resync). */
  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** How this kiosk's tickets are printing (sent only to the kiosk that issued them). */
  onPrint(listener: (state: TicketPrintState) => void): () => void {
    this.socket.on('desk:print', listener);
    return () => this.socket.off('desk:print', listener);
  }

  /** Every server printer's state, whenever one changes (staff only). */
  onPrinters(listener: (printers: PrinterView[]) => void): () => void {
    this.socket.on('desk:printers', listener);
    return () => this.socket.off('desk:printers', listener);
  }

  /** Called when a whole snapshot replaced the view (first connect, or a gap too big to replay). */
  onSnapshot(listener: SnapshotListener): () => void {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  }

  close(): void {
    this.socket.disconnect();
  }

  /**
   * Send a command. The same commandId is re-sent after a reconnect, and the server
   * answers a repeat with its first answer, so a retry never acts twice.
   */
  async send<T extends keyof CommandResults>(
    command: Extract<CommandInput, { type: T }>,
    giveUpMs = 20_000,
  ): Promise<Ack<CommandResults[T]>> {
    const full = { ...command, commandId: newCommandId() };
    const deadline = Date.now() + giveUpMs;
    while (Date.now() < deadline) {
      try {
        const answer = await this.socket
          .timeout(Math.min(8000, Math.max(1000, deadline - Date.now())))
          .emitWithAck('command', full as never);
        return answer as Ack<CommandResults[T]>;
      } catch {
        // no ack in time: wait for the link and try again with the same id
        await this.waitOnline(deadline);
      }
    }
    return { ok: false, error: { code: 'error.timeout', message: errorMessage('error.timeout') } };
  }

  private waitOnline(deadline: number): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.socket.off('connect', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
      this.socket.on('connect', done);
    });
  }

  private set(patch: Partial<ConnectionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private receive(event: DeskEvent): void {
    if (this.syncing || !this.state.view) {
      this.pending.push(event);
      return;
    }
    const view = this.state.view;
    if (event.seq <= view.seq) return;
    if (event.seq > view.seq + 1) {
      // a gap: something was missed; ask for it
      this.pending.push(event);
      void this.resync();
      return;
    }
    this.applyAndEmit(event);
  }

  private applyAndEmit(event: DeskEvent): void {
    const view = this.state.view;
    if (!view || event.seq <= view.seq) return;
    const next = applyEvent(view, event);
    this.set({ view: next });
    for (const l of this.eventListeners) l(event, next);
  }

  private async resync(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const lastSeq = this.state.view?.seq;
      const answer = await this.socket
        .timeout(10_000)
        .emitWithAck('sync', lastSeq === undefined ? {} : { lastSeq, day: this.state.view?.day });
      if (!answer.ok) throw new Error(answer.error.message);
      const result: SyncResult = answer.result;
      if (result.mode === 'snapshot') {
        const view = viewFromSnapshot(result.snapshot, result.config);
        this.set({ view, status: 'online' });
        for (const l of this.snapshotListeners) l(view);
      } else {
        this.set({ status: 'online' });
        for (const e of result.events) this.applyAndEmit(e);
      }
    } catch {
      this.syncing = false;
      if (this.socket.connected) setTimeout(() => void this.resync(), 1000);
      return;
    }
    this.syncing = false;
    const queued = this.pending.sort((a, b) => a.seq - b.seq);
    this.pending = [];
    for (const e of queued) this.receive(e);
  }
}
