// The e-desk's live data: the catalogue (read once), my inbox (every 30 s and after
// each action), and one command at a time with the server's Persian refusal kept.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Case } from '@desk/common';
import { edeskApi, type EdeskApi, type EdeskCatalogue, type Inbox, type Refusal, type StaffCommand } from './api';

export const INBOX_REFRESH_MS = 30_000;

export function useEdeskApi(token: string): EdeskApi {
  return useMemo(() => edeskApi(token), [token]);
}

export function useCatalogue(edesk: EdeskApi): { catalogue?: EdeskCatalogue; error: string | null; reload: () => void } {
  const [catalogue, setCatalogue] = useState<EdeskCatalogue>();
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    void edesk.catalogue().then((r) => {
      if (r.ok) {
        setCatalogue(r.data);
        setError(null);
      } else setError(r.error.message);
    });
  }, [edesk]);
  useEffect(reload, [reload]);
  return { catalogue, error, reload };
}

export interface InboxState {
  inbox?: Inbox;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useInbox(edesk: EdeskApi): InboxState {
  const [inbox, setInbox] = useState<Inbox>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ask = ++latest.current;
    setLoading(true);
    void edesk.inbox().then((r) => {
      if (ask !== latest.current) return; // an older answer arriving late
      setLoading(false);
      if (r.ok) {
        setInbox({ unitIds: r.data.unitIds, rows: r.data.rows });
        setError(null);
      } else setError(r.error.message);
    });
  }, [edesk]);
  useEffect(() => {
    reload();
    const timer = setInterval(reload, INBOX_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { inbox, error, loading, reload };
}

export interface CaseCommands {
  busy: boolean;
  error: string | null;
  /** Field messages of the last refusal, when the server named fields. */
  fields: Record<string, string>;
  clearError: () => void;
  /** Sends once (a second press while one is in flight does nothing); the case after it, or null. */
  run: (command: StaffCommand) => Promise<Case | null>;
}

export function useCaseCommands(edesk: EdeskApi, onDone: (c: Case) => void): CaseCommands {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const inFlight = useRef(false);
  const done = useRef(onDone);
  done.current = onDone;
  const run = useCallback(
    async (command: StaffCommand) => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      setRefusal(null);
      try {
        const r = await edesk.command(command);
        if (!r.ok) {
          setRefusal(r.error);
          return null;
        }
        done.current(r.data.case);
        return r.data.case;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [edesk],
  );
  const clearError = useCallback(() => setRefusal(null), []);
  return { busy, error: refusal?.message ?? null, fields: refusal?.fields ?? {}, clearError, run };
}
