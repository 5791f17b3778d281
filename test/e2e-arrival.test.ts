// End to end, in Chromium against a real office server: the office has asked a client
// to come to the desk today (an appointment on her request). At the lobby kiosk she taps
// «نوبت حضوری دارم», types the tracking code and her national ID and gets a queue ticket
// at once; the clerk who calls it sees it is for her request and opens it in one tap.
// The office's clock (and the browsers') is set to a working morning.
// Needs the built kiosk and counter (`npm run build`).
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { toLatinDigits, type Case, type FormField, type Ticket } from '@desk/common';
import { screenshot } from './helpers/browser';
import { useE2eOffice } from './helpers/office';

const WAIT = 30_000;
// Saturday 30 Aban 1405, 08:30 in Tehran; the appointment is at 10:00
const NOW = Date.parse('2026-11-21T05:00:00Z');
const KIOSK = { width: 1080, height: 1920 };
const COUNTER = { width: 1366, height: 900 };
const CLIENT = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };

const office = useE2eOffice({ server: { clock: () => new Date(NOW).toISOString() } });

async function staffCall<T>(token: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${office.server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as T & { error?: { message: string } };
  expect(res.status, `${path}: ${json.error?.message ?? ''}`).toBe(200);
  return json;
}

/** A counselling request (s17) registered at the desk, reviewed, and an appointment for 10:00 today. */
async function caseWithAppointment(): Promise<Case> {
  const login = await fetch(`${office.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'clerk3', password: 'clerk1234' }) });
  const token = ((await login.json()) as { token: string }).token;
  const catalogue = (await (await fetch(`${office.server.url}/api/edesk/catalogue`)).json()) as { services: Array<{ serviceId: string; form: { fields: FormField[] } }> };
  const values: Record<string, string> = {};
  for (const f of catalogue.services.find((s) => s.serviceId === 's17')!.form.fields) {
    if (f.kind === 'document' || !f.required) continue;
    values[f.id] = f.kind === 'select' ? f.options[0]!.value : 'شرح وضعیت برای آزمون سامانه، بیش از بیست حرف.';
  }
  const { case: c } = await staffCall<{ case: Case }>(token, '/api/edesk/cases', { commandId: 'e2e-arrival-submit', serviceId: 's17', client: CLIENT, values, documents: [] });
  await staffCall(token, '/api/edesk/commands', { type: 'step.complete', commandId: 'e2e-arrival-review', caseId: c.id, result: 'done' });
  const at = new Date(NOW + 90 * 60_000).toISOString();
  const set = await staffCall<{ case: Case }>(token, '/api/edesk/commands', { type: 'appointment.set', commandId: 'e2e-arrival-set', caseId: c.id, at, reason: 'جلسهٔ مشاوره', bring: ['اصل شناسنامه'] });
  return set.case;
}

const tapDigits = async (page: Page, digits: string) => {
  for (const d of digits) await page.click(`[data-testid="keypad"] [data-key="${d}"]`);
};

describe('arriving for an appointment', () => {
  it('the kiosk gives the ticket for the request, and the clerk calling it opens the request', async () => {
    const c = await caseWithAppointment();

    // ── at the kiosk, on the office's morning
    const kiosk = await office.open('/kiosk/', KIOSK);
    const k = kiosk.page;
    await k.clock.setFixedTime(new Date(NOW));
    await k.reload();
    await k.click('[data-testid="kiosk-arrival"]', { timeout: WAIT });
    await k.locator('[data-testid="edesk-step"][data-step="code"]').waitFor({ timeout: WAIT });
    await tapDigits(k, c.trackingCode);
    await k.click('[data-testid="edesk-next"]');
    await k.locator('[data-testid="edesk-step"][data-step="nationalId"]').waitFor({ timeout: WAIT });
    await tapDigits(k, CLIENT.nationalId);
    await k.click('[data-testid="track-find"]');
    // no further tap: today's appointment gives its ticket
    const number = k.locator('[data-testid="ticket-number"]');
    await number.waitFor({ timeout: WAIT });
    const tickets = [...office.server.office.state.tickets.values()].filter((t: Ticket) => t.caseId === c.id);
    expect(tickets).toHaveLength(1);
    const ticket = tickets[0]!;
    expect(toLatinDigits((await number.textContent()) ?? '')).toContain(String(ticket.number));
    expect(office.server.edesk.desk.state.cases.get(c.id)!.appointments[0]).toMatchObject({ status: 'attended', ticketId: ticket.id });
    // the appointment once more, with the ticket: when, why, what to bring
    const note = (await k.locator('[data-testid="ticket-appointment"]').textContent()) ?? '';
    expect(note).toContain('۱۰:۰۰');
    expect(note).toContain('جلسهٔ مشاوره');
    expect(note).toContain('اصل شناسنامه');
    await screenshot(k, 'kiosk-arrival-ticket');

    // ── the clerk at a counter of the service calls it
    const counter = await office.open('/counter/', COUNTER);
    const p = counter.page;
    await p.clock.setFixedTime(new Date(NOW));
    await p.fill('[data-testid="login-username"]', 'clerk3', { timeout: WAIT });
    await p.fill('[data-testid="login-password"]', 'clerk1234');
    await p.click('[data-testid="login-submit"]');
    const counterId = office.server.office.config.counters.find((x) => x.services.some((s) => s.serviceId === 's17'))!.id;
    await p.click(`[data-testid="counter-open-${counterId}"]`, { timeout: WAIT });
    await p.click('[data-testid="call-next"]:not([disabled])', { timeout: WAIT });
    const linked = p.locator('[data-testid="current-case"]');
    await linked.waitFor({ timeout: WAIT });
    expect(await linked.textContent()).toContain('۱۰:۰۰');
    await screenshot(p, 'counter-appointment-ticket');
    await p.click('[data-testid="open-case"]');
    const opened = p.locator('[data-testid="case-view"]');
    await opened.waitFor({ timeout: WAIT });
    expect(await opened.getAttribute('data-case-id')).toBe(c.id);
  });
});
