// A kiosk whose device printer is 'local' prints on a printer of its own, through
// its Electron shell: `window.deskShell.print` (shell/src/preload) for a ticket,
// `printReceipt` for an e-desk receipt. The office server then leaves the paper to
// it, so whatever goes wrong here must show on the screen as a paper that did not
// print (the visitor then gets the big QR, or is told to write the code down).
import type { ReceiptPrintState, TicketPrintState } from '@desk/common';
import type { ReceiptPrint, TicketPrint } from '@desk/printers';

/** The print part of `window.deskShell` (its full type: DeskShellApi in shell/src/common/ipc.ts). */
export interface ShellPrinting {
  print(ticketId: string, data: TicketPrint): Promise<ShellPrintAnswer>;
  onPrintState(listener: (state: TicketPrintState) => void): () => void;
}

/** The receipt part of `window.deskShell` (a shell older than receipts has none). */
export interface ShellReceiptPrinting {
  printReceipt(trackingCode: string, data: ReceiptPrint): Promise<ShellAnswer<ReceiptPrintState>>;
  onReceiptPrintState(listener: (state: ReceiptPrintState) => void): () => void;
}

type ShellAnswer<S> = { ok: true; state: S } | { ok: false; error: { code: string; message: string } };
export type ShellPrintAnswer = ShellAnswer<TicketPrintState>;

/** The device printer that means "this kiosk prints itself" (common/src/types.ts, Device.printer). */
export const LOCAL_PRINTER = 'local';

/** The shell's print calls, when this page runs in a kiosk shell that has them. */
export function shellPrinting(deskShell: unknown): ShellPrinting | undefined {
  const shell = deskShell as Partial<ShellPrinting> | undefined;
  return typeof shell?.print === 'function' && typeof shell.onPrintState === 'function' ? (shell as ShellPrinting) : undefined;
}

/** The shell's receipt calls, the same way. */
export function shellReceiptPrinting(deskShell: unknown): ShellReceiptPrinting | undefined {
  const shell = deskShell as Partial<ShellReceiptPrinting> | undefined;
  return typeof shell?.printReceipt === 'function' && typeof shell.onReceiptPrintState === 'function' ? (shell as ShellReceiptPrinting) : undefined;
}

/** The shell's answer, or `failed` with its Persian reason (`unavailable` when it gave none or the bridge broke). */
async function askShell<S>(call: (() => Promise<ShellAnswer<S>>) | undefined, failed: (message: string) => S, unavailable: string): Promise<S> {
  if (!call) return failed(unavailable);
  try {
    const answer = await call();
    return answer.ok ? answer.state : failed(answer.error.message || unavailable);
  } catch {
    return failed(unavailable);
  }
}

/**
 * Asks the shell to print and answers the state to show. Never throws: no shell, a
 * refusal or a broken bridge all come back as `failed`, with the shell's Persian
 * reason when there is one and `unavailable` otherwise.
 */
export function printOnShell(shell: ShellPrinting | undefined, ticketId: string, data: TicketPrint, unavailable: string): Promise<TicketPrintState> {
  return askShell(
    shell && (() => shell.print(ticketId, data)),
    (message) => ({ ticketId, printerId: LOCAL_PRINTER, state: 'failed', message }),
    unavailable,
  );
}

/** The same for the receipt of an e-desk request (the data the office server answered). */
export function printReceiptOnShell(
  shell: ShellReceiptPrinting | undefined,
  trackingCode: string,
  data: ReceiptPrint,
  unavailable: string,
): Promise<ReceiptPrintState> {
  return askShell(
    shell && (() => shell.printReceipt(trackingCode, data)),
    (message) => ({ trackingCode, printerId: LOCAL_PRINTER, state: 'failed', message }),
    unavailable,
  );
}
