// The lobby's voice queue: every call is spoken whole, in arrival order, once.
import { describe, expect, it } from 'vitest';
import type { Call } from '@desk/common';
import { callClips } from '@desk/common/voice';
import { Announcer } from '../src/announcer';

function call(id: string, number: number, counterNumber: number, extra: Partial<Call> = {}): Call {
  return {
    id,
    ticketId: `t-${number}`,
    prefix: 'ب',
    number,
    serviceId: 's1',
    counterId: `c${counterNumber}`,
    counterNumber,
    at: '2025-11-23T08:00:00.000Z',
    recall: false,
    ...extra,
  };
}

interface Playing {
  clip: string;
  finish: () => void;
  fail: (err: Error) => void;
}

/** A fake speaker: each play waits until the test finishes it, and the log records starts and ends. */
function manualSpeaker() {
  const log: string[] = [];
  const playing: Playing[] = [];
  const play = (clip: string) =>
    new Promise<void>((resolve, reject) => {
      log.push(`start ${clip}`);
      playing.push({
        clip,
        finish: () => {
          log.push(`end ${clip}`);
          resolve();
        },
        fail: reject,
      });
    });
  /** Let pending promise callbacks run, then finish the clip now playing. */
  const finishCurrent = async () => {
    await flush();
    const current = playing.shift();
    if (!current) throw new Error('nothing is playing');
    current.finish();
    await flush();
  };
  return { log, playing, play, finishCurrent };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A speaker that finishes every clip at once and records what it spoke. */
function instantSpeaker(failing: (clip: string) => boolean = () => false) {
  const spoken: string[] = [];
  const play = async (clip: string) => {
    spoken.push(clip);
    if (failing(clip)) throw new Error(`cannot decode ${clip}`);
  };
  return { spoken, play };
}

describe('the lobby announcer', () => {
  it('speaks the chime, then «شماره ب دویست و پنج به باجه سه», clip by clip', async () => {
    const speaker = instantSpeaker();
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    announcer.enqueue(call('k1', 205, 3));
    await announcer.whenIdle();
    expect(speaker.spoken).toEqual(['chime', 'w-number', 'l-be', 'n-200-o', 'n-5', 'w-to-counter', 'n-3']);
    expect(announced).toEqual(['k1']);
  });

  it('two calls in the same tick are both announced, in order, and the second waits for the first to end', async () => {
    const speaker = manualSpeaker();
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    const first = call('k1', 205, 3);
    const second = call('k2', 12, 5);
    announcer.enqueue(first);
    announcer.enqueue(second);

    expect(announcer.getState()).toMatchObject({ status: 'announcing', queue: 1, upcoming: ['k2'] });
    expect(announcer.getState().current?.id).toBe('k1');

    const firstClips = callClips(first);
    for (let i = 0; i < firstClips.length; i++) {
      // nothing of the second call may start while the first is still speaking
      expect(speaker.log.filter((l) => l.startsWith('start'))).toHaveLength(i + 1);
      await speaker.finishCurrent();
    }
    expect(announced).toEqual(['k1']);
    expect(announcer.getState().current?.id).toBe('k2');
    expect(announcer.getState()).toMatchObject({ queue: 0, upcoming: [] });

    const secondClips = callClips(second);
    for (let i = 0; i < secondClips.length; i++) await speaker.finishCurrent();
    await announcer.whenIdle();

    expect(announced).toEqual(['k1', 'k2']);
    const expected = [...firstClips, ...secondClips].flatMap((c) => [`start ${c}`, `end ${c}`]);
    expect(speaker.log).toEqual(expected);
    expect(announcer.getState()).toMatchObject({ status: 'idle', queue: 0 });
  });

  it('a burst of five calls is spoken completely, none skipped', async () => {
    const speaker = instantSpeaker();
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    const calls = [1, 2, 3, 4, 5].map((n) => call(`k${n}`, 100 + n, n));
    for (const c of calls) announcer.enqueue(c);
    await announcer.whenIdle();
    expect(announced).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(speaker.spoken).toEqual(calls.flatMap((c) => callClips(c)));
  });

  it('a call delivered again (after a resync) is announced once', async () => {
    const speaker = instantSpeaker();
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    expect(announcer.enqueue(call('k1', 7, 2))).toBe(true);
    expect(announcer.enqueue(call('k1', 7, 2))).toBe(false); // while still queued
    await announcer.whenIdle();
    expect(announcer.enqueue(call('k1', 7, 2))).toBe(false); // after it was spoken
    await announcer.whenIdle();
    expect(announced).toEqual(['k1']);
    expect(speaker.spoken.filter((c) => c === 'chime')).toHaveLength(1);
  });

  it('a recall of the same ticket is announced again: it is a new call', async () => {
    const speaker = instantSpeaker();
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    announcer.enqueue(call('k1', 7, 2));
    announcer.enqueue(call('k2', 7, 2, { recall: true }));
    await announcer.whenIdle();
    expect(announced).toEqual(['k1', 'k2']);
    expect(speaker.spoken.filter((c) => c === 'chime')).toHaveLength(2);
  });

  it('a clip that fails does not stall the queue: the rest of the sentence and the next call follow', async () => {
    const speaker = instantSpeaker((clip) => clip === 'l-be');
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    announcer.enqueue(call('k1', 205, 3));
    announcer.enqueue(call('k2', 9, 4));
    await announcer.whenIdle();
    expect(announced).toEqual(['k1', 'k2']);
    expect(speaker.spoken).toContain('w-to-counter');
    expect(speaker.spoken.slice(-1)).toEqual(['n-4']);
  });

  it('a clip that never ends is given up after the time limit', async () => {
    const spoken: string[] = [];
    const play = (clip: string) => {
      spoken.push(clip);
      return clip === 'chime' ? new Promise<void>(() => undefined) : Promise.resolve();
    };
    const announced: string[] = [];
    const announcer = new Announcer({ play, clipTimeoutMs: 20, onAnnounced: (c) => announced.push(c.id) });
    announcer.enqueue(call('k1', 3, 1));
    await announcer.whenIdle();
    expect(announced).toEqual(['k1']);
    expect(spoken).toEqual(callClips(call('k1', 3, 1)));
  }, 2000);

  it('a number the voice cannot speak still gets its chime and lets the queue go on', async () => {
    const speaker = instantSpeaker();
    const announced: string[] = [];
    const announcer = new Announcer({ play: speaker.play, onAnnounced: (c) => announced.push(c.id) });
    announcer.enqueue(call('k1', 1200, 1));
    announcer.enqueue(call('k2', 4, 1));
    await announcer.whenIdle();
    expect(announced).toEqual(['k1', 'k2']);
    expect(speaker.spoken[0]).toBe('chime');
  });

  it('prepares a call\'s clips before its first clip plays', async () => {
    const order: string[] = [];
    const announcer = new Announcer({
      play: async (clip) => void order.push(`play ${clip}`),
      prepare: async (clips) => void order.push(`prepare ${clips.length}`),
    });
    announcer.enqueue(call('k1', 5, 1));
    await announcer.whenIdle();
    expect(order[0]).toBe(`prepare ${callClips(call('k1', 5, 1)).length}`);
    expect(order[1]).toBe('play chime');
  });

  it('tells listeners when it starts and stops announcing', async () => {
    const speaker = manualSpeaker();
    const announcer = new Announcer({ play: speaker.play });
    const states: string[] = [];
    announcer.subscribe(() => {
      const s = announcer.getState();
      states.push(`${s.status}:${s.current?.id ?? '-'}:${s.queue}`);
    });
    announcer.enqueue(call('k1', 1, 1));
    announcer.enqueue(call('k2', 2, 1));
    while (speaker.playing.length > 0 || announcer.getState().status === 'announcing') await speaker.finishCurrent();
    expect(states).toEqual(['idle:-:1', 'announcing:k1:0', 'announcing:k1:1', 'announcing:k2:0', 'idle:k2:0']);
  });
});
