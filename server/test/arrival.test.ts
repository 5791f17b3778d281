// A client arriving at the office for an appointment at the desk: at a lobby kiosk the
// tracking code and national ID give a queue ticket linked to the case, standing in
// the queue at the booked time; the case records the check-in with that ticket. A real
// office server with its files; the office's clock is set so the office is open.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTrackingCode, type Case, type FormField, type Ticket } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { Client, deviceToken, login } from './live-helpers';

// Saturday 30 Aban 1405, 08:30 in Tehran (the demo office opens at 07:30)
let now = Date.parse('2026-11-21T05:00:00Z');
const MINUTE = 60_000;
let server: RunningOffice;
let dir: string;
let clerk: string;
let kiosk: string;

const CLIENT = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-arrival-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1', clock: () => new Date(now).toISOString() });
  clerk = await login(server.url, 'clerk3', 'clerk1234'); // the desk and the women's affairs unit
  kiosk = await deviceToken(server.url, 'kiosk');
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function post<T>(path: string, body: unknown, token?: string): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}/api/edesk${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

let n = 0;
const staff = (type: string, caseId: string, extra: Record<string, unknown> = {}) =>
  post<{ ok: boolean; case: Case; error?: { message: string } }>('/commands', { type, commandId: `arrival-test-${++n}-${type}`, caseId, ...extra }, clerk);

const idOf = (ack: Awaited<ReturnType<Client['send']>>): string => (ack.ok ? (ack.ticket as Ticket).id : '');

type Arrival = { ok: true; ticket: Ticket; ahead: number; again: boolean; appointment: { reason: string; bring: string[] } } | { ok: false; error: { code: string; message: string } };

/** A counselling request (s17) registered at the desk, its review done: the next step is the visit. */
async function caseWaitingForVisit(): Promise<Case> {
  const catalogue = await (await fetch(`${server.url}/api/edesk/catalogue`)).json() as { services: Array<{ serviceId: string; form: { fields: FormField[] } }> };
  const values: Record<string, string> = {};
  for (const f of catalogue.services.find((s) => s.serviceId === 's17')!.form.fields) {
    if (f.kind === 'document' || !f.required) continue;
    values[f.id] = f.kind === 'select' ? f.options[0]!.value : f.kind === 'number' ? '1' : 'شرح وضعیت برای آزمون سامانه، بیش از بیست حرف.';
  }
  const submitted = await post<{ case: Case; error?: { message: string } }>('/cases', { commandId: `arrival-submit-${++n}`, serviceId: 's17', client: CLIENT, values, documents: [] }, clerk);
  expect(submitted.status, submitted.json.error?.message).toBe(200);
  const done = await staff('step.complete', submitted.json.case.id, { result: 'done' });
  expect(done.status, done.json.error?.message).toBe(200);
  return done.json.case;
}

describe('arriving for an appointment at the desk', () => {
  it('gives a ticket linked to the case at the booked time, and records the check-in', async () => {
    const c = await caseWaitingForVisit();
    const arrive = (body: Record<string, unknown>, token = kiosk) => post<Arrival>('/arrivals', { trackingCode: c.trackingCode, nationalId: CLIENT.nationalId, commandId: `kiosk-arrival-${++n}`, ...body }, token);

    // no appointment yet: told so, nothing issued
    const ticketsBefore = server.office.state.tickets.size;
    const none = await arrive({});
    expect(none.status).toBe(409);
    expect(!none.json.ok && none.json.error.message).toContain('نوبت حضوری ثبت نشده');

    // booked for 10:00 Tehran; a walk-in arrives first, at 08:30
    const at = new Date(now + 90 * MINUTE).toISOString();
    const set = await staff('appointment.set', c.id, { at, reason: 'جلسهٔ مشاوره', bring: ['اصل شناسنامه'] });
    expect(set.status, set.json.error?.message).toBe(200);
    const walkIn = await Client.connect(server.url, kiosk);
    const early = await walkIn.send({ type: 'ticket.issue', serviceId: 's17' });
    expect(early.ok).toBe(true);

    // only a kiosk may ask, the code and the national ID must match
    expect((await arrive({}, clerk)).status).toBe(403);
    expect((await arrive({ nationalId: '2271334561' })).status).toBe(404);
    expect(server.office.state.tickets.size).toBe(ticketsBefore + 1);

    // on another day: told which day, nothing issued
    now += 24 * 60 * MINUTE; // Sunday
    const otherDay = await arrive({});
    expect(otherDay.status).toBe(409);
    expect(!otherDay.json.ok && otherDay.json.error.message).toContain('۱۴۰۵');
    now -= 24 * 60 * MINUTE;

    // another walk-in comes at 10:05; she comes at 10:10, ten minutes late but within the grace
    now += 95 * MINUTE;
    const later = await walkIn.send({ type: 'ticket.issue', serviceId: 's17' });
    expect(later.ok).toBe(true);
    now += 5 * MINUTE;
    const arrived = await arrive({ commandId: 'kiosk-arrival-first' });
    expect(arrived.status).toBe(200);
    if (!arrived.json.ok) throw new Error(arrived.json.error.message);
    const ticket = arrived.json.ticket;
    expect(ticket.caseId).toBe(c.id);
    expect(ticket.serviceId).toBe('s17');
    expect(ticket.queueKey).toBe(Date.parse(at));
    expect(arrived.json.appointment.bring).toEqual(['اصل شناسنامه']);
    // she stands at 10:00: behind the 08:30 walk-in, ahead of the 10:05 one
    expect(arrived.json.ahead).toBe(1);

    // the case knows which ticket she was served with, on disk too
    const checked = server.edesk.desk.state.cases.get(c.id)!;
    expect(checked.appointments[0]).toMatchObject({ status: 'attended', ticketId: ticket.id });
    const day = new Date(now).toISOString().slice(0, 10);
    const journal = await readFile(join(dir, 'cases', 'journal', `${day}.jsonl`), 'utf8');
    expect(journal).toContain(`"ticketId":"${ticket.id}"`);

    // a second tap, or the same request retried, gives the same ticket, not a new one
    const again = await arrive({});
    expect(again.json.ok && again.json.ticket.id).toBe(ticket.id);
    expect(again.json.ok && again.json.again).toBe(true);
    const retried = await arrive({ commandId: 'kiosk-arrival-first' });
    expect(retried.json.ok && retried.json.ticket.id).toBe(ticket.id);

    // the clerk calling it knows the ticket is for this case
    const counterId = server.office.config.counters.find((k) => k.services.some((x) => x.serviceId === 's17'))!.id;
    const desk = await Client.connect(server.url, clerk);
    expect((await desk.send({ type: 'counter.open', counterId })).ok).toBe(true);
    const calls: Ticket[] = [];
    for (let i = 0; i < 3; i++) {
      const called = await desk.send({ type: 'ticket.callNext', counterId });
      expect(called.ok).toBe(true);
      calls.push(called.ok ? (called.ticket as Ticket) : ({} as Ticket));
      expect((await desk.send({ type: 'ticket.finish', counterId })).ok).toBe(true);
    }
    expect(calls.map((t) => t.id)).toEqual([idOf(early), ticket.id, idOf(later)]);
    expect(calls[1]!.caseId).toBe(c.id);
    expect(calls[0]!.caseId).toBeUndefined();
    walkIn.close();
    desk.close();
  });

  it('refuses a screen that tries to link a ticket to a case itself', async () => {
    const c = [...server.edesk.desk.state.cases.values()][0]!;
    const screen = await Client.connect(server.url, kiosk);
    const forged = await screen.send({ type: 'ticket.issue', serviceId: 's17', appointment: { caseId: c.id, at: new Date(now).toISOString() } } as never);
    expect(forged.ok).toBe(true);
    expect(forged.ok && (forged.ticket as Ticket).caseId).toBeUndefined();
    screen.close();
  });

  it("counts a lobby kiosk's wrong tracking codes per kiosk, not per address", async () => {
    const wrong = { trackingCode: createTrackingCode(), nationalId: '2271334561' }; // a valid code nobody has
    const track = (token?: string) => post<{ error: { code: string } }>('/track', wrong, token);
    // a whole lobby types on one kiosk: 25 typos still get «not found», not a lock
    for (let i = 0; i < 25; i++) expect((await track(kiosk)).status).toBe(404);
    // a browser at one address is stopped after 20
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await track()).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    // and the kiosk still works after the browser was locked out
    expect((await track(kiosk)).status).toBe(404);
  });
});
