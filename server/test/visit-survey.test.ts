// The satisfaction survey after a counter visit (table 5), against a real office server
// with real files and real Socket.IO screens: the phone that followed the ticket answers
// once it was served, once; a bad or early survey is refused in Persian and changes
// nothing; the answers reach the journal on disk and the survey report, never the screens.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPersianDigits, VISIT_SURVEY_QUESTIONS, type DeskEvent, type PublicTicketStatus, type ReportResult, type Ticket, type VisitToRate } from '@desk/common';
import { visitsToRate } from '../src/queue/status';
import { VISIT_SURVEY_WINDOW_MS } from '../src/http/visit-survey-routes';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { runReport } from '../src/reports';
import { Client, deviceToken, login, post, serveNext } from './live-helpers';

let server: RunningOffice;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-visit-survey-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const answersAll = (value: number) => Object.fromEntries(VISIT_SURVEY_QUESTIONS.map((q) => [q.id, value]));
const survey = (ticketId: string, body: unknown) => post<{ ok: boolean; error?: { code: string; message: string } }>(`${server.url}/api/public/tickets/${ticketId}/survey`, body);
const statusOf = async (ticketId: string) => (await (await fetch(`${server.url}/api/public/tickets/${ticketId}`)).json()) as PublicTicketStatus;
const journalText = async () => {
  const files = (await readdir(join(dir, 'journal'))).filter((f) => f.endsWith('.jsonl'));
  return (await Promise.all(files.map((f) => readFile(join(dir, 'journal', f), 'utf8')))).join('');
};

