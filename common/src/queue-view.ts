// What a screen derives from the live queue: who is waiting, how many are ahead,
// how long the wait is. Pure; the server uses the same functions for its answers.
import type { Call, Counter, CounterState, PublicConfig, QueueSnapshot, Ticket } from './types';
import type { DeskEvent } from './contract';
import { toPersianDigits } from './persian';

/** Queue order: lower queueKey first, then order of issue. */
export function byQueueOrder(a: Ticket, b: Ticket): number {
  return a.queueKey - b.queueKey || a.order - b.order;
}

export function waitingTickets(tickets: Iterable<Ticket>, serviceId?: string): Ticket[] {
  const out: Ticket[] = [];
  for (const t of tickets) if (t.status === 'waiting' && (serviceId === undefined || t.serviceId === serviceId)) out.push(t);
  return out.sort(byQueueOrder);
}

/**
 * How many waiting tickets of its service stand before `ticket` (by place, not by age:
 * an appointment ticket may stand ahead of, or behind, newer ones). Counts `ticket`
 * Never counts the ticket itself.
 */
export function waitingAhead(tickets: Iterable<Ticket>, ticket: Pick<Ticket, 'id' | 'serviceId' | 'queueKey'>): number {
  let n = 0;
  for (const t of tickets) if (t.id !== ticket.id && t.status === 'waiting' && t.serviceId === ticket.serviceId && t.queueKey <= ticket.queueKey) n++;
  return n;
}

export function waitingCountByService(tickets: Iterable<Ticket>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tickets) if (t.status === 'waiting') counts.set(t.serviceId, (counts.get(t.serviceId) ?? 0) + 1);
  return counts;
}

/** Numbers of the active counters that serve a service, ascending (a ticket's «باجه‌های این خدمت»). */
export function servingCounters(config: Pick<PublicConfig, 'counters'>, serviceId: string): number[] {
  return config.counters
    .filter((c) => c.active && c.services.some((s) => s.serviceId === serviceId))
    .map((c) => c.number)
    .sort((a, b) => a - b);
}

/** People before `ticket` in its service's queue. */
export function peopleAhead(tickets: Iterable<Ticket>, ticket: Ticket): number {
  let ahead = 0;
  for (const t of tickets) {
    if (t.id !== ticket.id && t.status === 'waiting' && t.serviceId === ticket.serviceId && byQueueOrder(t, ticket) < 0) ahead++;
  }
  return ahead;
}

/**
 * How many counters effectively work on a service: each open counter that serves it
 * counts by the share of its services that have people waiting. With no counter open
 * yet, the configured counters stand in (the office is about to open).
 */
export function effectiveCounters(
  serviceId: string,
  counters: readonly Counter[],
  states: readonly CounterState[],
  waitingByService: Map<string, number>,
): number {
  const serving = counters.filter((c) => c.active && c.services.some((s) => s.serviceId === serviceId));
  const open = serving.filter((c) => states.find((s) => s.counterId === c.id)?.status === 'open');
  const pool = open.length > 0 ? open : serving;
  let total = 0;
  for (const c of pool) {
    const busyServices = c.services.filter((s) => s.serviceId === serviceId || (waitingByService.get(s.serviceId) ?? 0) > 0).length;
    total += 1 / Math.max(1, busyServices);
  }
  return Math.max(total, pool.length > 0 ? 0.25 : 1);
}

/** Estimated minutes until a ticket with `ahead` people before it is called. */
export function estimateWaitMinutes(args: {
  serviceId: string;
  ahead: number;
  config: Pick<PublicConfig, 'counters' | 'queue'>;
  counters: readonly CounterState[];
  serviceSeconds: Record<string, number>;
  waitingByService: Map<string, number>;
}): number {
  const mean = args.serviceSeconds[args.serviceId] ?? args.config.queue.defaultServiceMinutes * 60;
  const n = effectiveCounters(args.serviceId, args.config.counters, args.counters, args.waitingByService);
  return Math.ceil((args.ahead * mean) / n / 60);
}

/** A screen's copy of the live queue, kept current by applying events in order. */
export interface QueueView {
  seq: number;
  day: string;
  tickets: Map<string, Ticket>;
  counters: Map<string, CounterState>;
  recentCalls: Call[];
  serviceSeconds: Record<string, number>;
  config?: PublicConfig;
}

export const RECENT_CALLS_KEPT = 20;

export function viewFromSnapshot(snapshot: QueueSnapshot, config?: PublicConfig): QueueView {
  return {
    seq: snapshot.seq,
    day: snapshot.day,
    tickets: new Map(snapshot.tickets.map((t) => [t.id, t])),
    counters: new Map(snapshot.counters.map((c) => [c.counterId, c])),
    recentCalls: snapshot.recentCalls.slice(0, RECENT_CALLS_KEPT),
    serviceSeconds: { ...snapshot.serviceSeconds },
    config,
  };
}

/**
 * Apply one event. Returns a new view (maps copied) so React sees the change.
 * Events at or below the view's seq are ignored (duplicates after a resync).
 */
export function applyEvent(view: QueueView, event: DeskEvent): QueueView {
  if (event.seq <= view.seq) return view;
  const next: QueueView = { ...view, seq: event.seq };
  if (event.type === 'day.started') {
    next.day = event.day;
    next.tickets = new Map();
    next.recentCalls = [];
  }
  if (event.ticket) {
    next.tickets = new Map(next.tickets);
    next.tickets.set(event.ticket.id, event.ticket);
  }
  const changed = [...(event.counter ? [event.counter] : []), ...(event.counters ?? [])];
  if (changed.length > 0) {
    next.counters = new Map(next.counters);
    for (const c of changed) next.counters.set(c.counterId, c);
  }
  if (event.call) next.recentCalls = [event.call, ...next.recentCalls].slice(0, RECENT_CALLS_KEPT);
  if (event.serviceSeconds) {
    next.serviceSeconds = { ...next.serviceSeconds, [event.serviceSeconds.serviceId]: event.serviceSeconds.seconds };
  }
  if (event.config) next.config = event.config;
  return next;
}

/** A ticket as people read it: «ب-۲۰۵» (or «۲۰۵» with no prefix). */
export function ticketLabel(t: { prefix: string; number: number }, lang: 'fa' | 'en' = 'fa'): string {
  const digits = lang === 'fa' ? toPersianDigits(t.number) : String(t.number);
  return t.prefix ? `${t.prefix}-${digits}` : digits;
}
