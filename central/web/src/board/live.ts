// What a batch of an office's live events changes on the board before the office's row
// is read again: the newest call, taken from the events themselves, so two calls close
// together are both seen (the last one stays shown) rather than collapsed into a
// "something changed". Pure.
import type { CallShown } from '../../../src/reports/types';

interface LiveEvent {
  type: string;
  at: string;
  ticket?: { id?: unknown; prefix?: unknown; number?: unknown; counterId?: unknown };
}

/** The newest call in `events` (ticket.called or ticket.recalled), or undefined. */
export function newestCall(events: readonly LiveEvent[]): CallShown | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    const t = e.ticket;
    if ((e.type !== 'ticket.called' && e.type !== 'ticket.recalled') || !t || typeof t.id !== 'string' || typeof t.number !== 'number') continue;
    return {
      ticketId: t.id,
      prefix: typeof t.prefix === 'string' ? t.prefix : '',
      number: t.number,
      counterId: typeof t.counterId === 'string' ? t.counterId : null,
      counterNumber: null,
      at: e.at,
    };
  }
  return undefined;
}
