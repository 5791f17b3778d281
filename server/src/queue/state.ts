// The queue's in-memory state for one office day, and how events change it.
// Replaying a day's journal through applyEvent rebuilds exactly this state.
import type { Call, CounterState, DeskEvent, EngineEvent, QueueSnapshot, Ticket } from '@desk/common';
import { RECENT_CALLS_KEPT } from '@desk/common';

export interface QueueState {
  day: string;
  /** Order of the last ticket issued today. */
  lastOrder: number;
  tickets: Map<string, Ticket>;
  counters: Map<string, CounterState>;
  /** The next number to hand out, per service. */
  nextNumber: Map<string, number>;
  recentCalls: Call[];
  /** Recent service durations (seconds) per service, newest last. */
  durations: Map<string, number[]>;
  serviceTimeWindow: number;
}

export function emptyState(day: string, serviceTimeWindow = 20): QueueState {
  return {
    day,
    lastOrder: 0,
    tickets: new Map(),
    counters: new Map(),
    nextNumber: new Map(),
    recentCalls: [],
    durations: new Map(),
    serviceTimeWindow,
  };
}

export function meanServiceSeconds(state: QueueState, serviceId: string): number | undefined {
  const list = state.durations.get(serviceId);
  if (!list || list.length === 0) return undefined;
  return Math.round(list.reduce((a, b) => a + b, 0) / list.length);
}

export function serviceSecondsRecord(state: QueueState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of state.durations.keys()) {
    const mean = meanServiceSeconds(state, id);
    if (mean !== undefined) out[id] = mean;
  }
  return out;
}

/** How long a finished ticket kept its counter busy. */
export function serviceDurationSeconds(t: Ticket): number | undefined {
  const start = t.servingAt ?? t.calledAt;
  if (!start || !t.finishedAt) return undefined;
  return Math.max(0, (Date.parse(t.finishedAt) - Date.parse(start)) / 1000);
}

/** Apply one event to the state (in place: the server holds one state per office). */
export function applyEvent(state: QueueState, event: EngineEvent | DeskEvent): void {
  if (event.type === 'day.started') {
    const fresh = emptyState(event.day, state.serviceTimeWindow);
    Object.assign(state, fresh);
  }
  if (event.ticket) {
    const t = event.ticket;
    const before = state.tickets.get(t.id);
    state.tickets.set(t.id, t);
    if (event.type === 'ticket.issued') {
      state.lastOrder = Math.max(state.lastOrder, t.order);
      state.nextNumber.set(t.serviceId, t.number + 1);
    }
    if (event.type === 'ticket.finished' && before?.status !== 'done') {
      const secs = serviceDurationSeconds(t);
      if (secs !== undefined) {
        const list = state.durations.get(t.serviceId) ?? [];
        list.push(secs);
        while (list.length > state.serviceTimeWindow) list.shift();
        state.durations.set(t.serviceId, list);
      }
    }
  }
  if (event.counter) state.counters.set(event.counter.counterId, event.counter);
  for (const c of event.counters ?? []) state.counters.set(c.counterId, c);
  if (event.call) {
    state.recentCalls.unshift(event.call);
    if (state.recentCalls.length > RECENT_CALLS_KEPT) state.recentCalls.length = RECENT_CALLS_KEPT;
  }
}

export function snapshotOf(state: QueueState, seq: number): QueueSnapshot {
  return {
    seq,
    day: state.day,
    tickets: [...state.tickets.values()],
    counters: [...state.counters.values()],
    recentCalls: [...state.recentCalls],
    serviceSeconds: serviceSecondsRecord(state),
  };
}
