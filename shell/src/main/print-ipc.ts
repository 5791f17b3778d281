// The kiosk's print channels: a queue ticket, and the receipt of an e-desk request it
// just took. Only the kiosk web app, in the shell's own window, on the configured
// server, may call them; what it sends is checked field by field before it reaches
// the printer.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, isTrustedAppSender, PRINT_FORBIDDEN, type PrintAnswer, type ReceiptPrintAnswer, type ShellError } from '../common/ipc';
import type { ShellKind } from '../common/kind';
import { checkPrintRequest, checkReceiptRequest } from '../common/print-request';
import type { LocalPrinting } from '../node/local-printing';
import { senderOf } from './ipc-sender';

export interface PrintIpcOptions {
  printing: LocalPrinting;
  /** The shell window's web contents id, the server and the kind, read at each call. */
  trusted: () => { webContentsId: number; serverUrl: string; kind: ShellKind };
}

export function registerPrintIpc(options: PrintIpcOptions): void {
  /** Why a call is refused before its data is even read, or null. */
  const refusal = (event: IpcMainInvokeEvent): ShellError | null => {
    if (isTrustedAppSender(senderOf(event), options.trusted())) return null;
    console.warn(`[desk-shell] refused a print call from ${event.senderFrame?.url ?? 'a closed frame'}`);
    return PRINT_FORBIDDEN;
  };
  const invalid = (message: string): { ok: false; error: ShellError } => {
    console.warn(`[desk-shell] refused a print call: ${message}`);
    return { ok: false, error: { code: 'INVALID_PRINT', message } };
  };

  ipcMain.handle(IPC_CHANNELS.print, async (event: IpcMainInvokeEvent, ticketId: unknown, data: unknown): Promise<PrintAnswer> => {
    const forbidden = refusal(event);
    if (forbidden) return { ok: false, error: forbidden };
    const request = checkPrintRequest(ticketId, data);
    if (!request.ok) return invalid(request.message);
    return options.printing.print(request.value.ticketId, request.value.data);
  });

  ipcMain.handle(IPC_CHANNELS.printReceipt, async (event: IpcMainInvokeEvent, trackingCode: unknown, data: unknown): Promise<ReceiptPrintAnswer> => {
    const forbidden = refusal(event);
    if (forbidden) return { ok: false, error: forbidden };
    const request = checkReceiptRequest(trackingCode, data);
    if (!request.ok) return invalid(request.message);
    return options.printing.printReceipt(request.value.trackingCode, request.value.data);
  });
}
