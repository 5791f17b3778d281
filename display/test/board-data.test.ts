// What the board lists under the big call and in the waiting column.
import { describe, expect, it } from 'vitest';
import type { Call, Department, Service, Ticket } from '@desk/common';
import { limitLines, previousCalls, waitingGroups } from '../src/board-data';

function call(id: string, ticketId: string): Call {
  return { id, ticketId, prefix: 'ب', number: 1, serviceId: 's1', counterId: 'c1', counterNumber: 1, at: '2025-11-23T08:00:00Z', recall: false };
}

function service(id: string, departmentId: string, active = true): Service {
  return { id, name: `خدمت ${id}`, departmentId, prefix: 'ب', rangeStart: 1, rangeEnd: 999, weight: 1, allowsPriority: true, active };
}

function waiting(id: string, serviceId: string, status: Ticket['status'] = 'waiting'): Ticket {
  return {
    id, day: '2025-11-23', order: 1, serviceId, prefix: 'ب', number: 1, channel: 'kiosk', status,
    issuedAt: '2025-11-23T08:00:00Z', queueKey: 0, recalls: 0, transfers: 0,
  };
}

const departments: Department[] = [{ id: 'd1', name: 'معاونت یک' }, { id: 'd2', name: 'معاونت دو' }];

describe('previous calls under the big one', () => {
  it('are newest first, without the ticket shown large, one line per ticket', () => {
    const recent = [call('k4', 't3'), call('k3', 't2'), call('k2', 't3'), call('k1', 't1')];
    expect(previousCalls(recent, recent[0]!, 5).map((c) => c.id)).toEqual(['k3', 'k1']);
    expect(previousCalls(recent, null, 5).map((c) => c.id)).toEqual(['k4', 'k3', 'k1']);
    expect(previousCalls(recent, null, 2).map((c) => c.id)).toEqual(['k4', 'k3']);
  });

  it('leave out calls not yet spoken: they are listed after their turn on the big panel', () => {
    const recent = [call('k3', 't3'), call('k2', 't2'), call('k1', 't1')];
    expect(previousCalls(recent, recent[2]!, 5, ['k2', 'k3']).map((c) => c.id)).toEqual([]);
    expect(previousCalls(recent, recent[1]!, 5, ['k3']).map((c) => c.id)).toEqual(['k1']);
  });
});

describe('the waiting column', () => {
  it('lists every active service, by department, when the office has few', () => {
    const services = [service('s1', 'd2'), service('s2', 'd1'), service('s3', 'd1', false)];
    const groups = waitingGroups({ departments, services }, [waiting('a', 's1'), waiting('b', 's1'), waiting('c', 's2', 'called')]);
    expect(groups.map((g) => [g.department?.id, g.lines.map((l) => [l.service.id, l.count])])).toEqual([
      ['d1', [['s2', 0]]],
      ['d2', [['s1', 2]]],
    ]);
  });

  it('lists only services with people waiting when the office has many', () => {
    const services = Array.from({ length: 12 }, (_, i) => service(`s${i}`, i % 2 ? 'd1' : 'd2'));
    const groups = waitingGroups({ departments, services }, [waiting('a', 's3'), waiting('b', 's4'), waiting('c', 's4')]);
    expect(groups.map((g) => [g.department?.id, g.lines.map((l) => [l.service.id, l.count])])).toEqual([
      ['d1', [['s3', 1]]],
      ['d2', [['s4', 2]]],
    ]);
  });

  it('says how many lines did not fit', () => {
    const services = Array.from({ length: 12 }, (_, i) => service(`s${i}`, 'd1'));
    const tickets = services.map((s, i) => waiting(`t${i}`, s.id));
    const { groups, hidden } = limitLines(waitingGroups({ departments, services }, tickets), 10);
    expect(groups[0]!.lines).toHaveLength(10);
    expect(hidden).toBe(2);
  });
});
