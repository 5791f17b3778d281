// Bench: kiosks issuing tickets at a fixed rate (open loop: sends are scheduled at fixed
// intervals and never wait for earlier answers). Latency = command sent → ack. Run twice:
// on a fresh data folder, and on one holding a year of journal history (~250 office days,
// 500k tickets), to show that history on disk does not slow today's work. The server runs
// as a child process; its RSS is sampled from /proc every 200 ms.
//
//   node --import tsx bench/ticket-issue.ts
//   env: BENCH_SECONDS (30), BENCH_ISSUE_RATE (100), BENCH_HISTORY_TICKETS (500000), BENCH_HISTORY_DAYS (250), BENCH_TMPDIR
import type { Socket } from 'socket.io-client';
import { randomUUID } from 'node:crypto';
import {
  api,
  connect,
  cpuSecondsOf,
  deviceToken,
  environmentLine,
  envNumber,
  isMain,
  mb,
  ms,
  openLoop,
  probeLine,
  probeMark,
  type ServerProbe,
  pool,
  removeDir,
  RssSampler,
  rssOf,
  sleep,
  startServer,
  stats,
  tempDir,
  type ChildServer,
  type Stats,
} from './lib';
import { writeYearHistory, type HistoryInfo } from './history';

export const ISSUE_TARGET_P99_MS = 15;
export const YEAR_RATIO_TARGET = 1.3;
export const RSS_TARGET_BYTES = 200 * 1024 * 1024;

