// Whether this kiosk prints its tickets itself (its device says printer 'local':
// see local-printer.ts), and how. Answers a print function, or null while the
// kiosk is not known to print locally (the office server prints for it then).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Device, TicketPrintState } from '@desk/common';
import type { TicketPrint } from '@desk/printers';
import { api } from '@desk/ui';
import { LOCAL_PRINTER, printOnShell, shellPrinting } from './local-printer';
import { useKioskI18n } from './useKioskI18n';

const RETRY_MS = 5000;

export type PrintLocally = (ticketId: string, data: TicketPrint) => void;

export function useLocalPrinting(token: string, onState: (state: TicketPrintState) => void): PrintLocally | null {
  const { t } = useKioskI18n();
  const local = useDevicePrintsLocally(token);
  const shell = useMemo(() => shellPrinting((window as { deskShell?: unknown }).deskShell), []);
  // Tickets the shell has already told about: its events are newer than the call's answer.
  const told = useRef(new Set<string>());

  useEffect(() => {
    if (!local || !shell) return;
    return shell.onPrintState((state) => {
      if (told.current.size > 500) told.current.clear();
      told.current.add(state.ticketId);
      onState(state);
    });
  }, [local, shell, onState]);

  const unavailable = t('print.noLocalPrinter');
  const print = useCallback<PrintLocally>(
    (ticketId, data) => {
      void printOnShell(shell, ticketId, data, unavailable).then((state) => {
        if (!told.current.has(ticketId)) onState(state);
      });
    },
    [shell, unavailable, onState],
  );
  return local ? print : null;
}

/** Asks the server for this kiosk's device record (again while the server is away). */
function useDevicePrintsLocally(token: string): boolean {
  const [local, setLocal] = useState(false);
  useEffect(() => {
    let stop = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const r = await api<{ device: Device }>('/api/devices/me', { token });
      if (stop) return;
      if (r.ok) setLocal(r.data.device.printer === LOCAL_PRINTER);
      else if (r.status === 0 || r.status >= 500) retry = setTimeout(() => void ask(), RETRY_MS);
    };
    void ask();
    return () => {
      stop = true;
      clearTimeout(retry);
    };
  }, [token]);
  return local;
}
