import { describe, it, expect } from 'vitest';
import { callOrder, type Ticket } from '../src/index';

let order = 0;
function waiting(serviceId: string, queueKey: number, extra: Partial<Ticket> = {}): Ticket {
  order++;
  return {
    id: `t${order}`, day: '2026-11-23', order, serviceId, prefix: '', number: order, channel: 'kiosk',
    status: 'waiting', issuedAt: new Date(queueKey).toISOString(), queueKey, recalls: 0, transfers: 0, ...extra,
  };
}

describe('the order a clerk sees is the order the counter will call', () => {
  const counter = { id: 'c1', services: [{ serviceId: 'main', weight: 2 }, { serviceId: 'backup', weight: 1 }] };

  it('tickets sent to the counter, then the heavier service with priority interleaved, then the lighter one', () => {
    const backupEarly = waiting('backup', 1);
    const n1 = waiting('main', 2);
    const n2 = waiting('main', 3);
    const n3 = waiting('main', 4);
    const p1 = waiting('main', 5, { priority: { kind: 'elderly', status: 'claimed' } });
    const sentHere = waiting('elsewhere', 6, { targetCounterId: 'c1' });
    const sentAway = waiting('main', 0, { targetCounterId: 'c2' });
    const ids = callOrder([backupEarly, n1, n2, n3, p1, sentHere, sentAway], counter, 0, 2).map((t) => t.id);
    // the ticket sent here counts as a normal call, so the priority ticket comes after one more
    expect(ids).toEqual([sentHere.id, n1.id, p1.id, n2.id, n3.id, backupEarly.id]);
  });

  it('continues the interleaving from where the counter stands', () => {
    const n1 = waiting('main', 1);
    const p1 = waiting('main', 2, { priority: { kind: 'pregnant', status: 'confirmed' } });
    expect(callOrder([n1, p1], counter, 2, 2).map((t) => t.id)).toEqual([p1.id, n1.id]);
    expect(callOrder([n1, p1], counter, 0, 2).map((t) => t.id)).toEqual([n1.id, p1.id]);
  });
});
