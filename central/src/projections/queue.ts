// What a batch of queue events changes in the central figures (pure: no I/O).
// Every ticket event carries the ticket as it is after it, so the figures follow
// status transitions: a ticket leaves its old status column and enters the new one.
// Issued, waits and service times count once, at the transition that defines them.
import type { CounterState, Ticket, TicketStatus } from '@desk/common';
import type { SyncRecord } from '../../../server/src/sync/protocol';

export interface TicketRow {
  ticket_id: string;
  day: string;
  service_id: string;
  status: TicketStatus;
  seq: number;
  issued_at: string;
  called_at: string | null;
  finished_at: string | null;
  counter_id: string | null;
  /** How the ticket reads («الف-۱۰۲»): for the live board. */
  prefix: string | null;
  number: number | null;
}

export interface CounterRow {
  counter_id: string;
  status: string;
  clerk_name: string | null;
  current_ticket_id: string | null;
  since: string;
  seq: number;
}

export interface DayFigures {
  day: string;
  events: number;
  issued: number;
  waiting: number;
  called: number;
  serving: number;
  served: number;
  no_show: number;
  wait_seconds: number;
  waits: number;
  service_seconds: number;
  services: number;
  last_event_at: string | null;
}

/** The office's configuration as its newest config.changed in a batch carried it. */
export interface ConfigRow {
  seq: number;
  at: string;
  config: Record<string, unknown>;
}

export interface QueueProjection {
  tickets: TicketRow[];
  counters: CounterRow[];
  /** Changes to add to each day's figures. */
  figures: DayFigures[];
  config: ConfigRow | null;
}

const STATUS_COLUMN: Record<TicketStatus, 'waiting' | 'called' | 'serving' | 'served' | 'no_show'> = {
  waiting: 'waiting',
  called: 'called',
  serving: 'serving',
  done: 'served',
  noShow: 'no_show',
};

export function emptyFigures(day: string): DayFigures {
  return { day, events: 0, issued: 0, waiting: 0, called: 0, serving: 0, served: 0, no_show: 0, wait_seconds: 0, waits: 0, service_seconds: 0, services: 0, last_event_at: null };
}

const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
// what an office sends is checked for shape only: a ticket number that is not one is left out
const ticketNumber = (v: unknown) => (Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 31 ? (v as number) : null);
const ticketPrefix = (v: unknown) => (typeof v === 'string' ? v.slice(0, 16) : null);

/** The ticket ids a batch touches (to load their current rows first). */
export function ticketIdsOf(events: readonly SyncRecord[]): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    const t = e.ticket as Ticket | undefined;
    if (t?.id) ids.add(t.id);
  }
  return [...ids];
}

/** Apply `events` (new, in seq order) on top of the tickets' current rows. */
export function projectQueue(current: ReadonlyMap<string, TicketRow>, events: readonly SyncRecord[]): QueueProjection {
  const tickets = new Map<string, TicketRow>();
  const counters = new Map<string, CounterRow>();
  const figures = new Map<string, DayFigures>();
  let config: ConfigRow | null = null;
  const day = (d: string) => {
    let f = figures.get(d);
    if (!f) figures.set(d, (f = emptyFigures(d)));
    return f;
  };

  for (const e of events) {
    const f = day(e.day);
    f.events += 1;
    if (!f.last_event_at || e.at > f.last_event_at) f.last_event_at = e.at;
    if (e.type === 'config.changed' && e.config && typeof e.config === 'object') config = { seq: e.seq, at: e.at, config: e.config as Record<string, unknown> };

    const t = e.ticket as Ticket | undefined;
    if (t?.id && STATUS_COLUMN[t.status]) {
      const before = tickets.get(t.id) ?? current.get(t.id);
      const tf = day(t.day);
      if (!before) tf.issued += 1;
      else day(before.day)[STATUS_COLUMN[before.status]] -= 1;
      tf[STATUS_COLUMN[t.status]] += 1;
      const calledAt = before?.called_at ?? t.calledAt ?? null;
      if (!before?.called_at && t.calledAt) {
        tf.wait_seconds += seconds(t.issuedAt, t.calledAt);
        tf.waits += 1;
      }
      if (t.status === 'done' && before?.status !== 'done' && t.finishedAt) {
        const start = t.servingAt ?? t.calledAt;
        if (start) {
          tf.service_seconds += seconds(start, t.finishedAt);
          tf.services += 1;
        }
      }
      tickets.set(t.id, {
        ticket_id: t.id,
        day: t.day,
        service_id: t.serviceId,
        status: t.status,
        seq: e.seq,
        issued_at: t.issuedAt,
        called_at: calledAt,
        finished_at: t.finishedAt ?? null,
        counter_id: t.counterId ?? null,
        prefix: ticketPrefix(t.prefix),
        number: ticketNumber(t.number),
      });
    }

    const changed: CounterState[] = [];
    if (e.counter) changed.push(e.counter as CounterState);
    if (Array.isArray(e.counters)) changed.push(...(e.counters as CounterState[]));
    for (const c of changed) {
      if (!c?.counterId) continue;
      counters.set(c.counterId, {
        counter_id: c.counterId,
        status: c.status,
        clerk_name: c.clerkName ?? null,
        current_ticket_id: c.currentTicketId ?? null,
        since: c.since,
        seq: e.seq,
      });
    }
  }
  return { tickets: [...tickets.values()], counters: [...counters.values()], figures: [...figures.values()], config };
}
