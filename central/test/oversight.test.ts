// Oversight at the central desk, over real PostgreSQL and the real office socket: an
// office's case journal syncs in, a province's inspector reads its self-assessment for
// a Jalali quarter, records and signs an inspection; inspectors see only their province.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { startCentralServer, type RunningCentral } from '../src/server';
import type { BatchReply, SyncRecord } from '../../server/src/sync/protocol';
import type { CriterionLine, Inspection, SelfAssessment } from '../src/oversight/types';
import type { ProvinceSummary } from '../src/oversight/summary';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, type TestDatabase } from './helpers';
import { CaseJournal, catalogueOf, tehran } from './oversight-fixtures';

const MAZANDARAN = 'مازندران';
const GILAN = 'گیلان';
const PERSIAN = /[\u0600-\u06FF]/;

let db: TestDatabase;
let central: RunningCentral;
const sockets: Socket[] = [];
const journals = new Map<string, { socket: Socket; journal: CaseJournal; sent: number }>();
let inspectorA = '';
let inspectorA2 = '';
let inspectorB = '';

async function office(id: string, province: string): Promise<void> {
  const token = await registerOffice(central.url, id, province);
  const socket = io(`${central.url}/office`, { auth: { officeId: id, token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  journals.set(id, { socket, journal: new CaseJournal(), sent: 0 });
}

/** Sends what the office journaled since the last sync, as its sync client does. */
async function sync(id: string): Promise<void> {
  const o = journals.get(id)!;
  const events = o.journal.events.slice(o.sent) as unknown as SyncRecord[];
  const reply = (await o.socket
    .timeout(10_000)
    .emitWithAck('events', { stream: 'cases', after: o.sent, head: o.journal.events.length, tail: true, events })) as BatchReply;
  expect(reply).toMatchObject({ ok: true, lastSeq: o.journal.events.length });
  o.sent = o.journal.events.length;
}

async function inspector(name: string, province: string): Promise<{ id: string; token: string }> {
  const r = await api<{ inspector: { id: string }; token: string }>(central.url, 'POST', '/admin/inspectors', { name, province });
  expect(r.status).toBe(201);
  return { id: r.json.inspector.id, token: r.json.token };
}

const line = (a: SelfAssessment, id: string): CriterionLine => a.criteria.find((c) => c.id === id)!;
const measures = (a: SelfAssessment, id: string) => Object.fromEntries(line(a, id).measures.map((m) => [m.id, m.value]));

beforeAll(async () => {
  db = await createTestDatabase();
  // "now" is in autumn 1405 (Q3), so summer's inspection can be recorded
  const now = new Date(tehran('1405/07/23 10:00'));
  central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN, clock: () => now });
  await office('ov-sari', MAZANDARAN);
  await office('ov-amol', MAZANDARAN);
  await office('ov-rasht', GILAN);
  inspectorA = (await inspector('زهرا کریمی', MAZANDARAN)).token;
  inspectorA2 = (await inspector('علی رضایی', MAZANDARAN)).token;
  inspectorB = (await inspector('حسن موسوی', GILAN)).token;

  // summer 1405 at ov-sari
  const j = journals.get('ov-sari')!.journal;
  // A: on the portal with two documents; answered on time; acknowledged and surveyed online
  j.submit({ at: tehran('1405/05/10 09:00'), channel: 'web', documents: 2, promisedHours: 72 })
    .workUntilResponse(tehran('1405/05/10 12:00'))
    .respond(tehran('1405/05/12 10:00'))
    .acknowledge(tehran('1405/05/12 18:00'), 'web')
    .survey(tehran('1405/05/12 18:05'), 'web');
  // B: at a kiosk, no documents; asked for more, answered online; answered late; collected at the desk
  j.submit({ at: tehran('1405/05/11 09:00'), channel: 'kiosk', promisedHours: 48 })
    .requestInfo(tehran('1405/05/11 11:00'))
    .answerInfo(tehran('1405/05/12 08:00'), 'web')
    .workUntilResponse(tehran('1405/05/20 09:00'))
    .respond(tehran('1405/05/25 09:00'))
    .acknowledge(tehran('1405/05/26 10:00'), 'desk');
  // C: at the counter; a visit told two days ahead with what to bring, received at the desk with a ticket
  j.submit({ at: tehran('1405/05/15 10:00'), channel: 'counter', documents: 1, promisedHours: 96 })
    .appointment(tehran('1405/05/15 11:00'), tehran('1405/05/17 09:00'), { bring: ['اصل شناسنامه'] })
    .checkIn(tehran('1405/05/17 09:05'), 'desk')
    .requestInfo(tehran('1405/05/17 10:00'))
    .answerInfo(tehran('1405/05/17 10:30'), 'desk')
    .workUntilResponse(tehran('1405/05/17 11:00'))
    .respond(tehran('1405/05/18 10:00'))
    .acknowledge(tehran('1405/05/18 12:00'), 'desk')
    .survey(tehran('1405/05/19 09:00'), 'kiosk');
  // D: on the portal on the last evening of summer, Tehran time
  j.submit({ at: tehran('1405/06/31 23:30'), channel: 'web', documents: 1 });
  // F: at the counter, from an office version whose receipt had no date; a visit told only half an hour ahead; withdrawn
  const f = j
    .submit({ at: tehran('1405/06/02 10:00'), channel: 'counter', promisedHours: null })
    .appointment(tehran('1405/06/02 10:30'), tehran('1405/06/02 11:00'))
    .withdraw(tehran('1405/06/03 09:00'));
  // E: on the portal half an hour into autumn (still 22 Sep in UTC), given F's tracking code again
  j.submit({ at: tehran('1405/07/01 00:30'), channel: 'web', trackingCode: f.c.trackingCode });
  await sync('ov-sari');
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await central?.close();
  await db?.drop();
});

describe("an office's self-assessment against the e-desk criteria", () => {
  it('counts exactly what the office did in summer 1405, with the Tehran-midnight boundary', async () => {
    const r = await api<SelfAssessment>(central.url, 'GET', '/oversight/offices/ov-sari/self-assessment?quarter=1405-Q2', undefined, inspectorA);
    expect(r.status).toBe(200);
    const a = r.json;
    expect(a.period).toMatchObject({ quarter: '1405-Q2', fromDay: '2026-06-22', toDay: '2026-09-22', label: 'تابستان ۱۴۰۵' });
    expect(a.criteria.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'p1', 'p2']);

    // 2: five accepted (D on the last evening counts, E half an hour later does not); 3 of them online
    expect(measures(a, 'c2')).toEqual({ accepted: 5, electronic: 3, web: 2, kiosk: 1, counter: 2, electronicWithDocuments: 2 });
    expect(line(a, 'c2').status).toBe('met');
    // 3: F's receipt had no date: 4 of 5 → partly; A and C answered by the receipt's date, B late
    expect(measures(a, 'c3')).toEqual({ accepted: 5, receiptWithDate: 4, answered: 3, onTimePromised: 2, onTimeDue: 2 });
    expect(line(a, 'c3').status).toBe('partly');
    // 4: every summer code was new when given (E reuses F's code in autumn)
    expect(measures(a, 'c4')).toEqual({ accepted: 5, validTrackingCode: 5, reusedTrackingCode: 0, uniqueTrackingCode: 5 });
    expect(line(a, 'c4').status).toBe('met');
    // 5: every answered case has its steps recorded (A, B, C: two steps each before the response)
    expect(measures(a, 'c5')).toEqual({ answered: 3, answeredStepsTracked: 3, stepsRecorded: 6, progressNotified: 6 });
    expect(line(a, 'c5').status).toBe('met');
    // 6: A acknowledged online, B and C at the desk → a third → partly
    expect(measures(a, 'c6')).toEqual({ answered: 3, responseNotified: 3, acknowledged: 3, acknowledgedElectronic: 1 });
    expect(line(a, 'c6').status).toBe('partly');
    // 7: B answered the info request online, C at the desk → half → met
    expect(measures(a, 'c7')).toEqual({ infoRequested: 2, infoRequestNotified: 2, infoAnswered: 2, infoAnsweredElectronic: 1 });
    expect(line(a, 'c7').status).toBe('met');
    // 9: two surveys (portal, kiosk) for three responses
    expect(measures(a, 'c9')).toEqual({ answered: 3, surveys: 2, surveysElectronic: 2 });
    expect(line(a, 'c9').status).toBe('met');
    // 10: mean acceptance → response = (49 + 336 + 72) / 3 hours
    expect(measures(a, 'c10')).toMatchObject({ accepted: 5, answered: 3, withdrawn: 1, responseMeanHours: 152.3, behind: 0 });
    expect(line(a, 'c10').status).toBe('met');
    // in person: C received at the desk with a ticket; F's visit told only 30 minutes ahead
    expect(measures(a, 'p1')).toEqual({ visits: 1, visitsAtDesk: 1 });
    expect(line(a, 'p1').status).toBe('met');
    expect(measures(a, 'p2')).toEqual({ appointmentsSet: 2, appointmentsToldInAdvance: 1, appointmentsWithBringList: 1 });
    expect(line(a, 'p2').status).toBe('notMet');
    // the info package and the single window need the office's catalogue: said, not invented
    for (const id of ['c1', 'c8']) {
      expect(line(a, id).status).toBe('noData');
      expect(line(a, id).statusLabel).toBe('داده‌ای در دسترس نیست');
      expect(line(a, id).reason).toMatch(/کاتالوگ/);
    }
    expect(measures(a, 'c8')).toEqual({ servicesRequested: 1 });
    for (const c of a.criteria) expect(c.rule).toMatch(PERSIAN);
    expect(a.summary).toEqual({ met: 7, partly: 2, notMet: 1, noData: 2 });
  });

  it('puts the request accepted half an hour into autumn in autumn, and tells its code was given before', async () => {
    const a = (await api<SelfAssessment>(central.url, 'GET', '/oversight/offices/ov-sari/self-assessment?quarter=1405-Q3', undefined, inspectorA)).json;
    expect(measures(a, 'c2')).toMatchObject({ accepted: 1, web: 1 });
    expect(measures(a, 'c4')).toMatchObject({ accepted: 1, validTrackingCode: 1, reusedTrackingCode: 1, uniqueTrackingCode: 0 });
    expect(line(a, 'c4').status).toBe('notMet');
    // any period of office days: the last day of summer alone holds D only
    const day = (await api<SelfAssessment>(central.url, 'GET', '/oversight/offices/ov-sari/self-assessment?from=2026-09-22&to=2026-09-22', undefined, inspectorA)).json;
    expect(day.period.quarter).toBeNull();
    expect(measures(day, 'c2')).toMatchObject({ accepted: 1, web: 1 });
    const bad = await api<{ error: { message: string } }>(central.url, 'GET', '/oversight/offices/ov-sari/self-assessment?quarter=1405-Q5', undefined, inspectorA);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(PERSIAN);
  });

  it("judges the single window and the info packages from the catalogue the office applied", async () => {
    // Amol applied its agency's central catalogue: s01 on the portal with a full package, s02 in person only and without a responsible person
    const catalogue = catalogueOf([
      { id: 's01', name: 'صدور پروانه', web: true, complete: true },
      { id: 's02', name: 'تمدید پروانه', web: false, complete: false },
    ]);
    await central.pool.query("INSERT INTO agency_catalogues (agency, version, catalogue, published_by) VALUES ('وزارت کشور', 1, $1, 'test')", [JSON.stringify(catalogue)]);
    await central.pool.query("INSERT INTO office_catalogues (office_id, agency, version, office_version) VALUES ('ov-amol', 'وزارت کشور', 1, 2)");
    const j = journals.get('ov-amol')!.journal;
    j.submit({ at: tehran('1405/05/03 09:00'), channel: 'web', serviceId: 's01' });
    j.submit({ at: tehran('1405/05/03 10:00'), channel: 'counter', serviceId: 's02' });
    await sync('ov-amol');
    const a = (await api<SelfAssessment>(central.url, 'GET', '/oversight/offices/ov-amol/self-assessment?quarter=1405-Q2', undefined, inspectorA)).json;
    expect(line(a, 'c1').status).toBe('partly');
    expect(measures(a, 'c1')).toMatchObject({ servicesOnEdesk: 1, servicesRequested: 2, servicesRequestedElectronically: 1 });
    expect(line(a, 'c8').status).toBe('partly');
    expect(measures(a, 'c8')).toEqual({ servicesRequested: 2, servicesWithPackage: 1 });
    expect(line(a, 'c8').table!.rows).toContainEqual(['تمدید پروانه (s02)', 1, 0, 'ناقص: مسئول پاسخگو و راه تماس']);
  });
});

