// What screens hear about printing (the printing itself is in printers/ and the server).

export type PrinterStateName = 'online' | 'offline' | 'paper-low' | 'paper-out' | 'cover-open' | 'error';
export type PrintJobState = 'queued' | 'printing' | 'waiting' | 'printed' | 'failed' | 'cancelled';

/** A printer as staff see it in the admin and counter apps. */
export interface PrinterView {
  id: string;
  name: string;
  url: string;
  state: PrinterStateName;
  /** Persian, for people: «چاپگر کاغذ ندارد». */
  message: string;
  /** Jobs not printed yet. */
  waiting: number;
  /** Jobs that gave up: kept, and can be tried again. */
  failed: Array<{ id: string; key?: string; title?: string; attempts: number; updatedAt: number; error?: string }>;
  lastPrintedAt?: number;
}

/** A ticket's print, as the kiosk that issued it hears of it. */
export interface TicketPrintState {
  ticketId: string;
  printerId: string;
  state: PrintJobState;
  /** Why it has not printed (Persian), while it has not. */
  message?: string;
}

/** An e-desk receipt's print on a kiosk's own printer, as that kiosk's screen hears of it. */
export interface ReceiptPrintState {
  trackingCode: string;
  printerId: string;
  state: PrintJobState;
  /** Why it has not printed (Persian), while it has not. */
  message?: string;
}
