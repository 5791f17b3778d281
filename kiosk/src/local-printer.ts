// A kiosk whose device printer is 'local' prints on a printer of its own, through
// its Electron shell: `window.deskShell.print` (shell/src/preload). The office
// server then leaves its tickets alone, so whatever goes wrong here must show on
// the screen as a ticket that did not print (the visitor then gets the big QR).
import type { TicketPrintState } from '@desk/common';
import type { TicketPrint } from '@desk/printers';

/** The print part of `window.deskShell` (its full type: DeskShellApi in shell/src/common/ipc.ts). */
export interface ShellPrinting {
  print(ticketId: string, data: TicketPrint): Promise<ShellPrintAnswer>;
  onPrintState(listener: (state: TicketPrintState) => void): () => void;
}

export type ShellPrintAnswer = { ok: true; state: TicketPrintState } | { ok: false; error: { code: string; message: string } };

/** The device printer that means "this kiosk prints itself" (common/src/types.ts, Device.printer). */
export const LOCAL_PRINTER = 'local';

/** The shell's print calls, when this page runs in a kiosk shell that has them. */
export function shellPrinting(deskShell: unknown): ShellPrinting | undefined {
  const shell = deskShell as Partial<ShellPrinting> | undefined;
  return typeof shell?.print === 'function' && typeof shell.onPrintState === 'function' ? (shell as ShellPrinting) : undefined;
}

/**
 * Asks the shell to print and answers the state to show. Never throws: no shell, a
 * refusal or a broken bridge all come back as `failed`, with the shell's Persian
 * reason when there is one and `unavailable` otherwise.
 */
export async function printOnShell(
  shell: ShellPrinting | undefined,
  ticketId: string,
  data: TicketPrint,
  unavailable: string,
): Promise<TicketPrintState> {
  const failed = (message: string): TicketPrintState => ({ ticketId, printerId: LOCAL_PRINTER, state: 'failed', message });
  if (!shell) return failed(unavailable);
  try {
    const answer = await shell.print(ticketId, data);
    return answer.ok ? answer.state : failed(answer.error.message || unavailable);
  } catch {
    return failed(unavailable);
  }
}
