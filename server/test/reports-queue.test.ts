// Queue reports from known histories, made through the real engine and journal: every
// figure is worked out by hand below from the times of the commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportRequest, ReportResult } from '../../common/src/reports/types';
import { runReport, stopReportWorker } from '../src/reports/run';
import { Scenario } from '../src/reports/scenario';

const clerks = [
  { id: 'k1', displayName: 'زهرا احمدی' },
  { id: 'k2', displayName: 'علی رضایی' },
];

/** A table's rows as objects keyed by column. */
function rows(result: ReportResult, id: string): Record<string, unknown>[] {
  const t = result.tables.find((x) => x.id === id) ?? result.comparison?.sideBySide.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, r[i]])));
}

function measures(result: ReportResult, id = 'queue.summary'): Record<string, unknown> {
  return Object.fromEntries(rows(result, id).map((r) => [r.measure, r.value]));
}

/** Tehran time on 12 Aban 1405 (Tuesday 3 November 2026), UTC+03:30. */
const aban12 = (hhmm: string) => new Date(Date.parse(`2026-11-03T${hhmm}:00+03:30`)).toISOString();

let busyDay: string;
let nowruz: string;
const dirs: string[] = [];

async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `reports-${label}-`));
  dirs.push(dir);
  return dir;
}

/**
 * 12 Aban 1405 at the desk:
 *  - s01: ten tickets issued 08:00…08:09; k1 at counter c1 calls them at 08:01, 08:03 … 08:19,
 *    so ticket i waits i+1 minutes; each call closes the previous one (2 min of service),
 *    except ticket 3 where «start» was pressed a minute after the call (1 min) and the last
 *    one, finished at 08:30 (11 min).
 *  - s02: T10 issued 09:00, called by k2 at c6 09:04, recalled, no-show 09:06.
 *         T11 issued 09:01, called by k2 at 09:07, transferred to s01 at 09:09; k1 calls it at
 *         09:12 and finishes at 09:15 (3 min).  T12 issued 09:20, never called.
 */
async function buildBusyDay(dir: string): Promise<void> {
  const s = await Scenario.create(dir, clerks);
  s.at(aban12('07:55'));
  await s.open('c1', 'k1');
  s.at(aban12('08:00'));
  await s.issue('s01');
  for (let i = 1; i <= 19; i++) {
    s.at(aban12(`08:${String(i).padStart(2, '0')}`));
    if (i <= 9) await s.issue('s01');
    if (i % 2 === 1) await s.callNext('c1', 'k1');
    if (i === 8) await s.start('c1', 'k1'); // ticket 3 was called at 08:07
  }
  s.at(aban12('08:30'));
  await s.finish('c1', 'k1');
  s.at(aban12('08:55'));
  await s.open('c6', 'k2');
  s.at(aban12('09:00'));
  await s.issue('s02');
  s.at(aban12('09:01'));
  await s.issue('s02');
  s.at(aban12('09:04'));
  expect((await s.callNext('c6', 'k2'))?.number).toBe(201);
  s.at(aban12('09:05'));
  await s.recall('c6', 'k2');
  s.at(aban12('09:06'));
  await s.noShow('c6', 'k2');
  s.at(aban12('09:07'));
  expect((await s.callNext('c6', 'k2'))?.number).toBe(202);
  s.at(aban12('09:09'));
  await s.transfer('c6', 'k2', { toServiceId: 's01' });
  s.at(aban12('09:12'));
  expect((await s.callNext('c1', 'k1'))?.number).toBe(202);
  s.at(aban12('09:15'));
  await s.finish('c1', 'k1');
  s.at(aban12('09:20'));
  await s.issue('s02');
  await s.end();
}

/**
 * Around Nowruz 1405 (1 Farvardin = Saturday 21 March 2026), Tehran time:
 *  Esfand 29 (Friday 20 March): T1 (s01) issued 23:30, called 23:40 by k1 at c1, finished
 *  23:45; T2 (s01) issued 23:50 and still waiting at midnight.
 *  Farvardin 1: T3 (s02) issued 00:10 (20:40 UTC on 20 March), k2 opens c6 and calls it
 *  00:20, starts 00:22, finishes 00:30.
 */
