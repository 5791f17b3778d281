// The phone handoff from the kiosk's side: open a session when the visitor asks for the
// QR, hear each file arrive (the server answers the kiosk's question when something
// changes), and close the session when the screen goes: the server then deletes the
// files nobody took. See server/src/edesk/handoff.ts.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EdeskApi, Handoff, HandoffFor } from './api';

export type HandoffPhase = 'closed' | 'opening' | 'open' | 'gone';

/** A pause before asking again after a lost connection. */
const RETRY_MS = 2000;

export interface HandoffLink {
  phase: HandoffPhase;
  handoff: Handoff | undefined;
  problem: string | undefined;
  open(what: HandoffFor): Promise<void>;
  /** Take a file back (the visitor removed it at the kiosk). */
  remove(documentId: string): void;
  close(): void;
}

/**
 * `onArrival`: a file came (the visitor is busy with their phone, not gone); `onWaiting`:
 * whether a QR is up, so the kiosk gives the phone more time before «are you still there?».
 */
export function useHandoff(api: EdeskApi, onArrival: () => void, onWaiting: (waiting: boolean) => void): HandoffLink {
  const [phase, setPhase] = useState<HandoffPhase>('closed');
  const [handoff, setHandoff] = useState<Handoff>();
  const [problem, setProblem] = useState<string>();
  const current = useRef<{ id: string; stop: AbortController } | null>(null);
  const arrival = useRef(onArrival);
  arrival.current = onArrival;

  const close = useCallback(() => {
    const c = current.current;
    if (!c) return;
    current.current = null;
    c.stop.abort();
    api.closeHandoff(c.id);
    setHandoff(undefined);
    setPhase('closed');
  }, [api]);

  const watch = useCallback(
    async (first: Handoff, stop: AbortController) => {
      let known = first;
      while (!stop.signal.aborted) {
        const r = await api.watchHandoff(known.id, known.version, stop.signal);
        if (stop.signal.aborted) return;
        if (r.ok) {
          if (r.data.handoff.documents.length > known.documents.length) arrival.current();
          known = r.data.handoff;
          setHandoff(known);
        } else if (r.status === 404) {
          // its time is up: the visitor asks for a new QR if more files are needed
          current.current = null;
          setPhase('gone');
          return;
        } else {
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    },
    [api],
  );

  const open = useCallback(
    async (what: HandoffFor) => {
      close();
      setPhase('opening');
      setProblem(undefined);
      const r = await api.openHandoff(what);
      if (!r.ok) {
        setProblem(r.error.message);
        setPhase('closed');
        return;
      }
      const stop = new AbortController();
      current.current = { id: r.data.handoff.id, stop };
      setHandoff(r.data.handoff);
      setPhase('open');
      void watch(r.data.handoff, stop);
    },
    [api, close, watch],
  );

  const remove = useCallback(
    (documentId: string) => {
      const c = current.current;
      if (c) void api.removeFromHandoff(c.id, documentId);
    },
    [api],
  );

  // the screen goes (the visit ended, the kiosk was left alone): the session goes with it
  useEffect(() => close, [close]);
  const waiting = useRef(onWaiting);
  waiting.current = onWaiting;
  useEffect(() => {
    waiting.current(phase === 'open');
  }, [phase]);
  useEffect(() => () => waiting.current(false), []);

  return { phase, handoff, problem, open, remove, close };
}
