// E-desk figures from a known history: cases made by the real case engine with the
// demo catalogue, journaled where the office keeps them (cases/journal), read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CaseCommandSchema,
  SURVEY_QUESTIONS,
  catalogueLookup,
  createTrackingCode,
  officeCalendar,
  type Case,
  type CaseActor,
  type CaseCommandInput,
} from '@desk/common';
import type { ReportResult } from '../../common/src/reports/types';
import { handleCaseCommand } from '../src/cases/engine';
import { emptyCaseState } from '../src/cases/state';
import { demoHours } from '../src/catalogue/demo';
import { demoCaseCatalogue } from '../src/catalogue/packages/index';
import type { CaseRecord } from '../src/edesk/desk';
import { runReport } from '../src/reports/run';
import { Scenario } from '../src/reports/scenario';
import { Journal } from '../src/storage/journal';

const economyClerk: CaseActor = { kind: 'staff', id: 'st-economy', role: 'clerk', unitIds: ['u-economy'] };
const technicalClerk: CaseActor = { kind: 'staff', id: 'st-technical', role: 'clerk', unitIds: ['u-technical'] };
const deskClerk: CaseActor = { kind: 'staff', id: 'st-desk', role: 'clerk', unitIds: ['u-desk'] };
const districtClerk: CaseActor = { kind: 'staff', id: 'st-district', role: 'clerk', unitIds: ['u-central-district'] };
const client: CaseActor = { kind: 'client', via: 'web', nationalId: '0499370899' };
const person = { nationalId: '0499370899', name: 'مریم احمدی', mobile: '09121234567' };
const opportunity = { type: 'case.submit' as const, serviceId: 's12', client: person, values: { sector: 'tourism', capital: 'small' } };
const question = { type: 'case.submit' as const, serviceId: 's32', client: person, values: { topic: 'status', question: 'پرونده در چه مرحله‌ای است؟' } };

let dataDir: string;
const finalCase = new Map<string, Case>();
const ids: Record<string, string> = {};

/**
 * Azar 1405 (22 Nov – 21 Dec 2026), times in UTC (Tehran is +03:30):
 *  D  s32 web, accepted 20 Oct (Mehr), never answered: open and overdue through Azar.
 *  A  s12 web, accepted Mon 23 Nov 06:30; economy finishes review 24 Nov 06:30 (24 h);
 *     the desk answers 07:30 (25 h after acceptance, on time); the client acknowledges and
 *     rates every question 5 but the overall one 4.
 *  B  s12 in person at the central district desk (operational), accepted 23 Nov 07:30;
 *     review finished 3 Dec 07:30 (240 h, late); answered 08:30 (241 h, late).
 *  C  s32 web, accepted 25 Nov 06:30, never answered: open and overdue at Azar's end.
 *  E  s32 web, accepted 24 Nov 06:30, withdrawn by the client 26 Nov 06:30.
 *  F  s32 web, accepted 15 Nov 06:30 (Aban); the technical office answers 25 Nov 06:30 and
 *     the desk responds 07:30 (241 h, late): open at the end of Aban, answered in Azar.
 */
