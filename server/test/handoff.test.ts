// The phone handoff's sessions, with a clock the test moves: who may read one, how long
// it lives, how a kiosk hears an arrival, and which receipt a kiosk may print.
import { describe, it, expect } from 'vitest';
import { HANDOFF_PER_DEVICE, HANDOFF_TTL_MS, HandoffSessions, KIOSK_RECEIPT_WINDOW_MS, KioskSubmissions, type NewHandoff } from '../src/edesk/handoff';

const slot = { id: 'doc-card', label: 'کارت ملی', accept: ['image/jpeg'], required: true };
const visit = (deviceId = 'kiosk-a'): NewHandoff => ({ deviceId, owner: 'mobile:09121234567', purpose: 'apply', title: 'خدمت', slots: [slot] });
const file = (id: string) => ({ id, slotId: 'doc-card', name: `${id}.jpg`, size: 1200, contentType: 'image/jpeg' });

function clock(start = Date.parse('2025-11-23T07:00:00Z')) {
  let now = start;
  return { now: () => now, pass: (ms: number) => (now += ms) };
}

describe('a handoff session between a kiosk and a phone', () => {
  it('has an unguessable id, is readable only by the kiosk that opened it, and ends after twenty minutes', () => {
    const time = clock();
    const sessions = new HandoffSessions({ now: time.now });
    const { session } = sessions.create(visit());
    expect(session.id).toMatch(/^[\w-]{32}$/);
    expect(new Set(Array.from({ length: 50 }, () => sessions.create(visit('kiosk-z')).session.id)).size).toBe(50);
    expect(sessions.ofDevice(session.id, 'kiosk-a')).toBe(session);
    expect(sessions.ofDevice(session.id, 'kiosk-b')).toBeUndefined();

    time.pass(HANDOFF_TTL_MS - 1000);
    expect(sessions.get(session.id)).toBeDefined();
    time.pass(1000);
    expect(sessions.get(session.id)).toBeUndefined();
    expect(sessions.add(session.id, file('late'))).toBeUndefined();
    // the sweep hands the expired session back, so its files can be deleted
    expect(sessions.sweep().map((s) => s.id)).toContain(session.id);
  });

  it('wakes the waiting kiosk when a file arrives, and lets a phone take one back', async () => {
    const sessions = new HandoffSessions();
    const { session } = sessions.create(visit());
    const wait = sessions.changed(session.id, session.version, 60_000);
    let woke = false;
    void wait.done.then(() => (woke = true));
    await Promise.resolve();
    expect(woke).toBe(false);
    sessions.add(session.id, file('a'));
    await wait.done;
    expect(woke).toBe(true);
    expect(session.version).toBe(2);
    expect(sessions.countIn(session, 'doc-card')).toBe(1);
    // nothing newer than what the kiosk has: it waits; something newer: at once
    const again = sessions.changed(session.id, 2, 60_000);
    let settled = false;
    void again.done.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(sessions.remove(session.id, 'a')?.id).toBe('a');
    await again.done;
    expect(session.documents).toEqual([]);
    await sessions.changed(session.id, 1, 60_000).done;
  });

  it('keeps a few sessions per kiosk: a new one beyond that ends the oldest', () => {
    const time = clock();
    const sessions = new HandoffSessions({ now: time.now });
    const opened = Array.from({ length: HANDOFF_PER_DEVICE }, () => {
      time.pass(1000);
      return sessions.create(visit()).session;
    });
    time.pass(1000);
    const next = sessions.create(visit());
    expect(next.closed.map((s) => s.id)).toEqual([opened[0]!.id]);
    expect(sessions.get(opened[0]!.id)).toBeUndefined();
    expect(sessions.get(opened[1]!.id)).toBeDefined();
    // another kiosk's are left alone
    expect(sessions.create(visit('kiosk-b')).closed).toEqual([]);
  });
});

describe('which receipt a kiosk may print', () => {
  it('only the request it took last, and only for a while', () => {
    const time = clock();
    const submitted = new KioskSubmissions(time.now);
    expect(submitted.mayPrint('kiosk-a', '12345678901')).toBe(false);
    submitted.record('kiosk-a', '12345678901');
    expect(submitted.mayPrint('kiosk-a', '12345678901')).toBe(true);
    expect(submitted.mayPrint('kiosk-b', '12345678901')).toBe(false);
    submitted.record('kiosk-a', '22222222222');
    expect(submitted.mayPrint('kiosk-a', '12345678901')).toBe(false);
    time.pass(KIOSK_RECEIPT_WINDOW_MS);
    expect(submitted.mayPrint('kiosk-a', '22222222222')).toBe(false);
  });
});
