// Bench: reports over a year of a busy office (bench/history.ts: 250 office days, 500k
// tickets, 1.5M events, ~1.8 GB of journal). Prints how long a month's and a year's
// report take (on the report worker and on the calling thread), the exports, and then
// what a year's report does to kiosks issuing tickets on a running office server: the
// server runs as a child process with this file preloaded (REPORTS_BENCH_HOOK_PORT), which
// serves one extra route that runs a report inside the server process, as the HTTP
// layer will.
//
//   node --import tsx bench/reports.ts
//   env: BENCH_HISTORY_TICKETS (500000), BENCH_HISTORY_DAYS (250), BENCH_REPORTS_ISSUE_RATE (50), BENCH_TMPDIR,
//        BENCH_REPORTS_SKIP_SERVER=1 (only the report timings), BENCH_REPORTS_SKIP_TIMINGS=1 (only the server part)
import { createServer } from 'node:http';
import { isMainThread } from 'node:worker_threads';
import type { Socket } from 'socket.io-client';
import { randomUUID } from 'node:crypto';
import { jalaliOfDay } from '../common/src/reports/calendar';
import { periodContaining, previousPeriod, resolvePeriod, type PeriodSpec } from '../common/src/reports/period';
import type { ReportRequest, ReportResult } from '../common/src/reports/types';
import { toCsv } from '../common/src/reports/csv';
import { runReport, stopReportWorker } from '../server/src/reports/run';
import { reportXlsx } from '../server/src/reports/export';
import { writeYearHistory, type HistoryInfo } from './history';
import { connect, deviceToken, environmentLine, envNumber, isMain, mb, ms, openLoop, pool, removeDir, RssSampler, sleep, startServer, stats, tempDir } from './lib';

const yearOf = (h: HistoryInfo): PeriodSpec => ({ kind: 'custom', from: jalaliOfDay(h.firstDay), to: jalaliOfDay(h.lastDay) });

/** The last whole Jalali month of the history. */
function monthOf(h: HistoryInfo): PeriodSpec {
  const last = periodContaining('month', h.lastDay);
  return resolvePeriod(last).toDay === h.lastDay ? last : previousPeriod(last);
}

async function timed(label: string, request: ReportRequest, dataDir: string, runIn: 'worker' | 'inline'): Promise<ReportResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await runReport(request, { dataDir, runIn });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `${label.padEnd(34)} ${(wall / 1000).toFixed(2).padStart(6)} s  (engine ${(r.stats.millis / 1000).toFixed(2)} s in ${r.stats.ranIn}; ` +
      `process CPU, all threads ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; ${r.stats.files} files, ${mb(r.stats.bytes)}, ${r.stats.lines} lines)`,
  );
  return r;
}

async function reportTimings(dataDir: string, history: HistoryInfo): Promise<void> {
  const month: ReportRequest = { period: monthOf(history) };
  const year: ReportRequest = { period: yearOf(history) };
  console.log(`── report timings: month = ${resolvePeriod(month.period).label} (${resolvePeriod(month.period).labelEn}), year = ${resolvePeriod(year.period).labelEn} ──`);
  await timed('month, worker (cold: starts it)', month, dataDir, 'worker');
  await timed('month, worker (warm)', month, dataDir, 'worker');
  await timed('month, inline (this thread)', month, dataDir, 'inline');
  const y = await timed('year, worker', year, dataDir, 'worker');
  await timed('year, inline (this thread)', year, dataDir, 'inline');
  await timed('year vs the year before, worker', { ...year, compareTo: previousPeriod(year.period) }, dataDir, 'worker');
  const staff = await timed('month, daily staff report, worker', { ...month, sections: ['staff.daily'] }, dataDir, 'worker');

  console.log('── exports ──');
  let t0 = performance.now();
  const xlsx = await reportXlsx(y);
  console.log(`year report → XLSX: ${(performance.now() - t0).toFixed(0)} ms, ${(xlsx.length / 1024).toFixed(0)} KB (${y.tables.length} tables)`);
  const table = staff.tables[0]!;
  t0 = performance.now();
  const csv = toCsv(table);
  console.log(`month staff report (${table.rows.length} rows) → CSV: ${(performance.now() - t0).toFixed(0)} ms, ${mb(Buffer.byteLength(csv))}`);
  t0 = performance.now();
  const staffXlsx = await reportXlsx(staff);
  console.log(`month staff report (${table.rows.length} rows) → XLSX: ${(performance.now() - t0).toFixed(0)} ms, ${mb(staffXlsx.length)}`);
}