async function buildCases(dir: string): Promise<void> {
  await (await Scenario.create(dir, [{ id: 'st-economy', displayName: 'کارشناس اقتصادی' }])).end();
  await mkdir(join(dir, 'cases'), { recursive: true });
  await writeFile(join(dir, 'cases', `catalogue-v${demoCaseCatalogue.version}.json`), JSON.stringify(demoCaseCatalogue));
  const journal = new Journal<CaseRecord>(join(dir, 'cases', 'journal'));
  await journal.init();
  const state = emptyCaseState();
  const calendar = officeCalendar(demoHours);
  const catalogues = catalogueLookup([demoCaseCatalogue]);
  let n = 0;
  let seq = 0;
  const run = async (at: string, cmd: CaseCommandInput, actor: CaseActor): Promise<Case> => {
    const command = CaseCommandSchema.parse({ ...cmd, commandId: `cmd-${++n}-reports` });
    const d = handleCaseCommand(state, command, { now: at, newId: () => `id-${++n}`, newTrackingCode: () => createTrackingCode(), actor, catalogues, calendar });
    if (!d.ok) throw new Error(`refused ${cmd.type}: ${d.error.message}`);
    await journal.append(d.events.map((e) => ({ ...e, seq: ++seq })));
    const c = d.events[d.events.length - 1]!.case;
    finalCase.set(c.id, c);
    return c;
  };
  const d = await run('2026-10-20T06:30:00.000Z', question, client);
  const f = await run('2026-11-15T06:30:00.000Z', question, client);
  const a = await run('2026-11-23T06:30:00.000Z', opportunity, client);
  const b = await run('2026-11-23T07:30:00.000Z', opportunity, districtClerk);
  const e = await run('2026-11-24T06:30:00.000Z', question, client);
  await run('2026-11-24T06:30:00.000Z', { type: 'step.complete', caseId: a.id, result: 'done' }, economyClerk);
  await run('2026-11-24T07:30:00.000Z', { type: 'response.issue', caseId: a.id, outcome: 'approved', text: 'فرصت‌ها پیوست است.' }, deskClerk);
  await run('2026-11-24T08:00:00.000Z', { type: 'response.acknowledge', caseId: a.id }, client);
  const answers = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, q.id === 'q16' ? 4 : 5]));
  await run('2026-11-24T08:05:00.000Z', { type: 'survey.submit', caseId: a.id, answers, comment: 'کارمند میز خدمت بسیار کمک کرد.' }, client);
  const c = await run('2026-11-25T06:30:00.000Z', question, client);
  await run('2026-11-25T06:30:00.000Z', { type: 'step.complete', caseId: f.id, result: 'done' }, technicalClerk);
  await run('2026-11-25T07:30:00.000Z', { type: 'response.issue', caseId: f.id, outcome: 'informed', text: 'جلسه هفتهٔ آینده است.' }, deskClerk);
  await run('2026-11-26T06:30:00.000Z', { type: 'case.withdraw', caseId: e.id, reason: 'دیگر لازم نیست' }, client);
  await run('2026-12-03T07:30:00.000Z', { type: 'step.complete', caseId: b.id, result: 'done' }, economyClerk);
  await run('2026-12-03T08:30:00.000Z', { type: 'response.issue', caseId: b.id, outcome: 'informed', text: 'پاسخ داده شد.' }, deskClerk);
  Object.assign(ids, { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id, f: f.id });
  await journal.close();
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'reports-edesk-'));
  await buildCases(dataDir);
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function rows(result: ReportResult, id: string): Record<string, unknown>[] {
  const t = result.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, r[i]])));
}
const summary = (r: ReportResult) => Object.fromEntries(rows(r, 'edesk.summary').map((x) => [x.measure, x.value]));
const azar = { kind: 'month' as const, year: 1405, month: 9 };
const report = (request: Parameters<typeof runReport>[0]) => runReport(request, { dataDir, runIn: 'inline', now: '2027-01-15T00:00:00Z' });

