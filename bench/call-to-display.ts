// Bench: how long from a clerk pressing «call next» to every hall display showing it.
// 200 clerk sockets (those holding a counter call), 50 displays, 20 kiosks, all on
// loopback against the office server in a child process. Counters call at 20/s in
// total (open loop) for ~30 s while kiosks keep tickets waiting; for each call we time
// command sent → `ticket.called` received, per display.
// The 50 displays live in one forked process and the idle clerks in another
// (bench/socket-clients.ts), so display receive times are not queued behind the decoding
// of every broadcast for hundreds of other sockets; times are CLOCK_MONOTONIC (process.hrtime).
//
//   node --import tsx bench/call-to-display.ts
//   env: BENCH_SECONDS (30), BENCH_CALL_RATE (20), BENCH_CLERKS (200), BENCH_DISPLAYS (50), BENCH_KIOSKS (20),
//        BENCH_PIN=1 (server on CPU 0, bench clients on the other CPUs), BENCH_TMPDIR
import type { Socket } from 'socket.io-client';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  api,
  command,
  connect,
  cpuSecondsOf,
  deviceToken,
  environmentLine,
  envNumber,
  forkClients,
  nowMs,
  type ClientsProcess,
  isMain,
  login,
  loopMonitor,
  mb,
  ms,
  openLoop,
  probeLine,
  probeMark,
  type ServerProbe,
  pool,
  removeDir,
  RssSampler,
  sleep,
  startServer,
  stats,
  tempDir,
  type ChildServer,
  type Stats,
} from './lib';

export const CALL_TARGET_P99_MS = 25;

export interface CallBenchOptions {
  clerks?: number;
  displays?: number;
  kiosks?: number;
  callRate?: number;
  seconds?: number;
  log?: (line: string) => void;
}

export interface CallBenchResult {
  counters: number;
  clerkSockets: number;
  callingClerks: number;
  displays: number;
  kiosks: number;
  seconds: number;
  callsSent: number;
  callsWithTicket: number;
  emptyCalls: number;
  callErrors: number;
  /** Per (call, display) delivery latency. */
  delivery: Stats;
  /** Calls some display never received. */
  lost: number;
  missingDeliveries: number;
  ack: Stats;
  issued: number;
  issueErrors: number;
  peakRss: number;
  clientLoopP99: number;
  clientLoopMax: number;
  /** Event-loop delay in the process holding the display sockets. */
  displayLoopP99: number;
  displayLoopMax: number;
  scheduleLagMax: number;
  /** CPU use during the run, % of one core. */
  serverCpuPct: number;
  clientCpuPct: number;
  /** With BENCH_PROBE=1: the server's own view of the run. */
  probe?: ServerProbe;
  breakdown?: Array<[string, Stats]>;
  /** Today's journal after the run (the setup's admin edits are in it too). */
  journal: { bytes: number; configEvents: number; configBytes: number };
  setupSeconds: number;
  notes: string[];
}