// ── inside the server process (preloaded): one route that runs a report there ──

function serveHook(port: number): void {
  createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    const runIn = url.searchParams.get('runIn') === 'inline' ? 'inline' : 'worker';
    const t0 = performance.now();
    runReport({ period: { kind: 'custom', from: jalaliOfDay(from), to: jalaliOfDay(to) } }, { dataDir: process.env.DESK_DATA_DIR!, runIn }).then(
      (r) => res.end(JSON.stringify({ millis: performance.now() - t0, ranIn: r.stats.ranIn, lines: r.stats.lines })),
      (err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      },
    );
  }).listen(port, '127.0.0.1');
}

// ── kiosks issuing while a year's report runs in the server ──

interface Window {
  label: string;
  latency: ReturnType<typeof stats>;
  reportMillis?: number;
  errors: number;
  /** The server process's peak RSS during the window. */
  peakRss: number;
}

/** Call `send` at `rate` per second (open loop: never waiting for answers) until `stop()` or `maxMs`. */
async function loadUntil(rate: number, stop: () => boolean, maxMs: number, send: () => void): Promise<void> {
  const t0 = performance.now();
  for (let i = 0; !stop() && performance.now() - t0 < maxMs; ) {
    const due = t0 + (i * 1000) / rate;
    const now = performance.now();
    if (due <= now) {
      send();
      i++;
    } else await sleep(due - now);
  }
}

