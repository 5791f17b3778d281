// Serial printers (`serial:///dev/ttyUSB0?baud=19200`) through the serialport package.
// node-thermal-printer has no serial interface; this adapter is ours. The port stays
// open between jobs (reopening resets some USB adapters and costs time) and is
// reopened after any error.
import { SerialPort } from 'serialport';
import { ByteReader, TransportError, withDeadline, type Link, type Transport } from './link';

/** The slice of a serialport object we use, so tests or Electron can hand in another. */
export interface SerialPortLike {
  readonly isOpen: boolean;
  open(callback: (err: Error | null) => void): void;
  write(data: Buffer, callback: (err: Error | null | undefined) => void): boolean;
  flush(callback?: (err: Error | null) => void): void;
  close(callback?: (err: Error | null) => void): void;
  on(event: 'data', listener: (data: Buffer) => void): this;
  on(event: 'close' | 'error', listener: (err?: Error | null) => void): this;
  removeAllListeners(): this;
}

export interface SerialOptions {
  path: string;
  baudRate: number;
  /** hardware flow control (the printer holds CTS while its buffer is full) */
  rtscts?: boolean;
  /** how to make the port object (default: serialport's SerialPort, not yet open) */
  makePort?: (o: { path: string; baudRate: number; rtscts: boolean }) => SerialPortLike;
}

const defaultPort = (o: { path: string; baudRate: number; rtscts: boolean }): SerialPortLike =>
  new SerialPort({ path: o.path, baudRate: o.baudRate, rtscts: o.rtscts, autoOpen: false }) as unknown as SerialPortLike;

export class SerialTransport implements Transport {
  readonly kind = 'serial';
  readonly canRead = true;
  private port: SerialPortLike | undefined;
  private reader = new ByteReader();

  constructor(readonly options: SerialOptions) {}

  /** 10 bits a byte on the wire (start, 8 data, stop). */
  transferMs(bytes: number): number {
    return Math.ceil((bytes * 10 * 1000) / this.options.baudRate);
  }

  async open(timeoutMs: number): Promise<Link> {
    const port = this.port?.isOpen ? this.port : await this.openPort(timeoutMs);
    return this.link(port);
  }

  private openPort(timeoutMs: number): Promise<SerialPortLike> {
    this.drop();
    const { path, baudRate, rtscts = false } = this.options;
    const port = (this.options.makePort ?? defaultPort)({ path, baudRate, rtscts });
    const reader = new ByteReader();
    port.on('data', (d) => reader.push(d));
    const gone = (err?: Error | null) => {
      reader.fail(new TransportError('offline', `${path}: ${err?.message ?? 'port closed'}`));
      if (this.port === port) this.port = undefined;
    };
    port.on('close', gone);
    port.on('error', gone);
    const opened = new Promise<SerialPortLike>((resolve, reject) =>
      port.open((err) => (err ? reject(new TransportError('offline', `${path}: ${err.message}`)) : resolve(port))),
    );
    return withDeadline(opened, timeoutMs, 'timeout', `${path}: the port did not open within ${timeoutMs} ms`, () => port.close()).then((p) => {
      this.port = p;
      this.reader = reader;
      return p;
    });
  }

  private link(port: SerialPortLike): Link {
    const reader = this.reader;
    const path = this.options.path;
    return {
      write: (bytes, timeoutMs) => {
        const written = new Promise<void>((resolve, reject) =>
          port.write(bytes, (err) => (err ? reject(new TransportError('offline', `${path}: ${err.message}`)) : resolve())),
        );
        // no drain(): tcdrain() blocks a libuv thread for as long as the printer holds CTS
        return withDeadline(written, timeoutMs + this.transferMs(bytes.length), 'not-reading', `${path}: the printer stopped taking data`, () => {
          port.flush();
          this.drop();
        });
      },
      read: (n, timeoutMs) => reader.read(n, timeoutMs),
      discard: () => reader.discard(),
      close: async () => {},
      abort: () => this.drop(),
    };
  }

  private drop(): void {
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) port.close();
  }

  async dispose(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
    port.removeAllListeners();
  }
}
