// The kiosk's own printer: a durable queue in the shell's folder over the printer
// the settings name (printers/README.md), for queue tickets and e-desk receipts. The
// page's call is answered at once with where the job stands; the job prints when the
// printer can, and every change of it is told through `onState` (a ticket) or
// `onReceiptState` (a receipt). One ticket id, or one tracking code, prints once.
import path from 'node:path';
import type { ReceiptPrintState, TicketPrintState } from '@desk/common';
import { createPrinter, PrintQueue, receiptJob, ticketJob, type JobInput, type PrintJob, type ReceiptPrint, type TicketPrint } from '@desk/printers';
import type { PrintAnswer, ReceiptPrintAnswer, ShellError } from '../common/ipc';

/** The printer id the kiosk's screen sees for its own printer. */
export const LOCAL_PRINTER_ID = 'local';

export interface LocalPrintingOptions {
  /** The shell's folder (userData): jobs in `print-queue/`, a `virtual` printer's pages in `printed/`. */
  dataDir: string;
  onState: (state: TicketPrintState) => void;
  onReceiptState?: (state: ReceiptPrintState) => void;
  /** How often the printer is asked for its state (default: the queue's 5 s). */
  pollMs?: number;
  log?: (message: string) => void;
}

export interface LocalPrinting {
  /** Follow the settings: '' = no printer; a new address reopens the queue (same folder: waiting jobs carry over). */
  configure(printerUrl: string): Promise<void>;
  print(ticketId: string, data: TicketPrint): Promise<PrintAnswer>;
  printReceipt(trackingCode: string, data: ReceiptPrint): Promise<ReceiptPrintAnswer>;
  close(): Promise<void>;
}

type Active = { url: string; queue: PrintQueue } | { url: string; failure: string } | null;

const TICKET_KEY = 'ticket:';
const RECEIPT_KEY = 'receipt:';

/** The job's state, and why it has not printed while it has not. */
const jobState = (job: PrintJob) => ({
  printerId: LOCAL_PRINTER_ID,
  state: job.state,
  ...(job.lastError && job.state !== 'printed' ? { message: job.lastError.message } : {}),
});

/** A queue job → what the kiosk's screen hears (only ticket jobs have a ticket to tell about). */
export function ticketPrintState(job: PrintJob): TicketPrintState | undefined {
  if (!job.key?.startsWith(TICKET_KEY)) return undefined;
  return { ticketId: job.key.slice(TICKET_KEY.length), ...jobState(job) };
}

/** The same for a receipt job (`receiptJob` keys it by the tracking code). */
export function receiptPrintState(job: PrintJob): ReceiptPrintState | undefined {
  if (!job.key?.startsWith(RECEIPT_KEY)) return undefined;
  return { trackingCode: job.key.slice(RECEIPT_KEY.length), ...jobState(job) };
}

export function createLocalPrinting(options: LocalPrintingOptions): LocalPrinting {
  const log = options.log ?? console.warn;
  let active: Active = null;
  let closed = false;
  // Opening and closing one after another: two quick saves must not open two queues on one folder.
  let chain: Promise<void> = Promise.resolve();
  const serialized = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work).catch((error: unknown) => log(`[desk-shell] printer: ${String(error)}`));
    return chain;
  };
  /** Until no change is under way (one may be queued behind the one awaited). */
  const settled = async (): Promise<void> => {
    let seen: Promise<void>;
    do {
      seen = chain;
      await seen;
    } while (seen !== chain);
  };

  async function shut(): Promise<void> {
    const current = active;
    active = null;
    if (current && 'queue' in current) {
      await current.queue.close();
      await current.queue.printer.close();
    }
  }

  async function open(url: string): Promise<void> {
    try {
      const printer = createPrinter(url, { virtualDir: path.join(options.dataDir, 'printed') });
      const queue = await PrintQueue.open({
        printer,
        dir: path.join(options.dataDir, 'print-queue'),
        ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
      });
      queue.on('job', (job) => {
        const ticket = ticketPrintState(job);
        if (ticket) options.onState(ticket);
        const receipt = receiptPrintState(job);
        if (receipt) options.onReceiptState?.(receipt);
      });
      queue.on('error', (error) => log(`[desk-shell] print queue: ${error.message}`));
      active = { url, queue };
    } catch (error) {
      log(`[desk-shell] could not open the printer ${url}: ${String(error)}`);
      active = { url, failure: String(error) };
    }
  }

  /** On the printer the settings name, once no change of it is under way; or why not. */
  async function enqueue(input: JobInput): Promise<PrintJob | ShellError> {
    await settled();
    if (active === null) return { code: 'NO_PRINTER', message: 'برای این کیوسک چاپگری تنظیم نشده است.' };
    if ('failure' in active) return { code: 'PRINTER_UNAVAILABLE', message: 'چاپگر این کیوسک آماده نیست.' };
    // Synchronous from here: no change of printer can come in between.
    return active.queue.enqueue(input).job;
  }

  return {
    configure: (printerUrl) =>
      serialized(async () => {
        if (closed || (active?.url ?? '') === printerUrl) return;
        await shut();
        if (printerUrl !== '') await open(printerUrl);
      }),

    async print(ticketId, data) {
      const job = await enqueue(ticketJob(ticketId, data));
      return 'code' in job ? { ok: false, error: job } : { ok: true, state: ticketPrintState(job)! };
    },

    async printReceipt(trackingCode, data) {
      // keyed `receipt:<trackingCode>`: asked again, it answers the job already there
      const job = await enqueue(receiptJob({ ...data, trackingCode }));
      return 'code' in job ? { ok: false, error: job } : { ok: true, state: receiptPrintState(job)! };
    },

    close: () =>
      serialized(async () => {
        closed = true;
        await shut();
      }),
  };
}
