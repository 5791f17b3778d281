import { describe, it, expect } from 'vitest';
import type { Command, CommandInput, PublicConfig, Ticket } from '@desk/common';
import { handleCommand, type EngineContext } from '../src/queue/engine';
import { emptyState, applyEvent, type QueueState } from '../src/queue/state';
import { demoConfig } from '../src/seed';
import { publicConfig } from '../src/office';

const config: PublicConfig = publicConfig(await demoConfig());

function harness(start = '2026-11-23T06:00:00Z', cfg: PublicConfig = config) {
  let now = Date.parse(start);
  let n = 0;
  const state: QueueState = emptyState('', 20);
  const journal: Parameters<typeof applyEvent>[1][] = [];
  const run = (cmd: CommandInput, actor: EngineContext['actor'] = clerk('k1')) => {
    const d = handleCommand(state, { ...cmd, commandId: `cmd-${++n}-xxxxx` } as Command, {
      now: new Date(now).toISOString(),
      newId: () => `id-${++n}`,
      actor,
      config: cfg,
    });
    journal.push(...d.dayEvents, ...(d.ok ? d.events : []));
    return d;
  };
  const ok = (cmd: CommandInput, actor?: EngineContext['actor']) => {
    const d = run(cmd, actor);
    if (!d.ok) throw new Error(`refused: ${d.code}`);
    return d.answer as { ticket: Ticket };
  };
  return {
    state,
    journal,
    run,
    ok,
    advance: (ms: number) => (now += ms),
    issue: (serviceId: string, priority?: 'elderly') => ok({ type: 'ticket.issue', serviceId, ...(priority ? { priority } : {}) }, kiosk).ticket,
  };
}
const kiosk = { kind: 'device' as const, id: 'kiosk-1', role: 'kiosk' as const };
const clerk = (id: string) => ({ kind: 'staff' as const, id, role: 'clerk' as const, name: id });

