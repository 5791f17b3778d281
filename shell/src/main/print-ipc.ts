// The kiosk's one print channel. Only the kiosk web app, in the shell's own
// window, on the configured server, may call it; what it sends is checked field
// by field before it reaches the printer.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, isTrustedAppSender, PRINT_FORBIDDEN, type PrintAnswer } from '../common/ipc';
import type { ShellKind } from '../common/kind';
import { checkPrintRequest } from '../common/print-request';
import type { LocalPrinting } from '../node/local-printing';
import { senderOf } from './ipc-sender';

export interface PrintIpcOptions {
  printing: LocalPrinting;
  /** The shell window's web contents id, the server and the kind, read at each call. */
  trusted: () => { webContentsId: number; serverUrl: string; kind: ShellKind };
}

export function registerPrintIpc(options: PrintIpcOptions): void {
  ipcMain.handle(IPC_CHANNELS.print, async (event: IpcMainInvokeEvent, ticketId: unknown, data: unknown): Promise<PrintAnswer> => {
    if (!isTrustedAppSender(senderOf(event), options.trusted())) {
      console.warn(`[desk-shell] refused a print call from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return { ok: false, error: PRINT_FORBIDDEN };
    }
    const request = checkPrintRequest(ticketId, data);
    if (!request.ok) {
      console.warn(`[desk-shell] refused a print call: ${request.message}`);
      return { ok: false, error: { code: 'INVALID_PRINT', message: request.message } };
    }
    return options.printing.print(request.value.ticketId, request.value.data);
  });
}
