// Device files: `/dev/usb/lp0` (Linux usblp), `\\.\COM3` or a shared printer path on
// Windows. Write only: the answers of a status query cannot be read back here.
import { open } from 'node:fs/promises';
import { TransportError, withDeadline, type Link, type Transport } from './link';

export class FileTransport implements Transport {
  readonly kind = 'file';
  readonly canRead = false;

  constructor(readonly path: string) {}

  transferMs(): number {
    return 0;
  }

  async open(timeoutMs: number): Promise<Link> {
    const path = this.path;
    // 'a': never truncates (a plain file stands in for a device in tests and demos)
    const handle = await withDeadline(open(path, 'a'), timeoutMs, 'timeout', `${path}: did not open within ${timeoutMs} ms`).catch((err: NodeJS.ErrnoException) => {
      throw err instanceof TransportError ? err : new TransportError('offline', `${path}: ${err.code ?? err.message}`);
    });
    let closed = false;
    const closeOnce = () => {
      if (closed) return Promise.resolve();
      closed = true;
      return handle.close().catch(() => undefined);
    };
    return {
      // a stuck device blocks the write inside a libuv thread; the job fails at the
      // deadline and the handle is closed, which ends the write where the OS allows
      write: (bytes, writeTimeoutMs) =>
        withDeadline(
          handle.write(bytes).then(() => undefined, (err: NodeJS.ErrnoException) => {
            throw new TransportError('offline', `${path}: ${err.code ?? err.message}`);
          }),
          writeTimeoutMs,
          'not-reading',
          `${path}: the printer stopped taking data`,
          () => void closeOnce(),
        ),
      read: () => Promise.reject(new Error(`${path}: a device file cannot be read back`)),
      discard: () => undefined,
      close: closeOnce,
      abort: () => void closeOnce(),
    };
  }

  async dispose(): Promise<void> {}
}