const SERVICES = Array.from({ length: 38 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);

export interface IssueBenchOptions {
  label: string;
  history?: { days: number; tickets: number };
  rate?: number;
  seconds?: number;
  kiosks?: number;
  warmupSeconds?: number;
  log?: (line: string) => void;
}

export interface IssueBenchResult {
  label: string;
  history?: HistoryInfo;
  /** spawn → /api/health answering */
  startupSeconds: number;
  /** seq the server reported before any command (must equal history.lastSeq) */
  seqAtStart: number;
  seqAtEnd: number;
  rate: number;
  seconds: number;
  sent: number;
  ok: number;
  errors: number;
  errorCodes: Record<string, number>;
  latency: Stats;
  /** ok acks per second, first send → last ack */
  throughput: number;
  peakRss: number;
  rssAtStart: number;
  /** RSS of the very first start on the folder (it seeds the demo config: 8 scrypt hashes at once). */
  firstStartRss: number;
  serverCpuPct: number;
  /** With BENCH_PROBE=1: the server's own view of the measured window. */
  probe?: ServerProbe;
  scheduleLagMax: number;
}

export async function runTicketIssue(options: IssueBenchOptions): Promise<IssueBenchResult> {
  const log = options.log ?? ((l: string) => console.log(l));
  const rate = options.rate ?? envNumber('BENCH_ISSUE_RATE', 100);
  const seconds = options.seconds ?? envNumber('BENCH_SECONDS', 30);
  const nKiosks = options.kiosks ?? 20;
  const warmup = options.warmupSeconds ?? 2;
  const dataDir = await tempDir(`issue-${options.label}`);
  let server: ChildServer | undefined;
  let rss: RssSampler | undefined;
  const sockets: Socket[] = [];
  try {
    // First start seeds office.json (the demo config). Measure on a second start, as an office
    // runs every day after installation; the first start's RSS is reported separately.
    const seed = await startServer(dataDir);
    await sleep(500);
    const firstStartRss = rssOf(seed.pid);
    await seed.stop();
    let history: HistoryInfo | undefined;
    if (options.history) {
      log(`[${options.label}] writing ${options.history.tickets} tickets of history over ${options.history.days} office days…`);
      history = await writeYearHistory(dataDir, options.history);
      log(
        `[${options.label}] history: ${history.days} files ${history.firstDay} … ${history.lastDay}, ${history.events} events, ` +
          `${mb(history.bytes)}, last seq ${history.lastSeq} (${history.seconds.toFixed(1)} s)`,
      );
    }
    const t0 = performance.now();
    server = await startServer(dataDir, 300_000);
    const startupSeconds = (performance.now() - t0) / 1000;
    rss = new RssSampler(server.pid, 200);
    const base = server.url;
    const seqAtStart = (await api<{ seq: number }>(base, 'GET', '/health')).seq;
    if (history && seqAtStart !== history.lastSeq) {
      throw new Error(`server resumed at seq ${seqAtStart}, but the history ends at seq ${history.lastSeq}`);
    }
    const rssAtStart = rss.last;
    log(`[${options.label}] server pid ${server.pid} ready in ${startupSeconds.toFixed(2)} s at seq ${seqAtStart}, RSS ${mb(rssAtStart)}`);

    const token = await deviceToken(base, 'kiosk');
    const kiosks = await pool(Array.from({ length: nKiosks }), 10, () => connect(base, token));
    sockets.push(...kiosks);

    let serial = 0;
    const send = (onAck: (answer: { ok: boolean; error?: { code: string } } | null, sentAt: number) => void) => {
      const i = serial++;
      const sentAt = performance.now();
      kiosks[i % kiosks.length]!
        .timeout(10_000)
        .emitWithAck('command', { type: 'ticket.issue', commandId: randomUUID(), serviceId: SERVICES[i % SERVICES.length]! })
        .then(
          (a: { ok: boolean; error?: { code: string } }) => onAck(a, sentAt),
          () => onAck(null, sentAt),
        );
    };

    // warm-up (JIT, first day.started), not measured
    let warm = 0;
    const warmTarget = Math.round(warmup * rate * 0.5);
    await openLoop(rate * 0.5, warmup * 1000, () => send(() => warm++));
    while (warm < warmTarget) await sleep(10);

    const latencies: number[] = [];
    const errorCodes: Record<string, number> = {};
    let ok = 0;
    let errors = 0;
    let acked = 0;
    let firstSend = 0;
    let lastAck = 0;
    await probeMark(server.pid, server.probeFile);
    const cpu0 = cpuSecondsOf(server.pid);
    log(`[${options.label}] issuing at ${rate}/s for ${seconds} s from ${kiosks.length} kiosks…`);
    const run = await openLoop(rate, seconds * 1000, (i) => {
      if (i === 0) firstSend = performance.now();
      send((a, sentAt) => {
        const now = performance.now();
        acked++;
        lastAck = now;
        if (a?.ok) {
          ok++;
          latencies.push(now - sentAt);
        } else {
          errors++;
          const code = a?.error?.code ?? 'timeout';
          errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        }
      });
    });
    const deadline = Date.now() + 15_000;
    while (acked < run.sent && Date.now() < deadline) await sleep(10);
    if (acked < run.sent) {
      errors += run.sent - acked;
      errorCodes.unanswered = run.sent - acked;
    }
    const serverCpuPct = ((cpuSecondsOf(server.pid) - cpu0) / ((performance.now() - firstSend) / 1000)) * 100;
    const probe = await probeMark(server.pid, server.probeFile);
    const seqAtEnd = (await api<{ seq: number }>(base, 'GET', '/health')).seq;
    rss.stop();
    return {
      label: options.label,
      history,
      startupSeconds,
      seqAtStart,
      seqAtEnd,
      rate,
      seconds,
      sent: run.sent,
      ok,
      errors,
      errorCodes,
      latency: stats(latencies),
      throughput: ok / ((lastAck - firstSend) / 1000),
      peakRss: rss.peak,
      rssAtStart,
      firstStartRss,
      serverCpuPct,
      probe,
      scheduleLagMax: run.lagMax,
    };
  } finally {
    rss?.stop();
    for (const s of sockets) s.disconnect();
    await server?.stop();
    await removeDir(dataDir);
  }
}

export function printIssueResult(r: IssueBenchResult, log: (l: string) => void = console.log): void {
  const l = r.latency;
  log(`── ticket issue: ${r.label} ──`);
  if (r.history) {
    log(`history: ${r.history.tickets} tickets, ${r.history.days} days, ${mb(r.history.bytes)} on disk, last seq ${r.history.lastSeq}`);
  }
  log(`server ready in ${r.startupSeconds.toFixed(2)} s, resumed at seq ${r.seqAtStart}, ended at seq ${r.seqAtEnd}`);
  log(`sent ${r.sent} at ${r.rate}/s over ${r.seconds} s (open loop, worst schedule lag ${ms(r.scheduleLagMax)})`);
  log(`latency send → ack: p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  mean ${ms(l.mean)}  (n=${l.count})`);
  log(`throughput ${r.throughput.toFixed(1)} tickets/s, errors ${r.errors}${r.errors ? ` ${JSON.stringify(r.errorCodes)}` : ''}`);
  log(
    `server RSS at start ${mb(r.rssAtStart)}, peak ${mb(r.peakRss)} (first-ever start on the folder, which seeds the config: ${mb(r.firstStartRss)}); ` +
      `server CPU ${r.serverCpuPct.toFixed(0)}% of a core`,
  );
  if (r.probe) log(probeLine(r.probe));
}

export interface IssuePair {
  fresh: IssueBenchResult;
  year: IssueBenchResult;
  ratio: number;
  pass: { p99: boolean; ratio: boolean; rss: boolean };
}

export async function runIssuePair(log: (l: string) => void = console.log): Promise<IssuePair> {
  const fresh = await runTicketIssue({ label: 'fresh', log });
  printIssueResult(fresh, log);
  const year = await runTicketIssue({
    label: 'year',
    history: { days: envNumber('BENCH_HISTORY_DAYS', 250), tickets: envNumber('BENCH_HISTORY_TICKETS', 500_000) },
    log,
  });
  printIssueResult(year, log);
  const ratio = year.latency.p99 / fresh.latency.p99;
  const pass = {
    p99: fresh.latency.p99 < ISSUE_TARGET_P99_MS && year.latency.p99 < ISSUE_TARGET_P99_MS && fresh.errors === 0 && year.errors === 0,
    ratio: ratio <= YEAR_RATIO_TARGET,
    rss: Math.max(fresh.peakRss, year.peakRss) < RSS_TARGET_BYTES,
  };
  log('── ticket issue: fresh vs year ──');
  log(`p99 fresh ${ms(fresh.latency.p99)}, year ${ms(year.latency.p99)}, ratio ${ratio.toFixed(2)}×`);
  log(`peak RSS fresh ${mb(fresh.peakRss)}, year ${mb(year.peakRss)}`);
  log(
    `targets: p99 < ${ISSUE_TARGET_P99_MS} ms ${pass.p99 ? 'PASS' : 'FAIL'}; year within ${YEAR_RATIO_TARGET}× ${pass.ratio ? 'PASS' : 'FAIL'}; ` +
      `peak RSS < ${mb(RSS_TARGET_BYTES)} ${pass.rss ? 'PASS' : 'FAIL'}`,
  );
  return { fresh, year, ratio, pass };
}

if (isMain(import.meta.url)) {
  console.log(environmentLine());
  try {
    await runIssuePair();
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
}
