// Printing from the office server: kiosks without a printer of their own (and the
// demo) get their tickets on a network printer. Each printer has a durable queue, so
// issuing a ticket never waits for paper: the visitor has the ticket on screen at once,
// the job prints when it can, and staff see each printer's state live.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { PrinterView, ReceiptPrintState, TicketPrintState } from '@desk/common';
import { RenderWorker } from './render-worker';
import type { PrintJob, PrintQueue, ReceiptPrint, TicketPrint } from '@desk/printers';

// The printing library (and its drawing engine) is loaded only by an office that has
// server printers: one whose kiosks print locally, or that prints nothing, does not pay
// for it in memory.
type Printers = typeof import('@desk/printers');
let printers: Printers | undefined;
const loadPrinters = async (): Promise<Printers> => (printers ??= await import('@desk/printers'));

export type { PrinterView, TicketPrintState };

/** A receipt job as the kiosk's screen tells it; a job waiting on the printer says why (no paper…). */
function receiptStateOf(trackingCode: string, printerId: string, job: PrintJob, queue: PrintQueue): ReceiptPrintState {
  const why = job.state === 'printed' ? undefined : (job.lastError?.message ?? (job.state === 'waiting' ? printers!.statusMessage(queue.printer.status.state, 'fa') : undefined));
  return { trackingCode, printerId, state: job.state, ...(why ? { message: why } : {}) };
}

export interface PrinterConfig {
  id: string;
  name: string;
  /** tcp://host:9100, serial:///dev/ttyUSB0?baud=19200, file:///dev/usb/lp0 … (printers/README.md) */
  url: string;
  /** How often to ask the printer for its state (ms; default 5000). */
  pollMs?: number;
}

interface Entry {
  config: PrinterConfig;
  queue: PrintQueue;
  lastPrintedAt?: number;
}

export class PrintService extends EventEmitter<{ printers: [PrinterView[]]; ticket: [TicketPrintState] }> {
  private entries = new Map<string, Entry>();
  /** Pages are drawn off the event loop (render-worker.ts). */
  private readonly drawing = new RenderWorker();

  private constructor(private readonly dataDir: string) {
    super();
  }

  static async open(dataDir: string, configs: PrinterConfig[]): Promise<PrintService> {
    const service = new PrintService(dataDir);
    for (const p of configs) await service.add(p, await loadPrinters());
    return service;
  }

  private async add(config: PrinterConfig, lib: Printers): Promise<void> {
    const printer = lib.createPrinter(config.url, { virtualDir: join(this.dataDir, 'printed') });
    // one folder per printer: its jobs survive a restart and print in order
    const queue = await lib.PrintQueue.open({
      printer,
      dir: join(this.dataDir, 'print-queue', config.id),
      render: this.drawing.render,
      ...(config.pollMs ? { pollMs: config.pollMs } : {}),
    });
    const entry: Entry = { config, queue };
    queue.on('job', (job) => {
      if (job.state === 'printed') entry.lastPrintedAt = job.printedAt ?? Date.now();
      const ticketId = job.key?.startsWith('ticket:') ? job.key.slice('ticket:'.length) : undefined;
      if (ticketId) {
        this.emit('ticket', {
          ticketId,
          printerId: config.id,
          state: job.state,
          ...(job.lastError && job.state !== 'printed' ? { message: job.lastError.message } : {}),
        });
      }
      this.emit('printers', this.views());
    });
    queue.on('status', () => this.emit('printers', this.views()));
    queue.on('error', (err) => console.error(`printer ${config.id}:`, err));
    this.entries.set(config.id, entry);
  }

  has(printerId: string): boolean {
    return this.entries.has(printerId);
  }

