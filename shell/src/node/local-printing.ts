// The kiosk's own ticket printer: a durable queue in the shell's folder over the
// printer the settings name (printers/README.md). The page's call is answered at
// once with where the job stands; the job prints when the printer can, and every
// change of it is told through `onState`. One ticket id prints once.
import path from 'node:path';
import type { TicketPrintState } from '@desk/common';
import { createPrinter, PrintQueue, ticketJob, type PrintJob, type TicketPrint } from '@desk/printers';
import type { PrintAnswer } from '../common/ipc';

/** The printer id the kiosk's screen sees for its own printer. */
export const LOCAL_PRINTER_ID = 'local';

export interface LocalPrintingOptions {
  /** The shell's folder (userData): jobs in `print-queue/`, a `virtual` printer's pages in `printed/`. */
  dataDir: string;
  onState: (state: TicketPrintState) => void;
  /** How often the printer is asked for its state (default: the queue's 5 s). */
  pollMs?: number;
  log?: (message: string) => void;
}

export interface LocalPrinting {
  /** Follow the settings: '' = no printer; a new address reopens the queue (same folder: waiting jobs carry over). */
  configure(printerUrl: string): Promise<void>;
  print(ticketId: string, data: TicketPrint): Promise<PrintAnswer>;
  close(): Promise<void>;
}

type Active = { url: string; queue: PrintQueue } | { url: string; failure: string } | null;

const TICKET_KEY = 'ticket:';

/** A queue job → what the kiosk's screen hears (only ticket jobs have a ticket to tell about). */
export function ticketPrintState(job: PrintJob): TicketPrintState | undefined {
  if (!job.key?.startsWith(TICKET_KEY)) return undefined;
  return {
    ticketId: job.key.slice(TICKET_KEY.length),
    printerId: LOCAL_PRINTER_ID,
    state: job.state,
    ...(job.lastError && job.state !== 'printed' ? { message: job.lastError.message } : {}),
  };
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
        const state = ticketPrintState(job);
        if (state) options.onState(state);
      });
      queue.on('error', (error) => log(`[desk-shell] print queue: ${error.message}`));
      active = { url, queue };
    } catch (error) {
      log(`[desk-shell] could not open the printer ${url}: ${String(error)}`);
      active = { url, failure: String(error) };
    }
  }

  return {
    configure: (printerUrl) =>
      serialized(async () => {
        if (closed || (active?.url ?? '') === printerUrl) return;
        await shut();
        if (printerUrl !== '') await open(printerUrl);
      }),

    async print(ticketId, data) {
      await settled();
      if (active === null) {
        return { ok: false, error: { code: 'NO_PRINTER', message: 'برای این کیوسک چاپگری تنظیم نشده است.' } };
      }
      if ('failure' in active) {
        return { ok: false, error: { code: 'PRINTER_UNAVAILABLE', message: 'چاپگر این کیوسک آماده نیست.' } };
      }
      // Synchronous from here: no change of printer can come in between.
      const { job } = active.queue.enqueue(ticketJob(ticketId, data));
      return { ok: true, state: ticketPrintState(job)! };
    },

    close: () =>
      serialized(async () => {
        closed = true;
        await shut();
      }),
  };
}