describe('numbering', () => {
  it('gives each service its own range, one after another, never the same number twice', () => {
    const h = harness();
    const a = [h.issue('s01'), h.issue('s01'), h.issue('s02')];
    expect(a.map((t) => `${t.prefix}${t.number}`)).toEqual(['الف101', 'الف102', 'الف201']);
  });

  it('starts again from the first number after midnight in Tehran, not UTC', () => {
    const h = harness('2026-11-23T20:00:00Z'); // 23:30 in Tehran
    expect(h.issue('s01').number).toBe(101);
    expect(h.issue('s01').number).toBe(102);
    h.advance(20 * 60_000); // 20:20Z = 23:50 Tehran: same office day
    expect(h.issue('s01').number).toBe(103);
    h.advance(20 * 60_000); // 20:40Z = 00:10 Tehran: a new day
    const t = h.issue('s01');
    expect(t.number).toBe(101);
    expect(t.day).toBe('2026-11-24');
    expect(h.journal.filter((e) => e.type === 'day.started').map((e) => e.day)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('wraps at the end of the range but skips numbers still in use', () => {
    const small = { ...config, services: config.services.map((s) => (s.id === 's01' ? { ...s, rangeStart: 1, rangeEnd: 3 } : s)) };
    const h = harness(undefined, small);
    h.ok({ type: 'counter.open', counterId: 'c1' });
    const [t1] = [h.issue('s01'), h.issue('s01'), h.issue('s01')];
    h.ok({ type: 'ticket.callNext', counterId: 'c1' });
    h.ok({ type: 'ticket.finish', counterId: 'c1' });
    expect(t1!.number).toBe(1);
    expect(h.issue('s01').number).toBe(1); // 1 is done, 2 and 3 still wait
    const refused = h.run({ type: 'ticket.issue', serviceId: 's01' }, kiosk);
    expect(refused.ok).toBe(false);
  });

  it('rebuilds the same numbering from the journal after a restart', () => {
    const h = harness();
    h.issue('s01');
    h.issue('s01');
    const replayed = emptyState('', 20);
    for (const e of h.journal) applyEvent(replayed, e);
    expect(replayed.nextNumber.get('s01')).toBe(103);
    expect(replayed.tickets.size).toBe(2);
  });
});

describe('calling', () => {
  it('interleaves one priority ticket after every two normal ones', () => {
    const h = harness();
    h.ok({ type: 'counter.open', counterId: 'c1' });
    const n = [h.issue('s01'), h.issue('s01'), h.issue('s01'), h.issue('s01')];
    h.advance(1000);
    const p = [h.issue('s01', 'elderly'), h.issue('s01', 'elderly')];
    const order: string[] = [];
    for (let i = 0; i < 6; i++) order.push(h.ok({ type: 'ticket.callNext', counterId: 'c1' }).ticket.id);
    expect(order).toEqual([n[0]!.id, n[1]!.id, p[0]!.id, n[2]!.id, n[3]!.id, p[1]!.id]);
  });

  it('serves the counter’s higher-weight services first, then the longest wait', () => {
    const h = harness();
    h.ok({ type: 'counter.open', counterId: 'c1' }); // c1: s01–s08 weight 2, s09–s15 weight 1
    const low = h.issue('s09');
    h.advance(1000);
    const high1 = h.issue('s02');
    h.advance(1000);
    const high2 = h.issue('s01');
    const calls = [1, 2, 3].map(() => h.ok({ type: 'ticket.callNext', counterId: 'c1' }).ticket.id);
    expect(calls).toEqual([high1.id, high2.id, low.id]);
  });

  it('calls a ticket out of order only with a reason, and records the reason', () => {
    const h = harness();
    h.ok({ type: 'counter.open', counterId: 'c1' });
    h.issue('s01');
    const later = h.issue('s01');
    const noReason = h.run({ type: 'ticket.callSpecific', counterId: 'c1', ticketId: later.id, reason: '' });
    expect(noReason.ok).toBe(false);
    const called = h.ok({ type: 'ticket.callSpecific', counterId: 'c1', ticketId: later.id, reason: 'سالمند، بدون نوبت اولویت' });
    expect(called.ticket.id).toBe(later.id);
    expect(h.journal.at(-1)).toMatchObject({ type: 'ticket.called', reason: 'سالمند، بدون نوبت اولویت' });
  });

  it('refuses a no-show until the ticket was recalled enough times', () => {
    const h = harness();
    h.ok({ type: 'counter.open', counterId: 'c1' });
    h.issue('s01');
    h.ok({ type: 'ticket.callNext', counterId: 'c1' });
    const early = h.run({ type: 'ticket.noShow', counterId: 'c1' });
    expect(early).toMatchObject({ ok: false, code: 'error.noShowTooEarly' });
    h.ok({ type: 'ticket.recall', counterId: 'c1' });
    h.ok({ type: 'ticket.recall', counterId: 'c1' });
    expect(h.ok({ type: 'ticket.noShow', counterId: 'c1' }).ticket.status).toBe('noShow');
    expect(h.state.counters.get('c1')?.currentTicketId).toBeUndefined();
  });

  it('lets only the clerk who opened a counter work it', () => {
    const h = harness();
    h.ok({ type: 'counter.open', counterId: 'c1' }, clerk('k1'));
    expect(h.run({ type: 'counter.open', counterId: 'c1' }, clerk('k2'))).toMatchObject({ ok: false, code: 'error.counterTaken' });
    expect(h.run({ type: 'ticket.callNext', counterId: 'c1' }, clerk('k2'))).toMatchObject({ ok: false, code: 'error.counterHasOtherClerk' });
  });
});

describe('transfer', () => {
  function withQueue() {
    const h = harness();
    h.ok({ type: 'counter.open', counterId: 'c1' });
    const moving = h.issue('s01');
    h.advance(60_000);
    const w1 = h.issue('s02');
    h.advance(60_000);
    const w2 = h.issue('s02');
    h.advance(60_000);
    h.ok({ type: 'ticket.callNext', counterId: 'c1' }); // calls `moving`
    return { h, moving, w1, w2 };
  }
  const queueOf = (h: ReturnType<typeof harness>, serviceId: string) =>
    [...h.state.tickets.values()].filter((t) => t.status === 'waiting' && t.serviceId === serviceId).sort((a, b) => a.queueKey - b.queueKey).map((t) => t.id);

  it('to the front of another service’s queue', () => {
    const { h, moving, w1, w2 } = withQueue();
    h.ok({ type: 'ticket.transfer', counterId: 'c1', toServiceId: 's02', position: 'front' });
    expect(queueOf(h, 's02')).toEqual([moving.id, w1.id, w2.id]);
  });
  it('to the back', () => {
    const { h, moving, w1, w2 } = withQueue();
    h.ok({ type: 'ticket.transfer', counterId: 'c1', toServiceId: 's02', position: 'back' });
    expect(queueOf(h, 's02')).toEqual([w1.id, w2.id, moving.id]);
  });
  it('by its original time', () => {
    const { h, moving, w1, w2 } = withQueue();
    h.ok({ type: 'ticket.transfer', counterId: 'c1', toServiceId: 's02', position: 'original' });
    expect(queueOf(h, 's02')).toEqual([moving.id, w1.id, w2.id]);
    const t = h.state.tickets.get(moving.id)!;
    expect(t.queueKey).toBe(Date.parse(t.issuedAt));
  });
  it('to another counter, which then calls it first', () => {
    const { h, moving } = withQueue();
    h.ok({ type: 'ticket.transfer', counterId: 'c1', toCounterId: 'c6', position: 'back' });
    h.ok({ type: 'counter.open', counterId: 'c6' }, clerk('k6'));
    expect(h.ok({ type: 'ticket.callNext', counterId: 'c6' }, clerk('k6')).ticket.id).toBe(moving.id);
  });
});

describe('demo catalogue', () => {
  it('gives no two services the same ticket label', () => {
    const seen = new Map<string, string>();
    for (const s of config.services) {
      for (let n = s.rangeStart; n <= s.rangeEnd; n++) {
        const label = `${s.prefix}-${n}`;
        expect(seen.get(label), `${label} of ${s.id}`).toBeUndefined();
        seen.set(label, s.id);
      }
    }
    expect(config.services).toHaveLength(38);
    expect(new Set(config.services.map((s) => s.departmentId)).size).toBe(5);
  });
});

describe('opening hours', () => {
  it('when enforced, a ticket outside hours is refused with the hours in Persian', () => {
    const strict = { ...config, queue: { ...config.queue, enforceOpeningHours: true } };
    const friday = harness('2026-11-27T06:00:00Z', strict);
    const refused = friday.run({ type: 'ticket.issue', serviceId: 's01' }, kiosk);
    expect(refused).toMatchObject({ ok: false, code: 'error.officeClosed', params: { hours: 'شنبه تا چهارشنبه ۰۷:۳۰ تا ۱۴:۳۰؛ پنجشنبه ۰۷:۳۰ تا ۱۲:۳۰' } });
    expect(friday.state.tickets.size).toBe(0);
    const monday = harness('2026-11-23T05:00:00Z', strict);
    expect(monday.issue('s01').number).toBe(101);
  });
});