  /** Queue a ticket (once per ticket: a repeat is the same job). Never waits for the printer. */
  printTicket(printerId: string, ticketId: string, data: TicketPrint): TicketPrintState | undefined {
    const entry = this.entries.get(printerId);
    if (!entry) return undefined;
    const { job } = entry.queue.enqueue(printers!.ticketJob(ticketId, data));
    return { ticketId, printerId, state: job.state, ...(job.lastError ? { message: job.lastError.message } : {}) };
  }

  /** Print a service receipt (رسید خدمت); `again` prints it even if it was printed before. */
  printReceipt(printerId: string, data: ReceiptPrint, again = false): ReceiptPrintState | undefined {
    const entry = this.entries.get(printerId);
    if (!entry) return undefined;
    const { job } = entry.queue.enqueue({ ...printers!.receiptJob(data), ...(again ? { reprint: true } : {}) });
    return receiptStateOf(data.trackingCode, printerId, job, entry.queue);
  }

  /** Where a receipt's print stands, if it went through this server (a kiosk follows it on screen). */
  receiptState(trackingCode: string): ReceiptPrintState | undefined {
    for (const [id, entry] of this.entries) {
      const job = entry.queue.jobByKey(`receipt:${trackingCode}`);
      if (job) return receiptStateOf(trackingCode, id, job, entry.queue);
    }
    return undefined;
  }

  /** Print a ticket again on purpose (the counter's «چاپ دوباره»). */
  async reprintTicket(ticketId: string, fallback: () => { printerId: string; data: TicketPrint } | undefined): Promise<TicketPrintState | undefined> {
    for (const [id, entry] of this.entries) {
      const again = await entry.queue.reprint(`ticket:${ticketId}`);
      if (again) return { ticketId, printerId: id, state: again.job.state };
    }
    // never printed here (an Electron kiosk printed it locally): print it on the office printer
    const f = fallback();
    if (!f) return undefined;
    const entry = this.entries.get(f.printerId);
    if (!entry) return undefined;
    const { job } = entry.queue.enqueue({ ...printers!.ticketJob(ticketId, f.data), reprint: true });
    return { ticketId, printerId: f.printerId, state: job.state };
  }

  /** Try a failed job again now. */
  retry(printerId: string, jobId: string): PrintJob | undefined {
    return this.entries.get(printerId)?.queue.retry(jobId);
  }

  /** Where a ticket's print stands, if it went through this server. */
  ticketState(ticketId: string): TicketPrintState | undefined {
    for (const [id, entry] of this.entries) {
      const job = entry.queue.jobByKey(`ticket:${ticketId}`);
      if (job) return { ticketId, printerId: id, state: job.state, ...(job.lastError && job.state !== 'printed' ? { message: job.lastError.message } : {}) };
    }
    return undefined;
  }

  views(): PrinterView[] {
    return [...this.entries.values()].map(({ config, queue, lastPrintedAt }) => {
      const jobs = queue.list();
      const state = queue.printer.status.state;
      return {
        id: config.id,
        name: config.name,
        url: config.url,
        state,
        message: printers!.statusMessage(state, 'fa'),
        waiting: jobs.filter((j) => j.state === 'queued' || j.state === 'printing' || j.state === 'waiting').length,
        failed: jobs
          .filter((j) => j.state === 'failed')
          .map((j) => ({ id: j.id, key: j.key, title: j.title, attempts: j.attempts, updatedAt: j.updatedAt, ...(j.lastError ? { error: j.lastError.message } : {}) })),
        ...(lastPrintedAt ? { lastPrintedAt } : {}),
      };
    });
  }

  /** Wait until a ticket's job printed or gave up (tests, benches). */
  async settledTicket(ticketId: string): Promise<PrintJob | undefined> {
    for (const entry of this.entries.values()) {
      const job = entry.queue.jobByKey(`ticket:${ticketId}`);
      if (job) return entry.queue.settled(job.id);
    }
    return undefined;
  }

  async close(): Promise<void> {
    for (const entry of this.entries.values()) {
      await entry.queue.close();
      await entry.queue.printer.close();
    }
    await this.drawing.close();
  }
}