describe('e-desk figures for Azar 1405', () => {
  it('accepted, answered, withdrawn, open and overdue at the end (a case from Mehr included), response times and on-time share', async () => {
    const r = await report({ period: azar, sections: ['edesk.summary'] });
    const m = summary(r);
    expect(m['پذیرفته‌شده']).toBe(4);
    expect(m['پاسخ‌داده‌شده']).toBe(3);
    expect(m['انصراف']).toBe(1);
    expect(m['باز در پایان دوره']).toBe(2);
    expect(m['دیرکرد در پایان دوره']).toBe(2);
    // 25 h, 241 h, 241 h
    expect(m['میانگین پذیرش تا پاسخ (ساعت)']).toBe(169);
    expect(m['میانهٔ پذیرش تا پاسخ (ساعت)']).toBe(241);
    expect(m['پاسخ در موعد (٪)']).toBe(33.3);
    // the facts behind "on time": A was answered before its due date, B after
    expect(Date.parse(finalCase.get(ids.a!)!.response!.issuedAt) <= Date.parse(finalCase.get(ids.a!)!.responseDueAt)).toBe(true);
    expect(Date.parse(finalCase.get(ids.b!)!.response!.issuedAt) > Date.parse(finalCase.get(ids.b!)!.responseDueAt)).toBe(true);
  });

  it('open and overdue are counted as the period ends: on the day it came the old case was open but not yet late', async () => {
    // D was accepted on 28 Mehr (20 Oct); Mehr ends at Tehran midnight of 22 Oct
    const mehr = summary(await report({ period: { kind: 'month', year: 1405, month: 7 }, sections: ['edesk.summary'] }));
    const lateByMehrEnd = Date.parse(finalCase.get(ids.d!)!.responseDueAt) < Date.parse('2026-10-22T20:30:00Z') ? 1 : 0;
    expect([mehr['پذیرفته‌شده'], mehr['باز در پایان دوره'], mehr['دیرکرد در پایان دوره']]).toEqual([1, 1, lateByMehrEnd]);
    const withD = summary(await report({ period: { kind: 'custom', from: { year: 1405, month: 7, day: 28 }, to: { year: 1405, month: 7, day: 28 } }, sections: ['edesk.summary'] }));
    expect([withD['پذیرفته‌شده'], withD['باز در پایان دوره'], withD['دیرکرد در پایان دوره']]).toEqual([1, 1, 0]);
  });

  it('per service and per channel', async () => {
    const r = await report({ period: azar, sections: ['edesk.byService', 'edesk.byChannel'] });
    const services = Object.fromEntries(rows(r, 'edesk.byService').map((x) => [x.serviceId, x]));
    expect(services.s12).toMatchObject({ accepted: 2, answered: 2, open: 0, responseMean: 133, onTimeShare: 50 });
    expect(services.s32).toMatchObject({ accepted: 2, answered: 1, withdrawn: 1, open: 2, overdue: 2, responseMean: 241, onTimeShare: 0 });
    const channels = Object.fromEntries(rows(r, 'edesk.byChannel').map((x) => [x.channel, x]));
    expect(channels['درگاه اینترنتی']).toMatchObject({ accepted: 3, answered: 2, open: 2, onTimeShare: 50 });
    expect(channels['میز خدمت حضوری']).toMatchObject({ accepted: 1, answered: 1, onTimeShare: 0 });
  });

  it('compared with Aban, Aban is counted as it ended: the case answered in Azar was still open then', async () => {
    const aban = { kind: 'month' as const, year: 1405, month: 8 };
    const alone = summary(await report({ period: aban, sections: ['edesk.summary'] }));
    expect([alone['پذیرفته‌شده'], alone['پاسخ‌داده‌شده'], alone['باز در پایان دوره']]).toEqual([1, 0, 2]);
    const both = await report({ period: azar, compareTo: aban, sections: ['edesk.summary'] });
    const side = both.comparison!.sideBySide[0]!;
    const open = side.rows.find((row) => row[0] === 'باز در پایان دوره')!;
    const answered = side.rows.find((row) => row[0] === 'پاسخ‌داده‌شده')!;
    expect(open).toEqual(['باز در پایان دوره', 2, 2, 0]);
    expect(answered).toEqual(['پاسخ‌داده‌شده', 3, 0, null]);
  });

  it('headquarters against operational units', async () => {
    const hq = summary(await report({ period: azar, place: { kind: 'level', level: 'headquarters' }, sections: ['edesk.summary'] }));
    const ops = summary(await report({ period: azar, place: { kind: 'level', level: 'operational' }, sections: ['edesk.summary'] }));
    expect([hq['پذیرفته‌شده'], hq['باز در پایان دوره']]).toEqual([3, 2]);
    expect([ops['پذیرفته‌شده'], ops['باز در پایان دوره']]).toEqual([1, 0]);
  });

  it('each workflow step: agreed against actual time, and how often it was late', async () => {
    const r = await report({ period: azar, sections: ['edesk.steps'] });
    const steps = rows(r, 'edesk.steps').filter((x) => x.service === 'معرفی فرصت‌های سرمایه‌گذاری شهرستان');
    const review = steps.find((x) => x.step === 1)!;
    const cases = [finalCase.get(ids.a!)!, finalCase.get(ids.b!)!];
    const agreed = cases.map((c) => (Date.parse(c.steps[0]!.dueAt) - Date.parse(c.steps[0]!.startedAt)) / 3_600_000);
    expect(review).toMatchObject({ stepTitle: 'گزینش فرصت‌های متناسب', unit: 'معاونت هماهنگی امور اقتصادی', finished: 2, actualMean: 132, actualP90: 240, breaches: 1, breachShare: 50, returned: 0 });
    expect(review.agreedMean).toBe(Math.round(((agreed[0]! + agreed[1]!) / 2) * 100) / 100);
    expect(steps.find((x) => x.step === 2)).toMatchObject({ finished: 2, actualMean: 1, breaches: 0 });
  });

  it('survey scores per axis and question', async () => {
    const r = await report({ period: azar, sections: ['edesk.survey'] });
    const t = rows(r, 'edesk.survey');
    expect(t.find((x) => x.axis === 'کلیت فرایند' && x.question === 'میانگین محور')).toMatchObject({ answers: 1, mean: 4, satisfied: 100 });
    expect(t.find((x) => x.axis === 'شفافیت فرایند' && x.question === 'میانگین محور')).toMatchObject({ answers: 3, mean: 5 });
    expect(r.tables[0]!.title).toBe('نتایج نظرسنجی (۱ پرسشنامه)');
    // per service, the day's trend, and what the client wrote (15 answers of 5 and one of 4)
    const service = rows(r, 'edesk.survey.byService');
    expect(service).toHaveLength(1);
    expect(service[0]).toMatchObject({ answers: 16, mean: 4.94, satisfied: 100 });
    expect(rows(r, 'edesk.survey.byDay')).toEqual([{ day: '2026-11-24', answers: 16, mean: 4.94 }]);
    expect(rows(r, 'edesk.survey.comments')).toEqual([{ day: '2026-11-24', service: service[0]!.service, comment: 'کارمند میز خدمت بسیار کمک کرد.' }]);
    expect(r.charts.find((c) => c.id === 'edesk.survey.trend')!.series[0]!.values).toEqual([4.94]);
  });

  it('the daily staff report lists the cases each staff member acted on, with tracking code, mode and outcome', async () => {
    const r = await report({ period: azar, place: { kind: 'clerk', clerkId: 'st-economy' }, sections: ['staff.daily'] });
    const t = rows(r, 'staff.daily');
    expect(t.map((x) => [x.day, x.clerk, x.trackingCode, x.outcome, x.client])).toEqual([
      ['2026-11-24', 'کارشناس اقتصادی', finalCase.get(ids.a!)!.trackingCode, 'انجام مرحله', 'مریم احمدی'],
      ['2026-12-03', 'کارشناس اقتصادی', finalCase.get(ids.b!)!.trackingCode, 'انجام مرحله', 'مریم احمدی'],
    ]);
    expect(String(t[0]!.mode).startsWith('د ')).toBe(true);
    const all = rows(await report({ period: azar, sections: ['staff.daily'] }), 'staff.daily');
    // clients' own actions (web submissions, acknowledgement, survey) are not staff work
    expect(all.map((x) => x.outcome).sort()).toEqual(['انجام مرحله', 'انجام مرحله', 'انجام مرحله', 'پاسخ داده شد', 'پاسخ داده شد', 'پاسخ: موافقت', 'پذیرش درخواست'].sort());
  });

  it('the queue journal is not read for an e-desk report, nor the case journal for a queue report', async () => {
    const r = await report({ period: azar, sections: ['edesk.byService'] });
    expect(r.stats.files).toBe(new Set(['2026-10-20', '2026-11-15', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-12-03']).size);
    const q = await report({ period: azar, sections: ['queue.summary'] });
    expect(q.stats.files).toBe(0);
  });
});