describe('inspectors see only their province', () => {
  it('an inspector of Mazandaran cannot see or inspect an office of Gilan, anywhere in the API', async () => {
    const list = await api<{ offices: { id: string }[] }>(central.url, 'GET', '/offices', undefined, inspectorA);
    expect(list.status).toBe(200);
    expect(list.json.offices.map((o) => o.id).sort()).toEqual(['ov-amol', 'ov-sari']);
    const other = await api<{ error: { message: string } }>(central.url, 'GET', `/offices?province=${encodeURIComponent(GILAN)}`, undefined, inspectorA);
    expect(other.status).toBe(403);
    expect(other.json.error.message).toContain(MAZANDARAN);
    const figures = await api<{ offices: { id: string }[] }>(central.url, 'GET', '/reports/figures', undefined, inspectorA);
    expect(figures.json.offices.map((o) => o.id).sort()).toEqual(['ov-amol', 'ov-sari']);

    for (const [method, path, body] of [
      ['GET', '/offices/ov-rasht', undefined],
      ['GET', '/oversight/offices/ov-rasht/self-assessment?quarter=1405-Q2', undefined],
      ['GET', '/oversight/offices/ov-rasht/inspections', undefined],
      ['POST', '/oversight/offices/ov-rasht/inspections', { quarter: '1405-Q2' }],
    ] as const) {
      const r = await api<{ error: { message: string } }>(central.url, method, path, body, inspectorA);
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.json.error.message).toMatch(PERSIAN);
    }
    const summary = await api<{ error: { message: string } }>(central.url, 'GET', `/oversight/summary?province=${encodeURIComponent(GILAN)}`, undefined, inspectorA);
    expect(summary.status).toBe(403);
    // Gilan's own inspector sees Rasht, and an inspection of Gilan's is not found for Mazandaran's
    const own = await api<ProvinceSummary>(central.url, 'GET', '/oversight/summary?quarter=1405-Q2', undefined, inspectorB);
    expect(own.json.offices.map((o) => o.office.id)).toEqual(['ov-rasht']);
    const made = await api<Inspection>(central.url, 'POST', '/oversight/offices/ov-rasht/inspections', { quarter: '1405-Q2' }, inspectorB);
    expect(made.status).toBe(201);
    expect((await api(central.url, 'GET', `/oversight/inspections/${made.json.id}`, undefined, inspectorA)).status).toBe(404);
    expect((await api(central.url, 'PUT', `/oversight/inspections/${made.json.id}`, { findings: 'x' }, inspectorA)).status).toBe(404);
  });

  it("an inspector's live screen follows only their province", async () => {
    const screen = io(`${central.url}/screens`, { auth: { token: inspectorA }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(screen);
    await new Promise<void>((resolve, reject) => {
      screen.once('connect', () => resolve());
      screen.once('connect_error', reject);
    });
    const ask = (sub: object) => screen.timeout(10_000).emitWithAck('subscribe', sub) as Promise<{ ok: boolean; rooms?: string[] }>;
    expect(await ask({ all: true })).toMatchObject({ ok: false });
    expect(await ask({ province: GILAN })).toMatchObject({ ok: false });
    expect(await ask({ officeIds: ['ov-rasht'] })).toMatchObject({ ok: false });
    expect(await ask({ province: MAZANDARAN })).toMatchObject({ ok: true, rooms: [`province:${MAZANDARAN}`] });
  });

  it('a revoked inspector token is refused', async () => {
    const temp = await inspector('نگار صالحی', MAZANDARAN);
    expect((await api(central.url, 'GET', '/oversight/me', undefined, temp.token)).status).toBe(200);
    const listed = await api<{ inspectors: { id: string; province: string; revokedAt: string | null }[] }>(central.url, 'GET', '/admin/inspectors');
    expect(listed.json.inspectors.find((i) => i.id === temp.id)).toMatchObject({ province: MAZANDARAN, revokedAt: null });
    expect((await api(central.url, 'DELETE', `/admin/inspectors/${temp.id}`)).status).toBe(200);
    const refused = await api<{ error: { message: string } }>(central.url, 'GET', '/oversight/me', undefined, temp.token);
    expect(refused.status).toBe(401);
    expect(refused.json.error.message).toMatch(PERSIAN);
    expect((await api(central.url, 'GET', '/offices', undefined, temp.token)).status).toBe(401);
    // only the admin issues them, and a name and a province are required
    expect((await api(central.url, 'POST', '/admin/inspectors', { name: 'کسی دیگر', province: MAZANDARAN }, inspectorA)).status).toBe(403);
    const bad = await api<{ error: { message: string } }>(central.url, 'POST', '/admin/inspectors', { name: 'زینب' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(PERSIAN);
  });
});

describe('quarterly inspections', () => {
  const allScores = Object.fromEntries(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'p1', 'p2'].map((id) => [id, { level: 'partly', score: 60 }]));

  it('refuses bad input in Persian and changes nothing', async () => {
    const tries: Array<[object, RegExp]> = [
      [{ quarter: '1405-Q5' }, /فصل/],
      [{ quarter: '1406-Q1' }, /آغاز نشده/],
      [{ quarter: '1405-Q2', scores: { c99: { level: 'met' } } }, /c99/],
      [{ quarter: '1405-Q2', scores: { c1: { level: 'met', score: 150 } } }, /۰ تا ۱۰۰/],
      [{ quarter: '1405-Q2', scores: { c1: { level: 'great' } } }, /سطح/],
      [{ quarter: '1405-Q2', actions: [{ text: 'نصب تابلو', due: '1405/13/01' }] }, /مهلت/],
    ];
    for (const [body, message] of tries) {
      const r = await api<{ error: { message: string } }>(central.url, 'POST', '/oversight/offices/ov-amol/inspections', body, inspectorA);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.error.message).toMatch(message);
    }
    const history = await api<{ inspections: Inspection[] }>(central.url, 'GET', '/oversight/offices/ov-amol/inspections', undefined, inspectorA);
    expect(history.json.inspections).toEqual([]);
    // an admin reads, but only inspectors record inspections
    expect((await api(central.url, 'POST', '/oversight/offices/ov-amol/inspections', { quarter: '1405-Q2' })).status).toBe(403);
  });

  it('a signed inspection cannot be changed, and keeps the figures it was signed with', async () => {
    const draft = await api<Inspection>(central.url, 'POST', '/oversight/offices/ov-sari/inspections', { quarter: '1405-Q2', scores: { c2: { level: 'met', score: 90 } } }, inspectorA);
    expect(draft.status).toBe(201);
    expect(draft.json).toMatchObject({ status: 'draft', version: 1, quarterLabel: 'تابستان ۱۴۰۵', inspectorName: 'زهرا کریمی' });
    const id = draft.json.id;
    // one draft per office and quarter; another inspector may not edit it
    expect((await api(central.url, 'POST', '/oversight/offices/ov-sari/inspections', { quarter: '1405-Q2' }, inspectorA)).status).toBe(409);
    expect((await api(central.url, 'PUT', `/oversight/inspections/${id}`, { findings: 'دیگری' }, inspectorA2)).status).toBe(403);

    const incomplete = await api<{ error: { message: string } }>(central.url, 'POST', `/oversight/inspections/${id}/sign`, { signedBy: 'زهرا کریمی' }, inspectorA);
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.error.message).toMatch(/ارزیابی نشده/);
    const edited = await api<Inspection>(central.url, 'PUT', `/oversight/inspections/${id}`, {
      scores: { ...allScores, c4: { level: 'notMet', score: 20, note: 'کد رهگیری تکراری' } },
      findings: 'کد رهگیری یک درخواست به درخواست دیگری هم داده شده است.',
      actions: [{ text: 'بررسی مولد کد رهگیری', due: '۱۴۰۵/۰۹/۳۰' }],
    }, inspectorA);
    expect(edited.status).toBe(200);
    expect(edited.json.actions).toEqual([{ text: 'بررسی مولد کد رهگیری', due: '1405/09/30' }]);
    const signed = await api<Inspection>(central.url, 'POST', `/oversight/inspections/${id}/sign`, { signedBy: 'زهرا کریمی' }, inspectorA);
    expect(signed.status).toBe(200);
    expect(signed.json).toMatchObject({ status: 'signed', signedBy: 'زهرا کریمی' });
    expect(measures(signed.json.snapshot!, 'c2')).toMatchObject({ accepted: 5 });

    // immutable through the API…
    for (const [method, path, body] of [
      ['PUT', `/oversight/inspections/${id}`, { findings: 'تغییر' }],
      ['POST', `/oversight/inspections/${id}/sign`, { signedBy: 'زهرا کریمی' }],
    ] as const) {
      const r = await api<{ error: { message: string } }>(central.url, method, path, body, inspectorA);
      expect(r.status).toBe(409);
      expect(r.json.error.message).toMatch(/امضا شده/);
    }
    // …and in the database itself
    await expect(central.pool.query("UPDATE oversight_inspections SET findings = 'x' WHERE id = $1", [id])).rejects.toThrow(/cannot change/);
    await expect(central.pool.query('DELETE FROM oversight_inspections WHERE id = $1', [id])).rejects.toThrow(/cannot change/);

    // the office was offline: one more summer request arrives after signing
    journals.get('ov-sari')!.journal.submit({ at: tehran('1405/06/20 10:00'), channel: 'kiosk' });
    await sync('ov-sari');
    const live = (await api<SelfAssessment>(central.url, 'GET', '/oversight/offices/ov-sari/self-assessment?quarter=1405-Q2', undefined, inspectorA)).json;
    expect(measures(live, 'c2')).toMatchObject({ accepted: 6, kiosk: 2 });
    const kept = (await api<Inspection>(central.url, 'GET', `/oversight/inspections/${id}`, undefined, inspectorA)).json;
    expect(measures(kept.snapshot!, 'c2')).toMatchObject({ accepted: 5, kiosk: 1 });
    expect(kept.snapshot).toEqual(signed.json.snapshot);

    // a correction is a new version naming the old one; the old one stays as it was
    const correction = await api<Inspection>(central.url, 'POST', `/oversight/inspections/${id}/corrections`, {}, inspectorA);
    expect(correction.status).toBe(201);
    expect(correction.json).toMatchObject({ status: 'draft', version: 2, previousId: id, findings: edited.json.findings });
    expect((await api(central.url, 'POST', `/oversight/inspections/${id}/corrections`, {}, inspectorA)).status).toBe(409);
    await api(central.url, 'PUT', `/oversight/inspections/${correction.json.id}`, { findings: 'پس از رسیدن رویدادهای دیرکرده، ارقام به‌روز شد.' }, inspectorA);
    const resigned = await api<Inspection>(central.url, 'POST', `/oversight/inspections/${correction.json.id}/sign`, { signedBy: 'زهرا کریمی' }, inspectorA);
    expect(measures(resigned.json.snapshot!, 'c2')).toMatchObject({ accepted: 6 });
    const history = (await api<{ inspections: Inspection[] }>(central.url, 'GET', '/oversight/offices/ov-sari/inspections', undefined, inspectorA)).json.inspections;
    expect(history.map((i) => [i.version, i.status, i.correctedBy])).toEqual([
      [2, 'signed', null],
      [1, 'signed', correction.json.id],
    ]);
    expect((await api(central.url, 'POST', `/oversight/inspections/${id}/corrections`, {}, inspectorA)).status).toBe(409);

    // the province at a glance: Sari inspected (newest version), Amol not yet
    const summary = (await api<ProvinceSummary>(central.url, 'GET', '/oversight/summary?quarter=1405-Q2', undefined, inspectorA)).json;
    expect(summary.province).toBe(MAZANDARAN);
    const sari = summary.offices.find((o) => o.office.id === 'ov-sari')!;
    expect(sari.inspection.signed).toMatchObject({ version: 2, levels: { c4: 'notMet', c2: 'partly' } });
    expect(sari.statuses).toMatchObject({ c2: 'met', c4: 'met', p2: 'notMet', c8: 'noData' });
    expect(summary.notInspected).toEqual([{ id: 'ov-amol', name: 'ادارهٔ ov-amol' }]);
  });
});