async function buildNowruz(dir: string): Promise<void> {
  const s = await Scenario.create(dir, clerks);
  const t = (iso: string) => s.at(iso);
  t('2026-03-20T19:55:00Z');
  await s.open('c1', 'k1');
  t('2026-03-20T20:00:00Z');
  await s.issue('s01');
  t('2026-03-20T20:10:00Z');
  await s.callNext('c1', 'k1');
  t('2026-03-20T20:15:00Z');
  await s.finish('c1', 'k1');
  t('2026-03-20T20:20:00Z');
  await s.issue('s01');
  t('2026-03-20T20:40:00Z');
  const t3 = await s.issue('s02');
  expect(t3.day).toBe('2026-03-21');
  t('2026-03-20T20:45:00Z');
  await s.open('c6', 'k2');
  t('2026-03-20T20:50:00Z');
  await s.callNext('c6', 'k2');
  t('2026-03-20T20:52:00Z');
  await s.start('c6', 'k2');
  t('2026-03-20T21:00:00Z');
  await s.finish('c6', 'k2');
  await s.end();
}

beforeAll(async () => {
  busyDay = await tempDir('day');
  await buildBusyDay(busyDay);
  nowruz = await tempDir('nowruz');
  await buildNowruz(nowruz);
});

afterAll(async () => {
  await stopReportWorker();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const day: ReportRequest['period'] = { kind: 'day', date: { year: 1405, month: 8, day: 12 } };
const report = (dataDir: string, request: ReportRequest) => runReport(request, { dataDir, runIn: 'inline', now: '2027-01-01T00:00:00Z' });

describe('a day at the desk', () => {
  it('counts tickets issued, served, no-shows and unserved, with exact mean, median, p90 and max', async () => {
    const r = await report(busyDay, { period: day });
    expect(r.period.label).toBe('۱۲ آبان ۱۴۰۵');
    const m = measures(r);
    expect(m['نوبت‌های صادرشده']).toBe(13);
    expect(m['خدمت‌گرفته']).toBe(11);
    expect(m['عدم حضور']).toBe(1);
    expect(m['بی‌پاسخ تا پایان روز']).toBe(1);
    expect(m['انتقال‌یافته']).toBe(1);
    // waits (first call): 1…10 min for s01, 4 and 6 for s02: sum 65 over 12
    expect(m['میانگین انتظار (دقیقه)']).toBe(5.42);
    expect(m['میانهٔ انتظار (دقیقه)']).toBe(5.5);
    expect(m['صدک ۹۰ انتظار (دقیقه)']).toBe(9);
    expect(m['بیشترین انتظار (دقیقه)']).toBe(10);
    // service: 2 ×8, 1 (started a minute late), 11 (the last), 3 (the transferred one at c1): 31 over 11
    expect(m['میانگین زمان خدمت (دقیقه)']).toBe(2.82);
    expect(m['میانهٔ زمان خدمت (دقیقه)']).toBe(2);
    expect(m['صدک ۹۰ زمان خدمت (دقیقه)']).toBe(3);
    expect(m['سهم عدم حضور (٪)']).toBe(7.7);
    expect(m['روزهای دارای نوبت']).toBe(1);
    expect(r.place.label).toContain('کل اداره');
  });

  it('breaks it down per service: a ticket stays under the service it was issued for', async () => {
    const r = await report(busyDay, { period: day, sections: ['queue.byService'] });
    const [s01, s02] = rows(r, 'queue.byService').sort((a, b) => String(a.serviceId).localeCompare(String(b.serviceId)));
    expect(s01).toMatchObject({ issued: 10, served: 10, noShow: 0, unserved: 0, transferred: 0, waitMean: 5.5, waitMedian: 5.5, waitP90: 9, waitMax: 10, serviceMean: 2.8, serviceMedian: 2, serviceP90: 2 });
    expect(s02).toMatchObject({ issued: 3, served: 1, noShow: 1, unserved: 1, transferred: 1, waitMean: 5, waitMedian: 5, waitP90: 6, waitMax: 6, serviceMean: 3 });
    expect(s01!.department).toBe('معاونت توسعه مدیریت و منابع');
  });

  it('per counter and per clerk, each call counts where it was made', async () => {
    const r = await report(busyDay, { period: day, sections: ['queue.byCounter', 'queue.byClerk'] });
    const counters = Object.fromEntries(rows(r, 'queue.byCounter').map((x) => [x.counterId, x]));
    expect(counters.c1).toMatchObject({ calls: 11, served: 11, noShow: 0, transferredOut: 0, waitMean: 5.5, waitMedian: 5.5, waitP90: 9, serviceMean: 2.82, serviceP90: 3, clerks: 1 });
    expect(counters.c1!.busyHours).toBe(0.52); // 31 minutes
    expect(counters.c6).toMatchObject({ calls: 2, served: 0, noShow: 1, transferredOut: 1, waitMean: 5, serviceMean: null });
    const byClerk = Object.fromEntries(rows(r, 'queue.byClerk').map((x) => [x.clerkId, x]));
    expect(byClerk.k1).toMatchObject({ clerk: 'زهرا احمدی', days: 1, counters: 1, calls: 11, served: 11 });
    expect(byClerk.k2).toMatchObject({ clerk: 'علی رضایی', calls: 2, noShow: 1, transferredOut: 1 });
  });

  it('tickets by Tehran hour and weekday, and the longest waits', async () => {
    const r = await report(busyDay, { period: day, sections: ['queue.byHour', 'queue.longestWaits'], longestWaits: 3 });
    const hours = rows(r, 'queue.byHour');
    expect(hours.map((h) => [h.hour, h.w3, h.total])).toEqual([
      ['08:00', 10, 10],
      ['09:00', 3, 3],
    ]); // Tuesday is the fourth day of the Iranian week
    expect(hours[1]!.waitMean).toBe(5);
    const heat = r.charts.find((c) => c.id === 'queue.byHour')!;
    expect(heat.kind).toBe('heatmap');
    expect(heat.series[3]!.values).toEqual([10, 3]);
    const longest = rows(r, 'queue.longestWaits');
    expect(longest.map((x) => [x.ticket, x.wait])).toEqual([
      ['الف-۱۱۰', 10],
      ['الف-۱۰۹', 9],
      ['الف-۱۰۸', 8],
    ]);
    expect(longest[0]).toMatchObject({ day: '2026-11-03', issuedAt: Date.parse(aban12('08:09')), calledAt: Date.parse(aban12('08:19')), clerk: 'زهرا احمدی' });
  });

  it('the daily staff report lists every ticket each clerk handled, with times and outcome (table 2)', async () => {
    const r = await report(busyDay, { period: day, sections: ['staff.daily'] });
    const staff = rows(r, 'staff.daily');
    expect(staff).toHaveLength(13);
    const k2 = staff.filter((x) => x.clerk === 'علی رضایی');
    expect(k2.map((x) => [x.ticket, x.outcome, x.at])).toEqual([
      ['الف-۲۰۱', 'عدم حضور', Date.parse(aban12('09:04'))],
      ['الف-۲۰۲', 'انتقال', Date.parse(aban12('09:07'))],
    ]);
    const started = staff.find((x) => x.ticket === 'الف-۱۰۴')!;
    expect(started).toMatchObject({ servingAt: Date.parse(aban12('08:08')), endedAt: Date.parse(aban12('08:09')), serviceMinutes: 1, outcome: 'خدمت داده شد', mode: 'الف (حضوری در میز خدمت)' });
    // the clerk's rows come together, in time order
    const names = staff.map((x) => x.clerk);
    expect(names.lastIndexOf('زهرا احمدی') - names.indexOf('زهرا احمدی')).toBe(10);
  });

  it('a place narrows it: a service, a clerk, a department', async () => {
    const service = measures(await report(busyDay, { period: day, place: { kind: 'service', serviceId: 's02' }, sections: ['queue.summary'] }));
    expect([service['نوبت‌های صادرشده'], service['خدمت‌گرفته'], service['عدم حضور']]).toEqual([3, 1, 1]);
    const clerk = await report(busyDay, { period: day, place: { kind: 'clerk', clerkId: 'k2' }, sections: ['queue.summary', 'queue.byClerk', 'staff.daily'] });
    expect(clerk.place.label).toBe('کارمند: علی رضایی');
    expect(measures(clerk)['نوبت‌های صادرشده']).toBe(2);
    expect(rows(clerk, 'queue.byClerk').map((x) => x.clerkId)).toEqual(['k2']);
    expect(rows(clerk, 'staff.daily')).toHaveLength(2);
    const other = measures(await report(busyDay, { period: day, place: { kind: 'department', departmentId: 'dept-economy' }, sections: ['queue.summary'] }));
    expect(other['نوبت‌های صادرشده']).toBe(0);
  });

  it('compares with the day before side by side', async () => {
    const r = await report(busyDay, { period: day, compareTo: { kind: 'day', date: { year: 1405, month: 8, day: 11 } }, sections: ['queue.summary', 'queue.byService'] });
    expect(r.compare?.label).toBe('۱۱ آبان ۱۴۰۵');
    const summary = rows(r, 'compare.queue.summary');
    expect(summary.find((x) => x.measure === 'نوبت‌های صادرشده')).toEqual({ measure: 'نوبت‌های صادرشده', 'value.a': 13, 'value.b': 0, 'value.change': null });
    const s01 = rows(r, 'compare.queue.byService').find((x) => x.service === r.tables[1]!.rows.find((row) => row[0] === 's01')![1]);
    expect(s01).toMatchObject({ 'issued.a': 10, 'issued.b': null });
  });
});

describe('periods that cross Tehran midnight and Nowruz', () => {
  it('a ticket issued at 00:10 on 1 Farvardin belongs to the new year, though it is 20 March in UTC', async () => {
    const esfand = measures(await report(nowruz, { period: { kind: 'month', year: 1404, month: 12 }, sections: ['queue.summary'] }));
    expect([esfand['نوبت‌های صادرشده'], esfand['خدمت‌گرفته'], esfand['بی‌پاسخ تا پایان روز'], esfand['میانگین انتظار (دقیقه)'], esfand['میانگین زمان خدمت (دقیقه)']]).toEqual([2, 1, 1, 10, 5]);
    const farvardin = measures(await report(nowruz, { period: { kind: 'month', year: 1405, month: 1 }, sections: ['queue.summary'] }));
    // waited 10 min, served 8 min from «start»
    expect([farvardin['نوبت‌های صادرشده'], farvardin['خدمت‌گرفته'], farvardin['میانگین انتظار (دقیقه)'], farvardin['میانگین زمان خدمت (دقیقه)']]).toEqual([1, 1, 10, 8]);
    const y1404 = measures(await report(nowruz, { period: { kind: 'year', year: 1404 }, sections: ['queue.summary'] }));
    const y1405 = measures(await report(nowruz, { period: { kind: 'year', year: 1405 }, sections: ['queue.summary'] }));
    expect([y1404['نوبت‌های صادرشده'], y1405['نوبت‌های صادرشده']]).toEqual([2, 1]);
    const q4 = measures(await report(nowruz, { period: { kind: 'quarter', year: 1404, quarter: 4 }, sections: ['queue.summary'] }));
    expect(q4['نوبت‌های صادرشده']).toBe(2);
    const across = measures(await report(nowruz, { period: { kind: 'custom', from: { year: 1404, month: 12, day: 29 }, to: { year: 1405, month: 1, day: 1 } }, sections: ['queue.summary'] }));
    expect([across['نوبت‌های صادرشده'], across['روزهای دارای نوبت']]).toEqual([3, 2]);
  });

  it('the hour of day is Tehran’s: 23:00 on Friday Esfand 29, 00:00 on Saturday Farvardin 1', async () => {
    const r = await report(nowruz, { period: { kind: 'custom', from: { year: 1404, month: 12, day: 29 }, to: { year: 1405, month: 1, day: 1 } }, sections: ['queue.byHour', 'queue.byDay'] });
    const hours = rows(r, 'queue.byHour');
    expect(hours[0]).toMatchObject({ hour: '00:00', w0: 1, total: 1 });
    expect(hours[hours.length - 1]).toMatchObject({ hour: '23:00', w6: 2, total: 2 });
    expect(rows(r, 'queue.byDay').map((x) => [x.day, x.weekday, x.issued])).toEqual([
      ['2026-03-20', 'جمعه', 2],
      ['2026-03-21', 'شنبه', 1],
    ]);
  });
});

describe('where the report runs', () => {
  it('the report worker gives the same figures as the server thread, and tells its progress', async () => {
    const request: ReportRequest = { period: day, compareTo: { kind: 'day', date: { year: 1405, month: 8, day: 11 } } };
    const inline = await report(busyDay, request);
    const progress: number[] = [];
    const worker = await runReport(request, { dataDir: busyDay, now: '2027-01-01T00:00:00Z', onProgress: (p) => progress.push(p.filesRead) });
    expect(worker.stats.ranIn).toBe('worker');
    expect(inline.stats.ranIn).toBe('inline');
    expect(worker.tables).toEqual(inline.tables);
    expect(worker.comparison).toEqual(inline.comparison);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('a bad request is refused before it is queued', async () => {
    await expect(runReport({ period: { kind: 'day', date: { year: 1404, month: 12, day: 30 } } }, { dataDir: busyDay })).rejects.toThrow(RangeError);
    await expect(runReport({ period: { kind: 'month', year: 1405, month: 13 } }, { dataDir: busyDay })).rejects.toThrow();
  });
});
