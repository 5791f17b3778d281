import { describe, expect, it } from 'vitest';
import type { IssueResult, Ticket } from '@desk/common';
import { holdsPersonalData, initialKioskState, kioskReducer, type KioskAction, type KioskState } from '../src/flow';

const ticket: Ticket = {
  id: 't1', day: '2025-11-23', order: 1, serviceId: 's1', prefix: 'ب', number: 205, channel: 'kiosk',
  status: 'waiting', issuedAt: '2025-11-23T06:00:00.000Z', queueKey: 1, recalls: 0, transfers: 0,
};
const result: IssueResult = { ticket, ahead: 3, waitMinutes: 12 };
const run = (...actions: KioskAction[]): KioskState => actions.reduce(kioskReducer, initialKioskState);
const letter = (char: string): KioskAction => ({ type: 'key', key: { kind: 'char', char } });

describe("a visitor's way through the kiosk", () => {
  it('takes a ticket straight from home and sees it', () => {
    const s = run({ type: 'sending', serviceId: 's1' }, { type: 'issued', result });
    expect(s.screen).toEqual({ name: 'ticket', result });
  });

  it('is asked about priority first when the service allows it, and the claim travels with the request', () => {
    const asked = run({ type: 'askPriority', serviceId: 's1' });
    expect(asked.screen).toEqual({ name: 'priority', serviceId: 's1', from: 'home' });
    const sending = kioskReducer(asked, { type: 'sending', serviceId: 's1', priority: 'elderly' });
    expect(sending.screen).toMatchObject({ name: 'sending', serviceId: 's1', priority: 'elderly' });
  });

  it("reads a service's info package from the priority choice, takes a ticket from there, or goes back to the choice", () => {
    const info = run({ type: 'openSearch' }, { type: 'askPriority', serviceId: 's1' }, { type: 'openInfo', serviceId: 's1' });
    expect(info.screen).toEqual({ name: 'info', serviceId: 's1', from: 'search' });
    expect(kioskReducer(info, { type: 'back' }).screen).toEqual({ name: 'priority', serviceId: 's1', from: 'search' });
    expect(kioskReducer(info, { type: 'sending', serviceId: 's1' }).screen).toMatchObject({ name: 'sending', serviceId: 's1', from: 'search' });
    // only for the service being chosen
    expect(run({ type: 'openInfo', serviceId: 's1' }).screen).toEqual({ name: 'home' });
  });

  it('searches, types, and keeps the text while choosing a priority', () => {
    const s = run({ type: 'openSearch' }, letter('پ'), letter('ر'), { type: 'askPriority', serviceId: 's1' });
    expect(s.query).toBe('پر');
    expect(kioskReducer(s, { type: 'back' })).toEqual({ query: 'پر', screen: { name: 'search' } });
  });

  it('ignores typing when the keyboard is not on screen', () => {
    expect(run(letter('پ')).query).toBe('');
  });

  it('ignores a second tap while the first ticket is being issued', () => {
    const sending = run({ type: 'sending', serviceId: 's1' });
    expect(kioskReducer(sending, { type: 'sending', serviceId: 's2' })).toBe(sending);
    expect(kioskReducer(sending, { type: 'askPriority', serviceId: 's2' })).toBe(sending);
    expect(kioskReducer(sending, { type: 'back' })).toBe(sending);
  });

  it('does not let the idle timer lose a ticket that is on its way', () => {
    const sending = run({ type: 'sending', serviceId: 's1' });
    expect(kioskReducer(sending, { type: 'idle' })).toBe(sending);
    expect(kioskReducer(sending, { type: 'issued', result }).screen.name).toBe('ticket');
  });

  it('shows a refusal and goes back to where the visitor was', () => {
    const failed = run({ type: 'openSearch' }, letter('ت'), { type: 'sending', serviceId: 's1' }, {
      type: 'failed',
      message: 'اداره اکنون تعطیل است.',
    });
    expect(failed.screen).toEqual({ name: 'error', message: 'اداره اکنون تعطیل است.', from: 'search' });
    expect(kioskReducer(failed, { type: 'back' }).screen).toEqual({ name: 'search' });
  });

  it('starts fresh for the next visitor after the ticket or after idling', () => {
    const shown = run({ type: 'openSearch' }, letter('ت'), { type: 'sending', serviceId: 's1' }, { type: 'issued', result });
    expect(shown.query).toBe('');
    expect(kioskReducer(shown, { type: 'back' })).toEqual(initialKioskState);
    const typing = run({ type: 'openSearch' }, letter('ت'));
    expect(kioskReducer(typing, { type: 'idle' })).toEqual(initialKioskState);
  });

  it('makes a request from the info package, goes back to it, and forgets it when idle', () => {
    const info = run({ type: 'askPriority', serviceId: 's1' }, { type: 'openInfo', serviceId: 's1' });
    const apply = kioskReducer(info, { type: 'openApply', serviceId: 's1' });
    expect(apply.screen).toEqual({ name: 'apply', serviceId: 's1', from: 'home' });
    expect(holdsPersonalData(apply)).toBe(true);
    expect(kioskReducer(apply, { type: 'back' }).screen).toEqual({ name: 'info', serviceId: 's1', from: 'home' });
    expect(kioskReducer(apply, { type: 'idle' })).toEqual(initialKioskState);
    // only for the service whose package is open
    expect(kioskReducer(info, { type: 'openApply', serviceId: 's2' })).toBe(info);
    expect(run({ type: 'openApply', serviceId: 's1' })).toEqual(initialKioskState);
  });

  it('follows a request from home, and the idle timer takes it home', () => {
    const track = run({ type: 'openTrack' });
    expect(track.screen).toEqual({ name: 'track' });
    expect(holdsPersonalData(track)).toBe(true);
    expect(holdsPersonalData(initialKioskState)).toBe(false);
    expect(kioskReducer(track, { type: 'idle' })).toEqual(initialKioskState);
    expect(run({ type: 'openSearch' }, { type: 'openTrack' }).screen).toEqual({ name: 'search' });
  });
});
