// @desk/printers: Persian tickets and receipts on ESC/POS thermal printers.
// Draw a layout → 1-bit raster → ESC/POS raster strips → a printer over TCP, serial
// or a device file, through a persistent queue. See printers/README.md.
import { encodeRaster, type EscPosOptions } from './escpos';
import { ticketLayout, type TicketPrint } from './layouts/ticket';
import { receiptLayout, type ReceiptPrint } from './layouts/receipt';
import { rasterToPng, type Raster } from './raster';
import { renderLayout, type RenderOptions } from './render';
import type { JobInput } from './queue';
import { printerText } from './strings';

export type { Layout, Block, Align, Direction, Weight, TextSize, Row } from './layout';
export { renderLayout, PAPER_WIDTHS, type RenderOptions } from './render';
export { rasterToPng, imageToRaster, type Raster } from './raster';
export { encodeRaster, rasterStrips, MAX_STRIP_ROWS, type Cut, type EscPosOptions } from './escpos';
export { parseEscPos, decodePages, EscPosParser, type EscPosCommand } from './escpos-decode';
export { ticketLayout, type TicketPrint } from './layouts/ticket';
export { receiptLayout, formatRials, type ReceiptPrint } from './layouts/receipt';
export { parsePrinterUrl, PrinterUrlError, type PrinterTarget, type PrinterAddress } from './printer-url';
export { createPrinter, Printer, type PrinterOptions, type PrintResult, type FailureReason } from './printer';
export { statusMessage, blocksPrinting, type PrinterState, type PrinterStatus } from './status';
export { PrintQueue, renderHere, type LayoutRenderer, type PrintJob, type JobState, type JobInput, type EnqueueResult, type PrintQueueOptions, type RetryPolicy } from './queue';
export { startVirtualPrinter, VirtualPrinterDevice, type VirtualPrinter, type VirtualJob, type VirtualFault } from './virtual-printer';
export { asThermalInterface } from './transports/thermal-interface';
export { printerText, printerMessages } from './strings';

/** A queue ticket as a 1-bit raster (576 dots wide unless `width` says otherwise). */
export function renderTicket(data: TicketPrint, options: RenderOptions = {}): Raster {
  return renderLayout(ticketLayout(data), options);
}

/** A service receipt as a 1-bit raster. */
export function renderReceipt(data: ReceiptPrint, options: RenderOptions = {}): Raster {
  return renderLayout(receiptLayout(data), options);
}

/** The ticket as PNG (for screens: the kiosk can show what it printed). */
export function ticketPng(data: TicketPrint, options: RenderOptions = {}): Buffer {
  return rasterToPng(renderTicket(data, options));
}

/** The ticket as a complete ESC/POS job (for sending without the queue). */
export function ticketEscPos(data: TicketPrint, options: RenderOptions & EscPosOptions = {}): Buffer {
  return encodeRaster(renderTicket(data, options), options);
}

/** A queue job for a ticket: keyed by the ticket id so it prints once. */
export function ticketJob(ticketId: string, data: TicketPrint): JobInput {
  return { key: `ticket:${ticketId}`, title: printerText('job.ticketTitle', data.lang ?? 'fa', { label: data.label }), layout: ticketLayout(data) };
}

/** A queue job for a receipt: keyed by the tracking code. */
export function receiptJob(data: ReceiptPrint): JobInput {
  return { key: `receipt:${data.trackingCode}`, title: printerText('job.receiptTitle', data.lang ?? 'fa', { trackingCode: data.trackingCode }), layout: receiptLayout(data) };
}
