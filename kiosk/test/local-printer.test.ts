import { describe, expect, it, vi } from 'vitest';
import type { ReceiptPrintState, TicketPrintState } from '@desk/common';
import type { ReceiptPrint, TicketPrint } from '@desk/printers';
import { printOnShell, printReceiptOnShell, shellPrinting, shellReceiptPrinting, type ShellPrinting, type ShellReceiptPrinting } from '../src/local-printer';
import { receiptPhase } from '../src/edesk/useReceiptPrint';

const data = { label: 'ب-۲۰۵' } as TicketPrint;
const UNAVAILABLE = 'چاپگر این کیوسک در دسترس نیست';
const shell = (print: ShellPrinting['print']): ShellPrinting => ({ print, onPrintState: () => () => undefined });

describe("a kiosk printing on its own printer, through its shell", () => {
  it('finds the print calls only in a kiosk shell that has them', () => {
    const kiosk = shell(async () => ({ ok: true, state: { ticketId: 't', printerId: 'local', state: 'queued' } }));
    expect(shellPrinting({ kind: 'kiosk', version: '0.1.0', ...kiosk })).toBeDefined();
    expect(shellPrinting({ kind: 'kiosk', version: '0.1.0' })).toBeUndefined();
    expect(shellPrinting(undefined)).toBeUndefined();
  });

  it('hands the ticket to the shell and shows what the shell answers at once', async () => {
    const queued: TicketPrintState = { ticketId: 't1', printerId: 'local', state: 'queued' };
    const print = vi.fn(async () => ({ ok: true as const, state: queued }));
    expect(await printOnShell(shell(print), 't1', data, UNAVAILABLE)).toEqual(queued);
    expect(print).toHaveBeenCalledWith('t1', data);
  });

  it("a refusal shows as a ticket that did not print, with the shell's Persian reason", async () => {
    const refused = shell(async () => ({ ok: false, error: { code: 'NO_PRINTER', message: 'برای این کیوسک چاپگری تنظیم نشده است.' } }));
    expect(await printOnShell(refused, 't2', data, UNAVAILABLE)).toEqual({
      ticketId: 't2', printerId: 'local', state: 'failed', message: 'برای این کیوسک چاپگری تنظیم نشده است.',
    });
  });

  it('no shell, or a bridge that breaks, shows as not printed too: the visitor is never left waiting for paper', async () => {
    const failed = { ticketId: 't3', printerId: 'local', state: 'failed', message: UNAVAILABLE };
    expect(await printOnShell(undefined, 't3', data, UNAVAILABLE)).toEqual(failed);
    expect(await printOnShell(shell(async () => Promise.reject(new Error('ipc gone'))), 't3', data, UNAVAILABLE)).toEqual(failed);
  });
});

describe('the receipt of a request, on the kiosk\'s own printer', () => {
  const receipt = { trackingCode: '14041234567' } as ReceiptPrint;
  const receiptShell = (printReceipt: ShellReceiptPrinting['printReceipt']): ShellReceiptPrinting => ({ printReceipt, onReceiptPrintState: () => () => undefined });

  it('finds the receipt calls only in a shell that has them (an older shell prints tickets only)', () => {
    const ticketsOnly = shell(async () => ({ ok: true, state: { ticketId: 't', printerId: 'local', state: 'queued' } }));
    expect(shellReceiptPrinting({ kind: 'kiosk', version: '0.1.0', ...ticketsOnly })).toBeUndefined();
    expect(shellReceiptPrinting({ kind: 'kiosk', version: '0.2.0', ...receiptShell(async () => ({ ok: false, error: { code: 'x', message: 'x' } })) })).toBeDefined();
  });

  it('hands the receipt to the shell; a refusal, no shell or a broken bridge comes back as not printed', async () => {
    const queued: ReceiptPrintState = { trackingCode: '14041234567', printerId: 'local', state: 'queued' };
    const printReceipt = vi.fn(async () => ({ ok: true as const, state: queued }));
    expect(await printReceiptOnShell(receiptShell(printReceipt), '14041234567', receipt, UNAVAILABLE)).toEqual(queued);
    expect(printReceipt).toHaveBeenCalledWith('14041234567', receipt);

    const failed = (message: string) => ({ trackingCode: '14041234567', printerId: 'local', state: 'failed', message });
    const refused = receiptShell(async () => ({ ok: false, error: { code: 'NO_PRINTER', message: 'برای این کیوسک چاپگری تنظیم نشده است.' } }));
    expect(await printReceiptOnShell(refused, '14041234567', receipt, UNAVAILABLE)).toEqual(failed('برای این کیوسک چاپگری تنظیم نشده است.'));
    expect(await printReceiptOnShell(undefined, '14041234567', receipt, UNAVAILABLE)).toEqual(failed(UNAVAILABLE));
    expect(await printReceiptOnShell(receiptShell(async () => Promise.reject(new Error('ipc gone'))), '14041234567', receipt, UNAVAILABLE)).toEqual(failed(UNAVAILABLE));
  });

  it('the screen says printing while queued, printed once printed, and not printed (with why) while it waits for paper', () => {
    const at = (state: ReceiptPrintState['state'], message?: string): ReceiptPrintState => ({ trackingCode: '14041234567', printerId: 'local', state, ...(message ? { message } : {}) });
    expect(receiptPhase(at('queued'))).toEqual({ phase: 'printing' });
    expect(receiptPhase(at('printing'))).toEqual({ phase: 'printing' });
    expect(receiptPhase(at('printed'))).toEqual({ phase: 'printed' });
    expect(receiptPhase(at('waiting', 'چاپگر کاغذ ندارد'))).toEqual({ phase: 'failed', message: 'چاپگر کاغذ ندارد' });
    // no reason given: the screen names the kiosk's printer itself
    expect(receiptPhase(at('failed'))).toEqual({ phase: 'failed' });
  });
});
