// Central's figures follow each ticket's status through the events, whatever batches
// they arrive in: issued once, waiting/called/serving/served/no-show as it is now.
import { describe, it, expect } from 'vitest';
import type { Ticket } from '@desk/common';
import { emptyFigures, projectQueue, type DayFigures, type TicketRow } from '../src/projections/queue';
import type { SyncRecord } from '../../server/src/sync/protocol';

const DAY = '2026-04-11';
let seq = 0;
const t0: Ticket = { id: 't1', day: DAY, order: 1, serviceId: 's01', prefix: 'الف', number: 101, channel: 'kiosk', status: 'waiting', issuedAt: `${DAY}T05:00:00.000Z`, queueKey: 1, recalls: 0, transfers: 0 };
const ev = (type: string, ticket: Ticket): SyncRecord => ({ seq: ++seq, id: `e${seq}`, type, at: `${DAY}T06:00:00.000Z`, day: DAY, actor: { kind: 'system', id: 'x' }, ticket });

/** Apply events batch by batch, carrying the ticket rows as central's table would. */
function run(batches: SyncRecord[][]): DayFigures {
  const rows = new Map<string, TicketRow>();
  const total = emptyFigures(DAY);
  for (const batch of batches) {
    const p = projectQueue(rows, batch);
    for (const r of p.tickets) rows.set(r.ticket_id, r);
    for (const f of p.figures) for (const k of Object.keys(total) as (keyof DayFigures)[]) if (typeof f[k] === 'number') (total[k] as number) += f[k] as number;
  }
  return total;
}

describe('queue figures at central', () => {
  const called = { ...t0, status: 'called' as const, calledAt: `${DAY}T05:04:00.000Z`, counterId: 'c1' };
  const transferred = { ...called, status: 'waiting' as const, counterId: undefined, transfers: 1 };
  const recalled = { ...called, calledAt: `${DAY}T05:20:00.000Z`, recalls: 1 };
  const serving = { ...recalled, status: 'serving' as const, servingAt: `${DAY}T05:21:00.000Z` };
  const done = { ...serving, status: 'done' as const, finishedAt: `${DAY}T05:24:00.000Z` };
  const events = [ev('ticket.issued', t0), ev('ticket.called', called), ev('ticket.transferred', transferred), ev('ticket.called', recalled), ev('ticket.serving', serving), ev('ticket.finished', done)];

  it('a ticket called, transferred, called again and served counts as one issued, one served, one wait', () => {
    const expected = { issued: 1, waiting: 0, called: 0, serving: 0, served: 1, no_show: 0, waits: 1, wait_seconds: 240, services: 1, service_seconds: 180, events: 6 };
    expect(run([events])).toMatchObject(expected);
    // the same events split over batches give the same figures
    expect(run(events.map((e) => [e]))).toMatchObject(expected);
    expect(run([events.slice(0, 2), events.slice(2, 5), events.slice(5)])).toMatchObject(expected);
  });

  it('while in the middle of its life the ticket is counted where it is', () => {
    expect(run([events.slice(0, 3)])).toMatchObject({ issued: 1, waiting: 1, called: 0 });
    expect(run([events.slice(0, 2)])).toMatchObject({ issued: 1, waiting: 0, called: 1 });
    const noShow = { ...recalled, status: 'noShow' as const, finishedAt: `${DAY}T05:30:00.000Z` };
    expect(run([[...events.slice(0, 4), ev('ticket.noShow', noShow)]])).toMatchObject({ issued: 1, called: 0, no_show: 1, served: 0 });
  });
});
