// What every transport gives the printer: a link that writes with a deadline and,
// where the wire goes both ways, reads answers with a deadline. Nothing here waits
// without a timer: a printer that stops reading must fail a job, not hang it.

/** Why one attempt to reach or feed a printer failed. */
export type LinkFailure = 'offline' | 'timeout' | 'not-reading';

export class TransportError extends Error {
  constructor(
    readonly reason: LinkFailure,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface Link {
  /** Resolves once the bytes are handed to the OS; rejects after `timeoutMs`. */
  write(bytes: Buffer, timeoutMs: number): Promise<void>;
  /** Exactly `n` bytes from the printer, or rejects after `timeoutMs`. */
  read(n: number, timeoutMs: number): Promise<Buffer>;
  /** Forget bytes received so far (stale answers). */
  discard(): void;
  /** Finish cleanly: what was written still reaches the printer. */
  close(): Promise<void>;
  /** Give up at once (after a failure). */
  abort(): void;
}

export interface Transport {
  readonly kind: 'tcp' | 'serial' | 'file' | 'virtual';
  /** Whether the printer's answers come back (status queries possible). */
  readonly canRead: boolean;
  open(timeoutMs: number): Promise<Link>;
  /** Time the wire needs for `bytes` (slow serial lines), added to deadlines. */
  transferMs(bytes: number): number;
  dispose(): Promise<void>;
}

/** Collects incoming bytes; `read` waits for exactly n of them or times out. */
export class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private waiter: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | undefined;
  private closedWith: Error | undefined;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    this.settle();
  }

  /** The far end went away: a pending read fails now instead of at its deadline. */
  fail(err: Error): void {
    this.closedWith = err;
    const w = this.waiter;
    if (w) {
      this.waiter = undefined;
      clearTimeout(w.timer);
      w.reject(err);
    }
  }

  discard(): void {
    this.chunks = [];
    this.length = 0;
  }

  read(n: number, timeoutMs: number): Promise<Buffer> {
    if (this.waiter) return Promise.reject(new Error('one read at a time'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new TransportError('timeout', `no answer from the printer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = { n, resolve, reject, timer };
      this.settle();
      if (this.waiter && this.closedWith) this.fail(this.closedWith);
    });
  }

  private settle(): void {
    const w = this.waiter;
    if (!w || this.length < w.n) return;
    const all = Buffer.concat(this.chunks);
    this.chunks = all.length > w.n ? [all.subarray(w.n)] : [];
    this.length = all.length - w.n;
    this.waiter = undefined;
    clearTimeout(w.timer);
    w.resolve(all.subarray(0, w.n));
  }
}

/** `promise`, or a TransportError after `timeoutMs` (then `onTimeout` cleans up). */
export function withDeadline<T>(promise: Promise<T>, timeoutMs: number, failure: LinkFailure, message: string, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new TransportError(failure, message));
    }, timeoutMs);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
