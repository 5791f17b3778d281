// One physical printer: its transport, what we last heard of its health, and a
// print that knows whether the printer really took the job. Only one conversation
// with a printer at a time (many accept one connection; answers must not mix).
import { EventEmitter } from 'node:events';
import { FileTransport } from './transports/file';
import { TransportError, type LinkFailure, type Transport } from './transports/link';
import { SerialTransport, type SerialPortLike } from './transports/serial';
import { TcpTransport } from './transports/tcp';
import { VirtualTransport } from './transports/virtual';
import { parsePrinterUrl, type PrinterTarget } from './printer-url';
import { PAPER_WIDTHS } from './paper';
import { STATUS_QUERIES, blocksPrinting, parseStatusBytes, type PrinterState, type PrinterStatus } from './status';
import { VirtualPrinterDevice } from './virtual-printer';
import { printerText } from './strings';

/** Why a print did not happen: the link failed, or the printer said it cannot print. */
export type FailureReason = LinkFailure | 'paper-out' | 'cover-open' | 'error' | 'render';

export type PrintResult =
  | { ok: true; status: PrinterStatus }
  | { ok: false; reason: FailureReason; status: PrinterStatus; /** Persian, for people */ message: string; detail: string };

export interface PrinterOptions {
  /** Printable dots across (default: from the address, else 576 for 80 mm). */
  width?: number;
  connectTimeoutMs?: number;
  /** For the bytes to leave (plus the wire time of slow serial lines). */
  writeTimeoutMs?: number;
  /** For the answer to a status query. */
  statusTimeoutMs?: number;
  /**
   * For the answer to the status query sent after a job: the printer reaches it only
   * after reading the whole job, so it also covers a printer busy printing.
   */
  confirmTimeoutMs?: number;
  /**
   * Ask the printer for its status (default: whenever the transport reads back).
   * Off for printers that do not answer DLE EOT: jobs are then sent blind.
   */
  readStatus?: boolean;
  /** For `virtual`: the device, or the folder its pages go to (default ./data/printed). */
  virtual?: VirtualPrinterDevice;
  virtualDir?: string;
  /** For serial: make the port object yourself (Electron, tests). */
  makeSerialPort?: (o: { path: string; baudRate: number; rtscts: boolean }) => SerialPortLike;
}

function transportFor(target: PrinterTarget, options: PrinterOptions): Transport {
  switch (target.kind) {
    case 'tcp':
      return new TcpTransport(target.host, target.port);
    case 'serial':
      return new SerialTransport({ path: target.path, baudRate: target.baudRate, rtscts: target.rtscts, makePort: options.makeSerialPort });
    case 'file':
      return new FileTransport(target.path);
    case 'virtual':
      return new VirtualTransport(options.virtual ?? new VirtualPrinterDevice({ dir: target.dir ?? options.virtualDir ?? './data/printed' }));
  }
}

export class Printer extends EventEmitter<{ status: [PrinterStatus] }> {
  readonly width: number;
  readonly readsStatus: boolean;
  private last: PrinterStatus = { state: 'offline', source: 'connection', at: 0 };
  private chain: Promise<unknown> = Promise.resolve();
  private busy = 0;
  private poller: NodeJS.Timeout | undefined;
  private readonly timeouts: { connect: number; write: number; status: number; confirm: number };

  constructor(
    readonly url: string,
    readonly target: PrinterTarget,
    readonly transport: Transport,
    options: PrinterOptions & { width: number },
  ) {
    super();
    this.width = options.width;
    this.readsStatus = transport.canRead && options.readStatus !== false;
    this.timeouts = {
      connect: options.connectTimeoutMs ?? 3000,
      write: options.writeTimeoutMs ?? 10_000,
      status: options.statusTimeoutMs ?? 2000,
      confirm: options.confirmTimeoutMs ?? 15_000,
    };
  }

  /** What we last heard (state 'offline' until the first check). */
  get status(): PrinterStatus {
    return this.last;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.busy++;
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run.finally(() => this.busy--);
  }

