// Network printers (`tcp://host:9100`, raw port 9100 / JetDirect). One connection per
// job or status check: printers often serve a single connection and drop idle ones.
import { Socket } from 'node:net';
import { ByteReader, TransportError, withDeadline, type Link, type Transport } from './link';

/** Refused, unreachable, reset: for the person at the kiosk all of it is «not reachable». */
function describe(err: NodeJS.ErrnoException, where: string): TransportError {
  return new TransportError('offline', `${where}: ${err.code ?? err.message}`);
}

export class TcpTransport implements Transport {
  readonly kind = 'tcp';
  readonly canRead = true;

  constructor(
    readonly host: string,
    readonly port: number,
  ) {}

  transferMs(): number {
    return 0;
  }

  open(timeoutMs: number): Promise<Link> {
    const where = `${this.host}:${this.port}`;
    return new Promise<Link>((resolve, reject) => {
      const socket = new Socket();
      const reader = new ByteReader();
      let connected = false;
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new TransportError('timeout', `${where}: no connection within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.on('data', (d: Buffer) => reader.push(d));
      socket.on('error', (err: NodeJS.ErrnoException) => {
        const e = describe(err, where);
        reader.fail(e);
        if (!connected) {
          clearTimeout(timer);
          reject(e);
        }
      });
      socket.on('close', () => reader.fail(new TransportError('offline', `${where}: connection closed by the printer`)));
      socket.connect({ host: this.host, port: this.port }, () => {
        connected = true;
        clearTimeout(timer);
        socket.setNoDelay(true);
        resolve(tcpLink(socket, reader, where));
      });
    });
  }

  async dispose(): Promise<void> {}
}

function tcpLink(socket: Socket, reader: ByteReader, where: string): Link {
  return {
    write(bytes, timeoutMs) {
      const written = new Promise<void>((resolve, reject) => {
        if (socket.destroyed) return reject(new TransportError('offline', `${where}: connection closed`));
        socket.write(bytes, (err) => (err ? reject(describe(err, where)) : resolve()));
      });
      // a printer that accepted the connection but stopped reading: the kernel buffers
      // fill and the write callback never comes
      return withDeadline(written, timeoutMs, 'not-reading', `${where}: the printer stopped taking data (${timeoutMs} ms)`, () => socket.destroy());
    },
    read: (n, timeoutMs) => reader.read(n, timeoutMs),
    discard: () => reader.discard(),
    close() {
      if (socket.destroyed) return Promise.resolve();
      // end() sends what is left, then FIN; wait for the printer to close its side
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.end();
      return withDeadline(closed, 2000, 'timeout', `${where}: close`, () => socket.destroy()).catch(() => undefined);
    },
    abort() {
      socket.destroy();
    },
  };
}
