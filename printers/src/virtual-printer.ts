// A printer made of software: it reads the ESC/POS we send (reset, raster strips,
// cuts), answers status queries from a state we choose, and keeps every cut page as
// a PNG. Tests check what was really sent; demos show what would come out on paper.
//
// Faults, as a real printer shows them:
// - paper-out / cover-open / error: status answers say so; pages sent meanwhile are
//   held and come out when the fault clears (as an Epson does after paper is loaded).
// - stall: connections are accepted but never read (kernel buffers fill, no answers).
//   Clearing it is a power cycle: stalled connections are dropped with what they held.
// - closed: nothing listens on the port.
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { EscPosParser, PageAssembler } from './escpos-decode';
import { rasterToPng, type Raster } from './raster';
import { paperSensorByteFor, statusBytesFor, type PrinterState } from './status';

export type VirtualFault = 'paper-low' | 'paper-out' | 'cover-open' | 'error' | 'stall' | 'closed';

export interface VirtualJob {
  /** 1, 2, 3… in the order the cuts arrived */
  n: number;
  raster: Raster;
  /** the saved PNG (when the device has a folder) */
  file?: string;
  /** when the cut (the job's last byte) was read: process.hrtime in ms, comparable across processes */
  lastByteAt: number;
}

export interface VirtualDeviceOptions {
  /** Where each page is saved as PNG; none = keep in memory only. */
  dir?: string;
  fault?: VirtualFault | null;
}

/** One connection's view of the device: bytes in, answers out. */
export interface VirtualSession {
  receive(chunk: Buffer): void;
  /** The connection ended: a page without a cut still comes out (as on paper). */
  end(): void;
}

const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

function fileStamp(d: Date): string {
  return d.toISOString().replace(/:/g, '-').replace('.', '-').replace('Z', '');
}

export class VirtualPrinterDevice extends EventEmitter<{ job: [VirtualJob]; fault: [VirtualFault | null] }> {
  readonly dir: string | undefined;
  readonly jobs: VirtualJob[] = [];
  private currentFault: VirtualFault | null;
  private held: Array<{ raster: Raster; lastByteAt: number }> = [];
  private count = 0;
  private saving: Promise<void> = Promise.resolve();

  constructor(options: VirtualDeviceOptions = {}) {
    super();
    this.dir = options.dir;
    this.currentFault = options.fault ?? null;
  }

  get fault(): VirtualFault | null {
    return this.currentFault;
  }

  /** The state the status answers report. */
  get state(): PrinterState {
    const f = this.currentFault;
    return f === 'paper-low' || f === 'paper-out' || f === 'cover-open' || f === 'error' ? f : 'online';
  }

  /** Mechanical faults only; the TCP front adds stall and closed. */
  setFault(fault: VirtualFault | null): void {
    this.currentFault = fault;
    this.emit('fault', fault);
    if (!this.holding()) for (const page of this.held.splice(0)) this.output(page.raster, page.lastByteAt);
  }

  private holding(): boolean {
    const s = this.state;
    return s === 'paper-out' || s === 'cover-open' || s === 'error';
  }

  connect(answer: (bytes: Buffer) => void): VirtualSession {
    const parser = new EscPosParser();
    const page = new PageAssembler();
    const finish = () => {
      if (page.empty) return;
      const raster = page.take();
      const lastByteAt = monotonicMs();
      if (this.holding()) this.held.push({ raster, lastByteAt });
      else this.output(raster, lastByteAt);
    };
    return {
      receive: (chunk) => {
        const answers: number[] = [];
        for (const cmd of parser.push(chunk)) {
          if (cmd.type === 'raster') page.add(cmd);
          else if (cmd.type === 'cut') finish();
          else if (cmd.type === 'status' && cmd.query === 'dle-eot' && cmd.n >= 1 && cmd.n <= 4) answers.push(statusBytesFor(this.state)[cmd.n - 1]!);
          else if (cmd.type === 'status' && cmd.query === 'gs-r') answers.push(cmd.n === 1 || cmd.n === 49 ? paperSensorByteFor(this.state) : 0);
        }
        // one write for the answers to one read: byte-by-byte writes meet Nagle and delayed ACKs
        if (answers.length) answer(Buffer.from(answers));
      },
      end: finish,
    };
  }

  private output(raster: Raster, lastByteAt: number): void {
    const job: VirtualJob = { n: ++this.count, raster, lastByteAt };
    this.jobs.push(job);
    if (!this.dir) {
      this.emit('job', job);
      return;
    }
    const dir = this.dir;
    const file = join(dir, `${fileStamp(new Date())}-${job.n}.png`);
    // one write after another, so 'job' events come in print order
    this.saving = this.saving.then(async () => {
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(file, rasterToPng(raster));
        job.file = file;
      } catch (err) {
        console.error(`virtual printer: could not save ${file}:`, err);
      }
      this.emit('job', job);
    });
  }

  /** Resolves when every page so far is saved. */
  flushed(): Promise<void> {
    return this.saving;
  }
}

export interface VirtualPrinterOptions extends VirtualDeviceOptions {
  /** 0 = any free port */
  port?: number;
  host?: string;
}

export interface VirtualPrinter {
  readonly device: VirtualPrinterDevice;
  readonly port: number;
  readonly host: string;
  /** `tcp://host:port` */
  readonly url: string;
  readonly jobs: VirtualJob[];
  setFault(fault: VirtualFault | null): Promise<void>;
  on(event: 'job', listener: (job: VirtualJob) => void): void;
  close(): Promise<void>;
}

/** A virtual printer on a TCP port, speaking like a network printer on 9100. */
export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const device = new VirtualPrinterDevice({ dir: options.dir, fault: mechanical(options.fault) });
  const sockets = new Set<Socket>();
  const stalled = new Set<Socket>();
  let fault: VirtualFault | null = options.fault ?? null;
  let server: Server | undefined;

  const onConnection = (socket: Socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => {
      sockets.delete(socket);
      stalled.delete(socket);
    });
    socket.on('error', () => undefined);
    const session = device.connect((bytes) => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => session.receive(chunk));
    socket.on('end', () => {
      session.end();
      socket.end();
    });
    // after the 'data' listener: an explicit pause() keeps the stream from flowing
    if (fault === 'stall') {
      socket.pause();
      stalled.add(socket);
    }
  };

  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const s = createServer(onConnection);
      s.once('error', reject);
      s.listen(port, host, () => resolve(s));
    });

  const stopListening = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  let port = options.port ?? 0;
  if (fault !== 'closed') {
    server = await listen(port);
    port = (server.address() as { port: number }).port;
  } else if (port === 0) {
    throw new Error('a virtual printer that starts closed needs a fixed port');
  }

  return {
    device,
    host,
    get port() {
      return port;
    },
    get url() {
      return `tcp://${host}:${port}`;
    },
    jobs: device.jobs,
    async setFault(next) {
      const was = fault;
      fault = next;
      if (was === 'stall' && next !== 'stall') {
        // power cycle: what the stalled connections held is gone
        for (const socket of stalled) socket.destroy();
        stalled.clear();
      }
      if (next === 'stall') {
        for (const socket of sockets) {
          socket.pause();
          stalled.add(socket);
        }
      }
      if (next === 'closed') await stopListening();
      else if (!server) server = await listen(port);
      device.setFault(mechanical(next));
    },
    on(event, listener) {
      device.on(event, listener);
    },
    async close() {
      await stopListening();
      await device.flushed();
    },
  };
}

function mechanical(fault: VirtualFault | null | undefined): VirtualFault | null {
  return fault === 'stall' || fault === 'closed' || fault === undefined ? null : fault;
}