describe('the survey after a counter visit', () => {
  it('opens once the ticket is served, takes one complete answer, and keeps it out of the screens', async () => {
    const kiosk = await Client.connect(server.url, await deviceToken(server.url, 'kiosk'));
    const display = await Client.connect(server.url, await deviceToken(server.url, 'display'));
    const clerk = await Client.connect(server.url, await login(server.url, 'clerk1', 'clerk1234'));
    try {
      const counter = server.office.config.counters.find((c) => c.active && c.services.length > 0)!;
      const issued = await kiosk.send({ type: 'ticket.issue', serviceId: counter.services[0]!.serviceId });
      expect(issued.ok).toBe(true);
      const ticket = (issued as unknown as { ticket: Ticket }).ticket;

      // waiting: the phone sees no survey yet, and one sent anyway is refused
      expect((await statusOf(ticket.id)).survey).toBeUndefined();
      const early = await survey(ticket.id, { commandId: 'early', answers: answersAll(5) });
      expect(early.status).toBe(409);
      expect(early.json.error?.message).toBe('نظرسنجی پس از پایان خدمت‌دهی به نوبت شما باز می‌شود.');

      // the clerk serves it
      await serveNext(clerk, counter.id, false);
      expect((await statusOf(ticket.id)).survey).toBe('open');

      // a survey with a question left out is refused in Persian and nothing is written
      const before = await journalText();
      const { q05: _left, ...partial } = answersAll(4);
      const incomplete = await survey(ticket.id, { commandId: 'partial', answers: partial });
      expect(incomplete.status).toBe(400);
      expect(incomplete.json.error?.message).toBe('نظرسنجی کامل نیست: به این پرسش پاسخ دهید.');
      // the receipt's promised date is not asked after a counter visit
      const withQ10 = await survey(ticket.id, { commandId: 'q10', answers: { ...answersAll(4), q10: 3 } });
      expect(withQ10.status).toBe(400);
      expect(await journalText()).toBe(before);

      const eventsBefore = display.events.length;
      const answers = { ...answersAll(4), q16: 5 };
      const ok = await survey(ticket.id, { commandId: 'visit-1', answers, comment: 'کارمند باجه با حوصله راهنمایی کرد.' });
      expect(ok.status).toBe(200);
      // on disk, with the answers
      const line = (await journalText()).split('\n').find((l) => l.includes('"ticket.surveyed"'));
      expect(line).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ type: 'ticket.surveyed', ticket: { id: ticket.id }, survey: { answers, comment: 'کارمند باجه با حوصله راهنمایی کرد.' } });
      // the lobby board hears that it was answered, not what was answered
      await expect.poll(() => display.events.slice(eventsBefore).find((e: DeskEvent) => e.type === 'ticket.surveyed')).toBeDefined();
      const heard = display.events.slice(eventsBefore).find((e: DeskEvent) => e.type === 'ticket.surveyed')!;
      expect(heard.survey).toBeUndefined();
      expect(JSON.stringify(heard)).not.toContain('حوصله');

      // once only; the same send again (a lost answer retried) is the same success
      expect((await survey(ticket.id, { commandId: 'visit-1', answers, comment: 'کارمند باجه با حوصله راهنمایی کرد.' })).status).toBe(200);
      const again = await survey(ticket.id, { commandId: 'visit-2', answers: answersAll(1) });
      expect(again.status).toBe(409);
      expect(again.json.error?.message).toBe('نظر شما دربارهٔ این مراجعه پیش‌تر ثبت شده است. سپاس از شما.');
      expect((await statusOf(ticket.id)).survey).toBe('done');

      // an unknown ticket
      expect((await survey('no-such-ticket', { commandId: 'x', answers })).status).toBe(404);

      // the survey report counts it, as a counter visit, with its comment
      const today = server.office.state.day;
      const [y, m, d] = today.split('-').map(Number) as [number, number, number];
      const { gregorianToJalali } = await import('@desk/common');
      const j = gregorianToJalali({ year: y, month: m, day: d });
      const report: ReportResult = await runReport(
        { period: { kind: 'custom', from: j, to: j }, sections: ['edesk.survey'] },
        { dataDir: dir, runIn: 'inline' },
      );
      const table = (id: string) => {
        const t = report.tables.find((x) => x.id === id)!;
        return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, r[i]])));
      };
      const channels = table('edesk.survey.byChannel');
      expect(channels.find((r) => r.channel === 'مراجعه به باجه با نوبت')).toMatchObject({ answers: VISIT_SURVEY_QUESTIONS.length, satisfied: 100 });
      expect(channels.find((r) => r.channel === 'درخواست الکترونیکی (پس از پاسخ)')).toMatchObject({ answers: 0 });
      expect(table('edesk.survey').find((r) => r.question === 'رضایت شما از کل خدمتی که دریافت کردید')).toMatchObject({ answers: 1, mean: 5 });
      expect(table('edesk.survey.comments').map((r) => r.comment)).toContain('کارمند باجه با حوصله راهنمایی کرد.');
    } finally {
      kiosk.close();
      display.close();
      clerk.close();
    }
  });

  it('at a kiosk, finds a visit by the number on its ticket: served lately, not yet rated; refuses others in Persian', async () => {
    const kioskToken = await deviceToken(server.url, 'kiosk');
    const kiosk = await Client.connect(server.url, kioskToken);
    const clerk = await Client.connect(server.url, await login(server.url, 'clerk1', 'clerk1234'));
    try {
      const counter = server.office.config.counters.find((c) => c.active && c.services.length > 0)!;
      const issued = await kiosk.send({ type: 'ticket.issue', serviceId: counter.services[0]!.serviceId });
      const ticket = (issued as unknown as { ticket: Ticket }).ticket;
      const find = (number: string, token?: string) => post<{ visits?: VisitToRate[]; error?: { message: string } }>(`${server.url}/api/visit-survey/find`, { number }, token);
      // waiting, not served: nothing to rate
      const early = await find(String(ticket.number), kioskToken);
      expect(early.status).toBe(404);
      expect(early.json.error?.message).toMatch(/^نوبتی با این شماره/);
      await serveNext(clerk, counter.id, server.office.state.counters.get(counter.id)?.status === 'open');
      // typed in Persian digits, as the kiosk's keypad may send them
      const found = await find(toPersianDigits(String(ticket.number)), kioskToken);
      expect(found.status).toBe(200);
      expect(found.json.visits).toEqual([expect.objectContaining({ ticketId: ticket.id, counterNumber: counter.number })]);
      // only a kiosk may look numbers up
      expect((await find(String(ticket.number))).status).toBe(403);
      // rated: no longer offered
      expect((await survey(ticket.id, { commandId: 'kiosk-visit', answers: answersAll(3) })).status).toBe(200);
      expect((await find(String(ticket.number), kioskToken)).status).toBe(404);
      // a visit served more than three hours ago is not offered either
      const state = { ...server.office.state, tickets: new Map([[ticket.id, { ...ticket, status: 'done' as const, finishedAt: new Date(Date.now() - 4 * 3_600_000).toISOString() }]]) };
      expect(visitsToRate(state, server.office.publicConfig, ticket.number, Date.now() - VISIT_SURVEY_WINDOW_MS)).toEqual([]);
      expect(visitsToRate(state, server.office.publicConfig, ticket.number, Date.now() - 5 * 3_600_000)).toHaveLength(1);
    } finally {
      kiosk.close();
      clerk.close();
    }
  });
});
