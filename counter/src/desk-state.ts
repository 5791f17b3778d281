// What the counter screen derives from the live queue: which actions make sense
// now, who waits for this counter, and today's figures. Pure; no React, no I/O.
import { servesTicket, waitingTickets, type Counter, type CounterState, type QueueView, type Ticket } from '@desk/common';

export type DeskAction =
  | 'callNext'
  | 'recall'
  | 'start'
  | 'finish'
  | 'noShow'
  | 'transfer'
  | 'priority'
  | 'callSpecific'
  | 'pause'
  | 'resume'
  | 'close';

export interface DeskSituation {
  counter: CounterState | undefined;
  current: Ticket | undefined;
  recallsBeforeNoShow: number;
  online: boolean;
  /** A command is in flight: nothing else may be sent (no double action). */
  busy: boolean;
}

/**
 * Which buttons are live. The server stays the judge; this keeps the clerk from asking
 * in vain. A call moves on: «فراخوانی بعدی» with a ticket at the counter finishes it first
 * (as the server does), so a clerk can serve with one key.
 */
export function enabledActions(s: DeskSituation): Record<DeskAction, boolean> {
  const ready = s.online && !s.busy;
  const open = ready && s.counter?.status === 'open';
  const cur = s.current && (s.current.status === 'called' || s.current.status === 'serving') ? s.current : undefined;
  const called = cur?.status === 'called';
  return {
    callNext: open,
    callSpecific: open,
    recall: open && called,
    start: open && called,
    finish: open && !!cur,
    noShow: open && called && recallsStillNeeded(cur, s.recallsBeforeNoShow) === 0,
    transfer: open && !!cur,
    priority: open && cur?.priority?.status === 'claimed',
    pause: open && !cur,
    resume: ready && s.counter?.status === 'paused',
    close: ready && (s.counter?.status === 'open' || s.counter?.status === 'paused') && !cur,
  };
}

/** Recalls still to make before «حاضر نشد» is allowed (0 = allowed now). */
export function recallsStillNeeded(ticket: Ticket | undefined, recallsBeforeNoShow: number): number {
  if (!ticket) return recallsBeforeNoShow;
  return Math.max(0, recallsBeforeNoShow - ticket.recalls);
}

/** The counter this clerk already works at (open or paused), if any. */
export function myCounterState(states: Iterable<CounterState>, clerkId: string): CounterState | undefined {
  for (const s of states) if (s.clerkId === clerkId && s.status !== 'closed') return s;
  return undefined;
}

/** The ticket in front of the clerk now. */
export function currentTicket(view: Pick<QueueView, 'tickets'>, state: CounterState | undefined): Ticket | undefined {
  if (!state?.currentTicketId) return undefined;
  const t = view.tickets.get(state.currentTicketId);
  return t && (t.status === 'called' || t.status === 'serving') ? t : undefined;
}

/**
 * Who waits for this counter, in queue order: tickets of its services, except those
 * sent to another counter, plus those transferred to this counter whatever their service
 * (the same rule the server calls by: `servesTicket`). `callOrder` then orders them as they will be called.
 */
export function queueForCounter(tickets: Iterable<Ticket>, counter: Pick<Counter, 'id' | 'services'>): Ticket[] {
  return waitingTickets(tickets).filter((t) => servesTicket(counter, t));
}

export interface CounterFigures {
  served: number;
  noShows: number;
  /** Mean seconds from «شروع خدمت» (or the call, if never started) to the finish; null before the first. */
  meanServiceSeconds: number | null;
}

/** Today's figures of one counter from the day's tickets. */
export function counterFigures(tickets: Iterable<Ticket>, counterId: string): CounterFigures {
  let served = 0;
  let noShows = 0;
  let timed = 0;
  let totalMs = 0;
  for (const t of tickets) {
    if (t.counterId !== counterId) continue;
    if (t.status === 'noShow') noShows++;
    if (t.status !== 'done') continue;
    served++;
    const start = t.servingAt ?? t.calledAt;
    if (start && t.finishedAt) {
      const ms = Date.parse(t.finishedAt) - Date.parse(start);
      if (Number.isFinite(ms) && ms >= 0) {
        timed++;
        totalMs += ms;
      }
    }
  }
  return { served, noShows, meanServiceSeconds: timed > 0 ? Math.round(totalMs / timed / 1000) : null };
}

/** Whole seconds between an ISO instant and now, never negative (clocks drift). */
export function secondsSince(iso: string | undefined, now: number): number {
  if (!iso) return 0;
  const ms = now - Date.parse(iso);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
}

/** «۰۲:۰۵» or «۱:۰۲:۰۵» (hours only when there are some), Latin digits; the caller localises. */
export function clockDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
