// Tickets and counters as the server would send them, for the counter's tests.
import type { CounterState, Ticket } from '@desk/common';

let order = 0;
export function ticket(patch: Partial<Ticket> = {}): Ticket {
  order++;
  return {
    id: `t${order}`,
    day: '2026-01-10',
    order,
    serviceId: 's1',
    prefix: 'ب',
    number: 100 + order,
    channel: 'kiosk',
    status: 'waiting',
    issuedAt: new Date(Date.UTC(2026, 0, 10, 5, order)).toISOString(),
    queueKey: Date.UTC(2026, 0, 10, 5, order),
    recalls: 0,
    transfers: 0,
    ...patch,
  };
}

export function counterState(patch: Partial<CounterState> = {}): CounterState {
  return { counterId: 'c1', status: 'open', clerkId: 'u1', clerkName: 'کارشناس', normalsSincePriority: 0, since: '2026-01-10T05:00:00Z', ...patch };
}