async function issueWhileReporting(history: HistoryInfo, dataDir: string): Promise<Window[]> {
  // every ticket stays waiting (no clerk calls): at most ~3,700 can wait, so the three windows must stay under that
  const rate = envNumber('BENCH_REPORTS_ISSUE_RATE', 50);
  const hookPort = 20_000 + Math.floor(Math.random() * 20_000);
  const previousArgs = process.env.BENCH_SERVER_NODE_ARGS;
  process.env.BENCH_SERVER_NODE_ARGS = `${previousArgs ?? ''} --import tsx --import ${new URL(import.meta.url).pathname}`;
  process.env.REPORTS_BENCH_HOOK_PORT = String(hookPort);
  const server = await startServer(dataDir, 300_000).finally(() => {
    if (previousArgs === undefined) delete process.env.BENCH_SERVER_NODE_ARGS;
    else process.env.BENCH_SERVER_NODE_ARGS = previousArgs;
    delete process.env.REPORTS_BENCH_HOOK_PORT;
  });
  const sockets: Socket[] = [];
  const windows: Window[] = [];
  try {
    const token = await deviceToken(server.url, 'kiosk');
    sockets.push(...(await pool(Array.from({ length: 20 }), 10, () => connect(server.url, token))));
    let serial = 0;
    type Sent = { at: number; latency?: number; outcome: 'pending' | 'ok' | 'refused' | 'timeout' };
    let sends: Sent[] = [];
    const send = () => {
      const i = serial++;
      const entry: Sent = { at: performance.now(), outcome: 'pending' };
      sends.push(entry);
      sockets[i % sockets.length]!
        .timeout(10_000)
        .emitWithAck('command', { type: 'ticket.issue', commandId: randomUUID(), serviceId: `s${String((i % 38) + 1).padStart(2, '0')}` })
        .then(
          (a: { ok: boolean }) => {
            entry.latency = performance.now() - entry.at;
            entry.outcome = a.ok ? 'ok' : 'refused';
          },
          () => (entry.outcome = 'timeout'),
        );
    };
    await openLoop(rate / 2, 2000, send); // warm-up, not counted
    await sleep(500);
    const measure = async (label: string, runIn?: 'worker' | 'inline') => {
      sends = [];
      const rss = new RssSampler(server.pid, 100);
      let done = false;
      const from = performance.now() + (runIn ? 1000 : 0);
      const load = loadUntil(rate, () => done, runIn ? 120_000 : 8_000, send);
      let reportMillis: number | undefined;
      if (runIn) {
        await sleep(1000);
        const res = await fetch(`http://127.0.0.1:${hookPort}/report?from=${history.firstDay}&to=${history.lastDay}&runIn=${runIn}`);
        if (!res.ok) throw new Error(`report in the server failed: ${await res.text()}`);
        reportMillis = ((await res.json()) as { millis: number }).millis;
        done = true;
      }
      await load;
      const to = performance.now();
      // the last answers (a send is unanswered after 10 s)
      for (const deadline = Date.now() + 11_000; Date.now() < deadline && sends.some((x) => x.outcome === 'pending'); ) await sleep(50);
      rss.stop();
      const inWindow = sends.filter((s) => s.at >= from && s.at <= to);
      const latencies = inWindow.filter((s) => s.outcome === 'ok').map((s) => s.latency!);
      windows.push({ label, latency: stats(latencies), reportMillis, errors: inWindow.length - latencies.length, peakRss: rss.peak });
    };
    await measure('no report running');
    await measure('year report on the worker', 'worker');
    await measure('year report inline (8 ms slices)', 'inline');
  } finally {
    for (const s of sockets) s.disconnect();
    await server.stop();
  }
  return windows;
}

async function main(): Promise<void> {
  console.log(environmentLine());
  const dataDir = await tempDir('reports');
  try {
    // the first start writes the demo office.json; the history is written with the server stopped
    if (process.env.BENCH_REPORTS_SKIP_SERVER !== '1') await (await startServer(dataDir)).stop();
    const days = envNumber('BENCH_HISTORY_DAYS', 250);
    const tickets = envNumber('BENCH_HISTORY_TICKETS', 500_000);
    console.log(`writing ${tickets} tickets of history over ${days} office days…`);
    const history = await writeYearHistory(dataDir, { days, tickets });
    console.log(`history: ${history.days} files ${history.firstDay} … ${history.lastDay}, ${history.events} events, ${mb(history.bytes)} (${history.seconds.toFixed(1)} s)`);
    if (process.env.BENCH_REPORTS_SKIP_TIMINGS !== '1') await reportTimings(dataDir, history);
    await stopReportWorker();
    if (process.env.BENCH_REPORTS_SKIP_SERVER !== '1') {
      console.log(`── ticket issue at ${envNumber('BENCH_REPORTS_ISSUE_RATE', 50)}/s on the office server while a year's report runs inside it ──`);
      for (const w of await issueWhileReporting(history, dataDir)) {
        console.log(
          `${w.label.padEnd(34)} p50 ${ms(w.latency.p50)}  p99 ${ms(w.latency.p99)}  max ${ms(w.latency.max)}  (n=${w.latency.count}, refused or unanswered ${w.errors}); ` +
            `server peak RSS ${mb(w.peakRss)}` +
            (w.reportMillis !== undefined ? `; report took ${(w.reportMillis / 1000).toFixed(2)} s` : ''),
        );
      }
    }
  } finally {
    await stopReportWorker();
    await removeDir(dataDir);
  }
}

const hookPort = Number(process.env.REPORTS_BENCH_HOOK_PORT);
if (hookPort && isMainThread && !isMain(import.meta.url)) serveHook(hookPort);
else if (isMain(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
