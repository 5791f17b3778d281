// The lobby's voice queue: every call is announced whole, one after another, in
// the order it arrived. Nothing is cut off or skipped when calls arrive together
// (NovoSGA's panel announced only the latest), and a call delivered twice (after
// a resync) is announced once. Pure: the sound itself comes from `play`.
import type { Call } from '@desk/common';
import { callClips } from '@desk/common/voice';

/** Plays one clip by name; resolves when the next clip may follow. */
export type PlayClip = (clip: string) => Promise<void>;

export interface AnnouncerOptions {
  play: PlayClip;
  /** Clips for a call; defaults to the Persian sentence from callClips. */
  clipsFor?: (call: Call) => string[];
  /** Make a call's clips ready (fetch, decode) before its first one plays. */
  prepare?: (clips: string[]) => Promise<void>;
  /** After the last clip of a call finished. */
  onAnnounced?: (call: Call) => void;
  /** A clip that neither resolves nor fails within this time is given up (the queue must never stall). */
  clipTimeoutMs?: number;
  /** How many call ids are remembered for de-duplication. */
  memory?: number;
}

export interface AnnouncerState {
  status: 'idle' | 'announcing';
  /** The call being announced, or the last one announced when idle. */
  current: Call | null;
  /** Calls waiting behind the current one. */
  queue: number;
  /** Their ids, in the order they will be spoken. */
  upcoming: readonly string[];
}

const DEFAULT_CLIP_TIMEOUT_MS = 10_000;
const DEFAULT_MEMORY = 1000;

/** The clips of a call; an unspeakable number (outside 1…999) still gets the chime. */
export function safeCallClips(call: Call): string[] {
  try {
    return callClips(call);
  } catch {
    return ['chime'];
  }
}

export class Announcer {
  private waiting: Call[] = [];
  private known = new Set<string>();
  private knownOrder: string[] = [];
  private running = false;
  private disposed = false;
  private state: AnnouncerState = { status: 'idle', current: null, queue: 0, upcoming: [] };
  private listeners = new Set<() => void>();
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: AnnouncerOptions) {}

  /** Queue a call. Returns false if this call id was already queued or announced. */
  enqueue(call: Call): boolean {
    if (this.disposed || this.known.has(call.id)) return false;
    this.remember(call.id);
    this.waiting.push(call);
    this.setState(this.queueState());
    void this.run();
    return true;
  }

  /** Whether this call id was already queued or announced. */
  has(callId: string): boolean {
    return this.known.has(callId);
  }

  getState = (): AnnouncerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once nothing is queued or playing. */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stop after the clip now playing; queued calls are dropped. */
  dispose(): void {
    this.disposed = true;
    this.waiting = [];
    this.listeners.clear();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    while (this.waiting.length > 0 && !this.disposed) {
      const call = this.waiting.shift()!;
      this.setState({ status: 'announcing', current: call, ...this.queueState() });
      await this.announce(call);
      if (!this.disposed) this.options.onAnnounced?.(call);
    }
    this.running = false;
    this.setState({ status: 'idle', ...this.queueState() });
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async announce(call: Call): Promise<void> {
    const clips = (this.options.clipsFor ?? safeCallClips)(call);
    const limit = this.options.clipTimeoutMs ?? DEFAULT_CLIP_TIMEOUT_MS;
    if (this.options.prepare) {
      try {
        await withTimeout(this.options.prepare(clips), limit);
      } catch {
        // not ready: each clip still gets its own chance (or its silent wait)
      }
    }
    for (const clip of clips) {
      if (this.disposed) return;
      try {
        await withTimeout(this.options.play(clip), limit);
      } catch {
        // a broken clip is skipped; the rest of the sentence and the queue go on
      }
    }
  }

  private queueState(): Pick<AnnouncerState, 'queue' | 'upcoming'> {
    return { queue: this.waiting.length, upcoming: this.waiting.map((c) => c.id) };
  }

  private remember(id: string): void {
    this.known.add(id);
    this.knownOrder.push(id);
    const limit = this.options.memory ?? DEFAULT_MEMORY;
    while (this.knownOrder.length > limit) this.known.delete(this.knownOrder.shift()!);
  }

  private setState(patch: Partial<AnnouncerState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** Resolves or rejects like `promise`, but rejects after `ms` if it has not settled. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`clip timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