  private update(state: PrinterState, source: PrinterStatus['source'], raw?: number[]): PrinterStatus {
    const next: PrinterStatus = raw ? { state, source, at: Date.now(), raw } : { state, source, at: Date.now() };
    const changed = next.state !== this.last.state || next.source !== this.last.source;
    this.last = next;
    if (changed) this.emit('status', next);
    return next;
  }

  /** Ask the printer now (or, for a write-only transport, see whether it opens). */
  checkStatus(): Promise<PrinterStatus> {
    return this.exclusive(async () => {
      try {
        const link = await this.transport.open(this.timeouts.connect);
        try {
          const status = this.readsStatus ? await this.query(link) : this.update('online', 'connection');
          await link.close();
          return status;
        } catch (err) {
          link.abort();
          throw err;
        }
      } catch (err) {
        if (!(err instanceof TransportError)) throw err;
        return this.update('offline', 'connection');
      }
    });
  }

  private async query(link: Awaited<ReturnType<Transport['open']>>, extraMs = 0): Promise<PrinterStatus> {
    link.discard();
    await link.write(STATUS_QUERIES, this.timeouts.write);
    const raw = [...(await link.read(STATUS_QUERIES.length / 3, this.timeouts.status + extraMs))];
    return this.update(parseStatusBytes(raw), 'printer', raw);
  }

  /**
   * Send one job. With status: ask first (a printer out of paper gets nothing), then
   * send, then ask again: the answer comes only after the printer has read every byte
   * of the job, so `ok` means the printer has it, not merely that the OS buffered it.
   */
  print(bytes: Buffer): Promise<PrintResult> {
    return this.exclusive(async () => {
      let link;
      try {
        link = await this.transport.open(this.timeouts.connect);
      } catch (err) {
        return this.failure(err);
      }
      try {
        if (this.readsStatus) {
          const before = await this.query(link);
          if (blocksPrinting(before.state)) {
            await link.close();
            return this.refused(before);
          }
        }
        await link.write(bytes, this.timeouts.write + this.transport.transferMs(bytes.length));
        let status: PrinterStatus;
        if (this.readsStatus) {
          try {
            status = await this.query(link, this.timeouts.confirm + this.transport.transferMs(bytes.length));
          } catch (err) {
            // written but never confirmed: the printer is not reading what it was given
            if (err instanceof TransportError && err.reason === 'timeout') throw new TransportError('not-reading', err.message);
            throw err;
          }
        } else {
          status = this.update('online', 'connection');
        }
        await link.close();
        return { ok: true, status };
      } catch (err) {
        link.abort();
        return this.failure(err);
      }
    });
  }

  private refused(status: PrinterStatus): PrintResult {
    const reason: FailureReason = status.state === 'paper-out' || status.state === 'cover-open' ? status.state : 'error';
    return { ok: false, reason, status, message: printerText(`failure.${reason}`), detail: `printer reports ${status.state}` };
  }

  private failure(err: unknown): PrintResult {
    if (!(err instanceof TransportError)) throw err;
    const reason = err.reason;
    const status = this.update('offline', 'connection');
    return { ok: false, reason, status, message: printerText(`failure.${reason}`), detail: err.message };
  }

  /** Check every `intervalMs` (skipped while a job is going out: the job reports status). */
  startPolling(intervalMs = 5000): void {
    this.stopPolling();
    const tick = () => {
      if (this.busy === 0) void this.checkStatus().catch(() => undefined);
    };
    this.poller = setInterval(tick, intervalMs);
    this.poller.unref();
    tick();
  }

  stopPolling(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
  }

  async close(): Promise<void> {
    this.stopPolling();
    await this.chain;
    await this.transport.dispose();
  }
}

/** A printer from its address (see printer-url.ts); throws PrinterUrlError on a bad address. */
export function createPrinter(url: string, options: PrinterOptions = {}): Printer {
  const address = parsePrinterUrl(url);
  const width = options.width ?? address.width ?? PAPER_WIDTHS['80mm'];
  const readStatus = options.readStatus ?? address.readStatus;
  return new Printer(url, address.target, transportFor(address.target, options), { ...options, width, ...(readStatus === undefined ? {} : { readStatus }) });
}
