// The receipt of the request just taken: the office server prints it on its printer,
// or, for a kiosk that prints itself, answers its data and the kiosk's shell prints it
// (local-printer.ts). Answers what the visitor is told: printing, printed, or why not.
import { useEffect, useState } from 'react';
import type { ReceiptPrintState } from '@desk/common';
import { printReceiptOnShell, shellReceiptPrinting } from '../local-printer';
import type { EdeskApi } from './api';

/** `message` absent: the kiosk's own printer is not there (the screen says so in its language). */
export type ReceiptPhase = { phase: 'printing' } | { phase: 'printed' } | { phase: 'failed'; message?: string };

/** How often the screen asks how the office printer is doing with the receipt. */
export const RECEIPT_POLL_MS = 1000;

/** The printer's word → the screen's: waiting for paper is "not printed", as for a ticket. */
export function receiptPhase(state: Pick<ReceiptPrintState, 'state' | 'message'>): ReceiptPhase {
  if (state.state === 'printed') return { phase: 'printed' };
  if (state.state === 'queued' || state.state === 'printing') return { phase: 'printing' };
  return { phase: 'failed', ...(state.message ? { message: state.message } : {}) };
}

export function useReceiptPrint(api: EdeskApi, trackingCode: string): ReceiptPhase {
  const [phase, setPhase] = useState<ReceiptPhase>({ phase: 'printing' });
  useEffect(() => {
    let stop = false;
    let unlisten: (() => void) | undefined;
    void api.printReceipt(trackingCode).then(async (r) => {
      if (stop) return;
      if (!r.ok) return setPhase({ phase: 'failed', message: r.error.message });
      if (!r.data.local) {
        // on the office printer: follow the job while the screen is up, until it is out or given up
        let now: Pick<ReceiptPrintState, 'state' | 'message'> = r.data;
        while (!stop) {
          setPhase(receiptPhase(now));
          // waiting (no paper…) goes on being asked: it prints once the paper is in
          if (now.state !== 'queued' && now.state !== 'printing' && now.state !== 'waiting') return;
          await new Promise((resolve) => setTimeout(resolve, RECEIPT_POLL_MS));
          if (stop) return;
          const again = await api.receiptState(trackingCode);
          if (!again.ok) return;
          now = again.data;
        }
        return;
      }
      const shell = shellReceiptPrinting((window as { deskShell?: unknown }).deskShell);
      // the shell's events are newer than its answer to the call
      let told = false;
      unlisten = shell?.onReceiptPrintState((state) => {
        if (stop || state.trackingCode !== trackingCode) return;
        told = true;
        setPhase(receiptPhase(state));
      });
      // '' : no shell, or a broken bridge; the screen names the kiosk's printer
      const state = await printReceiptOnShell(shell, trackingCode, r.data.local, '');
      if (!stop && !told) setPhase(receiptPhase(state));
    });
    return () => {
      stop = true;
      unlisten?.();
    };
  }, [api, trackingCode]);
  return phase;
}
