// Which calls the board speaks: every live call event, and after a snapshot only
// the fresh calls it has not heard of yet.
import { describe, expect, it } from 'vitest';
import type { Call, DeskEvent, QueueView } from '@desk/common';
import { Announcer } from '../src/announcer';
import { callsToCatchUp, feedAnnouncer, type CallSource } from '../src/voice-feed';

const NOW = Date.parse('2025-11-23T08:10:00.000Z');
const secondsAgo = (s: number) => new Date(NOW - s * 1000).toISOString();

function call(id: string, at: string, counterId = 'c1'): Call {
  return { id, ticketId: `t-${id}`, prefix: 'الف', number: 10, serviceId: 's1', counterId, counterNumber: 1, at, recall: false };
}

let seq = 0;
function callEvent(c: Call, type: DeskEvent['type'] = 'ticket.called'): DeskEvent {
  seq++;
  return { seq, id: `e${seq}`, type, at: c.at, day: '2025-11-23', actor: { kind: 'staff', id: 'u1' }, call: c };
}

function view(recentCalls: Call[]): QueueView {
  return { seq, day: '2025-11-23', tickets: new Map(), counters: new Map(), recentCalls, serviceSeconds: {} };
}

/** A stand-in for DeskConnection that the test drives by hand. */
function fakeConnection() {
  let onEvent: ((e: DeskEvent, v: QueueView) => void) | null = null;
  let onSnapshot: ((v: QueueView) => void) | null = null;
  const source: CallSource = {
    onEvent: (l) => ((onEvent = l), () => (onEvent = null)),
    onSnapshot: (l) => ((onSnapshot = l), () => (onSnapshot = null)),
  };
  return {
    source,
    event: (e: DeskEvent) => onEvent?.(e, view([])),
    snapshot: (calls: Call[]) => onSnapshot?.(view(calls)),
  };
}

function setup(accept?: (c: Call) => boolean) {
  const announced: string[] = [];
  const announcer = new Announcer({ play: async () => undefined, onAnnounced: (c) => announced.push(c.id) });
  const link = fakeConnection();
  const stop = feedAnnouncer(link.source, announcer, { now: () => NOW, accept });
  return { announced, announcer, link, stop };
}

describe('what the board announces', () => {
  it('announces every called and recalled event, in the order they came', async () => {
    const { announced, announcer, link } = setup();
    link.event(callEvent(call('k1', secondsAgo(3))));
    link.event(callEvent(call('k2', secondsAgo(2))));
    link.event(callEvent(call('k3', secondsAgo(1)), 'ticket.recalled'));
    await announcer.whenIdle();
    expect(announced).toEqual(['k1', 'k2', 'k3']);
  });

  it('ignores events that are not calls', async () => {
    const { announced, announcer, link } = setup();
    link.event({ ...callEvent(call('k1', secondsAgo(1))), type: 'ticket.serving' });
    await announcer.whenIdle();
    expect(announced).toEqual([]);
  });

  it('on a snapshot, speaks only fresh calls it had not seen, oldest first', async () => {
    const { announced, announcer, link } = setup();
    link.event(callEvent(call('k1', secondsAgo(50))));
    await announcer.whenIdle();
    // the link dropped; meanwhile k2 and k3 were called; k0 is old history
    link.snapshot([call('k3', secondsAgo(5)), call('k2', secondsAgo(20)), call('k1', secondsAgo(50)), call('k0', secondsAgo(300))]);
    await announcer.whenIdle();
    expect(announced).toEqual(['k1', 'k2', 'k3']);
  });

  it('on a snapshot, does not speak calls older than the last one this screen saw', async () => {
    const { announced, announcer, link } = setup();
    link.event(callEvent(call('k2', secondsAgo(10))));
    link.snapshot([call('k2', secondsAgo(10)), call('k1', secondsAgo(20))]);
    await announcer.whenIdle();
    expect(announced).toEqual(['k2']);
  });

  it('on a snapshot, does not speak calls older than a minute', async () => {
    const { announced, announcer, link } = setup();
    link.snapshot([call('k2', secondsAgo(61)), call('k1', secondsAgo(120))]);
    await announcer.whenIdle();
    expect(announced).toEqual([]);
  });

  it('after a snapshot, a second snapshot with the same calls speaks nothing new', async () => {
    const { announced, announcer, link } = setup();
    link.snapshot([call('k1', secondsAgo(10))]);
    await announcer.whenIdle();
    link.snapshot([call('k1', secondsAgo(10))]);
    await announcer.whenIdle();
    expect(announced).toEqual(['k1']);
  });

  it('a call replayed as an event after it came in a snapshot is not spoken twice', async () => {
    const { announced, announcer, link } = setup();
    const c = call('k1', secondsAgo(4));
    link.snapshot([c]);
    link.event(callEvent(c));
    await announcer.whenIdle();
    expect(announced).toEqual(['k1']);
  });

  it('a counter sign speaks only its own counter', async () => {
    const { announced, announcer, link } = setup((c) => c.counterId === 'c2');
    link.event(callEvent(call('k1', secondsAgo(2), 'c1')));
    link.event(callEvent(call('k2', secondsAgo(1), 'c2')));
    await announcer.whenIdle();
    expect(announced).toEqual(['k2']);
  });

  it('stops listening when unsubscribed', async () => {
    const { announced, announcer, link, stop } = setup();
    stop();
    link.event(callEvent(call('k1', secondsAgo(1))));
    await announcer.whenIdle();
    expect(announced).toEqual([]);
  });
});

describe('callsToCatchUp', () => {
  it('keeps calls at or after the last seen one and within the age limit, oldest first', () => {
    const calls = [call('c', secondsAgo(1)), call('b', secondsAgo(30)), call('a', secondsAgo(59)), call('old', secondsAgo(61))];
    expect(callsToCatchUp(calls, null, NOW).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(callsToCatchUp(calls, NOW - 30_000, NOW).map((c) => c.id)).toEqual(['b', 'c']);
  });

  it('keeps calls made in the same millisecond in the order they were made', () => {
    const at = secondsAgo(2);
    expect(callsToCatchUp([call('second', at), call('first', at)], null, NOW).map((c) => c.id)).toEqual(['first', 'second']);
  });
});
