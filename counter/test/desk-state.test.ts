import { describe, expect, it } from 'vitest';
import { ticketLabel } from '@desk/common';
import {
  clockDuration,
  counterFigures,
  currentTicket,
  enabledActions,
  myCounterState,
  queueForCounter,
  recallsStillNeeded,
  secondsSince,
  type DeskSituation,
} from '../src/desk-state';
import { counterState, ticket } from './fixtures';

function situation(patch: Partial<DeskSituation> = {}): DeskSituation {
  return { counter: counterState(), current: undefined, recallsBeforeNoShow: 2, online: true, busy: false, ...patch };
}

function enabledNames(s: DeskSituation): string[] {
  return Object.entries(enabledActions(s))
    .filter(([, on]) => on)
    .map(([name]) => name)
    .sort();
}

describe('what a clerk can press', () => {
  it('an open counter with nobody at it can call, pause or close — nothing about a ticket', () => {
    expect(enabledNames(situation())).toEqual(['callNext', 'callSpecific', 'close', 'pause']);
  });

  it('a called visitor can be recalled, started, finished or transferred, but not marked no-show before the recalls', () => {
    const current = ticket({ status: 'called', recalls: 1, counterId: 'c1' });
    const on = enabledActions(situation({ current }));
    expect(on).toMatchObject({ recall: true, start: true, finish: true, transfer: true, callNext: true });
    expect(on.noShow).toBe(false);
    expect(on.pause).toBe(false);
    expect(on.close).toBe(false);
    expect(recallsStillNeeded(current, 2)).toBe(1);
  });

  it('after the set number of recalls «حاضر نشد» becomes possible', () => {
    const current = ticket({ status: 'called', recalls: 2 });
    expect(enabledActions(situation({ current })).noShow).toBe(true);
    expect(recallsStillNeeded(current, 2)).toBe(0);
    expect(enabledActions(situation({ current: ticket({ status: 'called' }), recallsBeforeNoShow: 0 })).noShow).toBe(true);
  });

  it('once service has started there is no recall, start or no-show; finish and transfer remain', () => {
    const on = enabledActions(situation({ current: ticket({ status: 'serving', recalls: 5 }) }));
    expect(on).toMatchObject({ recall: false, start: false, noShow: false, finish: true, transfer: true });
  });

  it('a priority claim can be judged only while it is still a claim', () => {
    const claimed = ticket({ status: 'called', priority: { kind: 'elderly', status: 'claimed' } });
    const confirmed = ticket({ status: 'called', priority: { kind: 'elderly', status: 'confirmed' } });
    expect(enabledActions(situation({ current: claimed })).priority).toBe(true);
    expect(enabledActions(situation({ current: confirmed })).priority).toBe(false);
  });

  it('a paused counter can only resume or close', () => {
    expect(enabledNames(situation({ counter: counterState({ status: 'paused' }) }))).toEqual(['close', 'resume']);
  });

  it('nothing can be pressed while a command is in flight or the link is down (no double action)', () => {
    const current = ticket({ status: 'called', recalls: 3 });
    expect(enabledNames(situation({ current, busy: true }))).toEqual([]);
    expect(enabledNames(situation({ current, online: false }))).toEqual([]);
  });
});

describe('the counter of this clerk', () => {
  it('goes straight to the counter the clerk already has open', () => {
    const states = [counterState({ counterId: 'c1', clerkId: 'u2' }), counterState({ counterId: 'c3', clerkId: 'u1', status: 'paused' })];
    expect(myCounterState(states, 'u1')?.counterId).toBe('c3');
    expect(myCounterState([counterState({ clerkId: 'u1', status: 'closed' })], 'u1')).toBeUndefined();
  });

  it('shows as current only a ticket still called or being served', () => {
    const called = ticket({ status: 'called' });
    const done = ticket({ status: 'done' });
    const tickets = new Map([called, done].map((t) => [t.id, t]));
    expect(currentTicket({ tickets }, counterState({ currentTicketId: called.id }))?.id).toBe(called.id);
    expect(currentTicket({ tickets }, counterState({ currentTicketId: done.id }))).toBeUndefined();
  });
});

describe('the queue a counter sees', () => {
  const counter = { id: 'c1', services: [{ serviceId: 's1', weight: 2 }, { serviceId: 's2', weight: 1 }] };

  it('lists waiting tickets of its services in queue order, with transfers to it and without those sent elsewhere', () => {
    const late = ticket({ serviceId: 's1', queueKey: 3000 });
    const early = ticket({ serviceId: 's2', queueKey: 1000 });
    const otherService = ticket({ serviceId: 's9', queueKey: 500 });
    const sentHere = ticket({ serviceId: 's9', targetCounterId: 'c1', queueKey: 2000 });
    const sentAway = ticket({ serviceId: 's1', targetCounterId: 'c2', queueKey: 100 });
    const called = ticket({ serviceId: 's1', status: 'called', queueKey: 50 });
    const queue = queueForCounter([late, early, otherService, sentHere, sentAway, called], counter);
    expect(queue.map((t) => t.id)).toEqual([early.id, sentHere.id, late.id]);
  });
});

describe("today's figures", () => {
  it('counts served and no-show tickets of this counter and the mean service time', () => {
    const tickets = [
      ticket({ counterId: 'c1', status: 'done', servingAt: '2026-01-10T06:00:00Z', finishedAt: '2026-01-10T06:04:00Z' }),
      ticket({ counterId: 'c1', status: 'done', calledAt: '2026-01-10T07:00:00Z', finishedAt: '2026-01-10T07:02:00Z' }),
      ticket({ counterId: 'c1', status: 'noShow' }),
      ticket({ counterId: 'c2', status: 'done', servingAt: '2026-01-10T06:00:00Z', finishedAt: '2026-01-10T07:00:00Z' }),
      ticket({ counterId: 'c1', status: 'serving', servingAt: '2026-01-10T08:00:00Z' }),
    ];
    expect(counterFigures(tickets, 'c1')).toEqual({ served: 2, noShows: 1, meanServiceSeconds: 180 });
    expect(counterFigures([], 'c1')).toEqual({ served: 0, noShows: 0, meanServiceSeconds: null });
  });
});

describe('time since the call', () => {
  it('reads as minutes:seconds, with hours only when there are some, never negative', () => {
    const now = Date.parse('2026-01-10T06:00:00Z');
    expect(clockDuration(secondsSince('2026-01-10T05:57:55Z', now))).toBe('02:05');
    expect(clockDuration(3723)).toBe('1:02:03');
    expect(secondsSince('2026-01-10T06:00:09Z', now)).toBe(0);
    expect(secondsSince(undefined, now)).toBe(0);
  });

  it('labels the current ticket as the board does', () => {
    expect(ticketLabel(ticket({ prefix: 'ب', number: 205 }))).toBe('ب-۲۰۵');
  });
});