const PASSWORD = 'bench-pass-1234';
const SERVICES = Array.from({ length: 38 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);

interface PendingCall {
  sentAt: number;
  got: Uint8Array;
  gotCount: number;
  ackOk: boolean;
  hasTicket: boolean;
}

export async function runCallToDisplay(options: CallBenchOptions = {}): Promise<CallBenchResult> {
  const log = options.log ?? ((l: string) => console.log(l));
  const nClerks = options.clerks ?? envNumber('BENCH_CLERKS', 200);
  const nDisplays = options.displays ?? envNumber('BENCH_DISPLAYS', 50);
  const nKiosks = options.kiosks ?? envNumber('BENCH_KIOSKS', 20);
  const rate = options.callRate ?? envNumber('BENCH_CALL_RATE', 20);
  const seconds = options.seconds ?? envNumber('BENCH_SECONDS', 30);
  const notes: string[] = [];
  const setupStart = performance.now();

  const dataDir = await tempDir('calls');
  let server: ChildServer | undefined;
  let rss: RssSampler | undefined;
  const sockets: Socket[] = [];
  const children: ClientsProcess[] = [];
  try {
    server = await startServer(dataDir);
    rss = new RssSampler(server.pid, 200);
    const base = server.url;
    log(`server pid ${server.pid} at ${base}, data ${dataDir}`);

    // ── staff: clerk1…clerk6 exist; create the rest one at a time (concurrent admin edits lose updates: Office#updateConfig) ──
    const admin = await login(base, 'admin', 'admin1234');
    const usernames = Array.from({ length: 6 }, (_, i) => `clerk${i + 1}`);
    const passwords = new Map(usernames.map((u) => [u, 'clerk1234']));
    for (let n = 7; n <= nClerks; n++) {
      const username = `bclerk${String(n).padStart(3, '0')}`;
      await api(base, 'POST', '/admin/staff', { username, displayName: `کارشناس آزمون ${n}`, role: 'clerk', active: true, password: PASSWORD }, admin);
      usernames.push(username);
      passwords.set(username, PASSWORD);
    }

    // ── counters: c1…c6 exist; one more per clerk (numbers 1–999) ──
    const config = await api<{ counters: Array<{ id: string; number: number }> }>(base, 'GET', '/config');
    const counterIds = config.counters.map((c) => c.id);
    const used = new Set(config.counters.map((c) => c.number));
    for (let number = 1; number <= 999 && counterIds.length < nClerks; number++) {
      if (used.has(number)) continue;
      const c = await api<{ id: string }>(
        base,
        'POST',
        '/admin/counters',
        { number, name: `باجهٔ ${number}`, services: SERVICES.map((serviceId) => ({ serviceId, weight: 1 })), active: true },
        admin,
      );
      counterIds.push(c.id);
    }
    if (counterIds.length < nClerks) {
      notes.push(
        `counter numbers are limited to 1–999 (server/src/http/admin-schemas.ts CounterInput), so only ${counterIds.length} counters exist: ` +
          `${nClerks} clerk sockets are connected, ${counterIds.length} of them hold a counter and call, ${nClerks - counterIds.length} are connected and idle.`,
      );
    }

    log(`staff + counters created at ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);
    const tokens = await pool(usernames, 4, (u) => login(base, u, passwords.get(u)!));
    // One token per device kind: /devices/auto re-issues the same device's token, which revokes the previous one.
    const kioskToken = await deviceToken(base, 'kiosk');
    const displayToken = await deviceToken(base, 'display');

    log(`logins done at ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);
    // ── sockets: displays in one child process, idle clerks in another, calling clerks and kiosks here ──
    const callingCount = Math.min(tokens.length, counterIds.length);
    const displayProc = await forkClients(base, Array.from({ length: nDisplays }, () => displayToken), true);
    children.push(displayProc);
    const idleTokens = tokens.slice(callingCount);
    const idleProc = idleTokens.length ? await forkClients(base, idleTokens, false) : undefined;
    if (idleProc) children.push(idleProc);
    const kiosks = await pool(Array.from({ length: nKiosks }), 10, () => connect(base, kioskToken));
    sockets.push(...kiosks);
    const calling = await pool(tokens.slice(0, callingCount), 10, (t) => connect(base, t));
    sockets.push(...calling);
    let disconnects = 0;
    for (const s of sockets) s.on('disconnect', () => disconnects++);

    const opened = await pool(calling, 10, (s, i) => command(s, 'counter.open', { counterId: counterIds[i]! }));
    const refused = opened.filter((a) => !a.ok);
    if (refused.length) throw new Error(`counter.open refused ${refused.length}×: ${JSON.stringify(refused[0])}`);

    // ── tickets waiting before the run; during it kiosks issue as fast as counters call (steady state) ──
    let issued = 0;
    let issueErrors = 0;
    const issue = (i: number) =>
      command(kiosks[i % kiosks.length]!, 'ticket.issue', { serviceId: SERVICES[i % SERVICES.length]! }).then(
        (a) => (a.ok ? issued++ : issueErrors++),
        () => issueErrors++,
      );
    const prefill = Math.max(300, rate * 10);
    await pool(Array.from({ length: prefill }), 20, (_, i) => issue(i));

    // ── measure ──
    const pending = new Map<string, PendingCall>();
    const acks: number[] = [];
    let callErrors = 0;
    const inflight: Promise<unknown>[] = [];
    const loop = loopMonitor();
    const setupSeconds = (performance.now() - setupStart) / 1000;
    log(
      `setup ${setupSeconds.toFixed(1)} s: ${counterIds.length} counters, ${tokens.length} clerk sockets (${calling.length} calling), ` +
        `${nDisplays} displays, ${kiosks.length} kiosks, ${issued} tickets waiting; calling at ${rate}/s for ${seconds} s…`,
    );

    await probeMark(server.pid, server.probeFile);
    const cpu0 = { server: cpuSecondsOf(server.pid), client: process.cpuUsage(), at: performance.now() };
    const issuing = openLoop(rate, seconds * 1000, (i) => void issue(prefill + i));
    const run = await openLoop(rate, seconds * 1000, (i) => {
      const s = calling[i % calling.length]!;
      const commandId = randomUUID();
      const p: PendingCall = { sentAt: nowMs(), got: new Uint8Array(nDisplays), gotCount: 0, ackOk: false, hasTicket: false };
      pending.set(commandId, p);
      inflight.push(
        s
          .timeout(10_000)
          .emitWithAck('command', { type: 'ticket.callNext', commandId, counterId: counterIds[i % calling.length]! })
          .then(
            (a: { ok: boolean; ticket?: unknown }) => {
              acks.push(nowMs() - p.sentAt);
              p.ackOk = a.ok;
              p.hasTicket = a.ok && a.ticket != null;
              if (!a.ok) callErrors++;
            },
            () => callErrors++,
          ),
      );
    });
    await issuing;
    await Promise.all(inflight);
    // let the last broadcasts arrive
    await sleep(2000);
    loop.disable();
    const wall = (performance.now() - cpu0.at) / 1000;
    const probe = await probeMark(server.pid, server.probeFile);
    const serverCpuPct = ((cpuSecondsOf(server.pid) - cpu0.server) / wall) * 100;
    const clientCpu = process.cpuUsage(cpu0.client);
    const displayReport = await displayProc.report();
    const idleReport = idleProc ? await idleProc.report() : undefined;
    const clientCpuPct =
      (((clientCpu.user + clientCpu.system) / 1e6 + displayReport.cpuSeconds + (idleReport?.cpuSeconds ?? 0)) / wall) * 100;
    disconnects += displayReport.disconnects + (idleReport?.disconnects ?? 0);

    const deliveries: number[] = [];
    for (const [commandId, di, at] of displayReport.receipts) {
      const p = pending.get(commandId);
      if (!p || p.got[di]) continue;
      p.got[di] = 1;
      p.gotCount++;
      deliveries.push(at - p.sentAt);
    }
    // with BENCH_PROBE=1: where the time goes, per call (all on the same monotonic clock)
    let breakdown: Array<[string, Stats]> | undefined;
    if (probe?.calls.length) {
      const toServer: number[] = [];
      const toBroadcast: number[] = [];
      const broadcast: number[] = [];
      const starts = new Map<string, number>();
      for (const [commandId, recv, start, end] of probe.calls) {
        const p = pending.get(commandId);
        if (!p) continue;
        toServer.push(recv - p.sentAt);
        toBroadcast.push(start - recv);
        broadcast.push(end - start);
        starts.set(commandId, start);
      }
      const afterStart: number[] = [];
      for (const [commandId, , at] of displayReport.receipts) {
        const start = starts.get(commandId);
        if (start !== undefined) afterStart.push(at - start);
      }
      breakdown = [
        ['client send → server receives the command', stats(toServer)],
        ['server receives → ticket.called broadcast starts (engine, fsync, ticket.finished broadcast, queueing)', stats(toBroadcast)],
        ['ticket.called broadcast to all sockets (synchronous)', stats(broadcast)],
        ['broadcast starts → a display has it (per display)', stats(afterStart)],
      ];
    }
    const journalDir = join(dataDir, 'journal');
    let journalBytes = 0;
    let configEvents = 0;
    let configBytes = 0;
    for (const name of await readdir(journalDir)) {
      const text = await readFile(join(journalDir, name), 'utf8');
      journalBytes += Buffer.byteLength(text);
      for (const line of text.split('\n')) {
        if (line.includes('"type":"config.changed"')) {
          configEvents++;
          configBytes += Buffer.byteLength(line) + 1;
        }
      }
    }
    const withTicket = [...pending.values()].filter((p) => p.hasTicket);
    const lost = withTicket.filter((p) => p.gotCount < nDisplays).length;
    const missing = withTicket.reduce((n, p) => n + (nDisplays - p.gotCount), 0);
    const emptyCalls = [...pending.values()].filter((p) => p.ackOk && !p.hasTicket).length;
    if (disconnects) notes.push(`${disconnects} sockets disconnected during the run`);
    rss.stop();
    return {
      counters: counterIds.length,
      clerkSockets: tokens.length,
      callingClerks: calling.length,
      displays: nDisplays,
      kiosks: kiosks.length,
      seconds,
      callsSent: run.sent,
      callsWithTicket: withTicket.length,
      emptyCalls,
      callErrors,
      delivery: stats(deliveries),
      lost,
      missingDeliveries: missing,
      ack: stats(acks),
      issued,
      issueErrors,
      peakRss: rss.peak,
      clientLoopP99: loop.percentile(99) / 1e6,
      clientLoopMax: loop.max / 1e6,
      displayLoopP99: displayReport.loopP99,
      displayLoopMax: displayReport.loopMax,
      scheduleLagMax: run.lagMax,
      serverCpuPct,
      clientCpuPct,
      probe,
      breakdown,
      journal: { bytes: journalBytes, configEvents, configBytes },
      setupSeconds,
      notes,
    };
  } finally {
    rss?.stop();
    for (const s of sockets) s.disconnect();
    for (const c of children) c.kill();
    await server?.stop();
    await removeDir(dataDir);
  }
}

export function printCallResult(r: CallBenchResult, log: (l: string) => void = console.log): void {
  const d = r.delivery;
  log('── call → display ──');
  log(
    `clients: ${r.clerkSockets} counter clients (${r.callingClerks} with a counter, ${r.counters} counters), ${r.displays} displays, ${r.kiosks} kiosks`,
  );
  log(`calls: ${r.callsSent} sent in ${r.seconds} s, ${r.callsWithTicket} called a ticket, ${r.emptyCalls} found nobody waiting, ${r.callErrors} errors`);
  log(`deliveries (call × display): count ${d.count}  p50 ${ms(d.p50)}  p99 ${ms(d.p99)}  max ${ms(d.max)}  mean ${ms(d.mean)}`);
  log(`lost: ${r.lost} calls some display never got (${r.missingDeliveries} missing deliveries)`);
  log(`callNext ack: p50 ${ms(r.ack.p50)}  p99 ${ms(r.ack.p99)}  max ${ms(r.ack.max)}`);
  log(`kiosks issued ${r.issued} tickets (${r.issueErrors} errors); server peak RSS ${mb(r.peakRss)}`);
  log(
    `today's journal ${mb(r.journal.bytes)}, of which ${r.journal.configEvents} config.changed events (setup: staff, counters, devices) ${mb(r.journal.configBytes)}`,
  );
  log(
    `CPU during the run: server ${r.serverCpuPct.toFixed(0)}% of a core, bench clients ${r.clientCpuPct.toFixed(0)}% (3 processes); ` +
      `event-loop delay p99/max: display clients ${ms(r.displayLoopP99)}/${ms(r.displayLoopMax)}, ` +
      `calling clerks+kiosks ${ms(r.clientLoopP99)}/${ms(r.clientLoopMax)}; worst schedule lag ${ms(r.scheduleLagMax)}`,
  );
  if (r.probe) log(probeLine(r.probe));
  for (const [name, st] of r.breakdown ?? []) log(`  ${name}: p50 ${ms(st.p50)}  p99 ${ms(st.p99)}  max ${ms(st.max)}`);
  for (const n of r.notes) log(`note: ${n}`);
  log(`target p99 < ${CALL_TARGET_P99_MS} ms: ${d.p99 < CALL_TARGET_P99_MS && r.lost === 0 ? 'PASS' : 'FAIL'}${r.lost ? ' (calls lost)' : ''}`);
}

if (isMain(import.meta.url)) {
  console.log(environmentLine());
  try {
    printCallResult(await runCallToDisplay());
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
}
