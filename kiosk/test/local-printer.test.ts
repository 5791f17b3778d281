import { describe, expect, it, vi } from 'vitest';
import type { TicketPrintState } from '@desk/common';
import type { TicketPrint } from '@desk/printers';
import { printOnShell, shellPrinting, type ShellPrinting } from '../src/local-printer';

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
