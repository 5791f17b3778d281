// Bench: the central desk draining offices after an outage, then following them live.
//
// 1. Catch-up: 100 offices, each with a day of a busy office's journal (~2,000 events:
//    ticket.issued → called → finished, bench/history.ts) that central has never seen.
//    All 100 sync clients start at once; the figure is events committed at central per
//    second, from the clients' start until the last office's last batch is acknowledged
//    (central acks only after its transaction commits).
// 2. Live: every office journals new events (group commit + fdatasync, the office's own
//    Journal) at BENCH_LIVE_RATE events/s in total for BENCH_SECONDS; the lag of each event
//    is from its journal write being durable to central's ack of the batch holding it
//    (commit + the ack's way back: an upper bound on "committed at central").
//
// Central runs as a child process (`node --import tsx central/src/main.ts`) on a fresh
// PostgreSQL database (dropped at the end), with the Redis adapter if Redis answers;
// the 100 sync clients run in this process.
//
//   node --import tsx bench/central-catchup.ts
//   env: BENCH_CENTRAL_OFFICES (100), BENCH_CENTRAL_TICKETS (664 → 1,999 events per office),
//        BENCH_LIVE_RATE (200), BENCH_SECONDS (30), BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/test),
//        BENCH_REDIS_URL (redis://127.0.0.1:6379; empty for none), BENCH_TMPDIR
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { officeDay, type Ticket } from '@desk/common';
import { Journal, type JournalRecord } from '../server/src/storage/journal';
import { FileCheckpointStore, FileJournalSource, SyncClient } from '../server/src/sync/index';
import { writeYearHistory } from './history';
import { benchDatabase, cpuSecondsOf, environmentLine, envNumber, HOST, isMain, mb, ms, nowMs, pool, removeDir, repoRoot, RssSampler, sleep, stats, tempDir, type Stats } from './lib';

export const CATCHUP_TARGET_EVENTS_PER_SECOND = 5000;
export const LIVE_TARGET_P99_MS = 1000;
const ADMIN = `bench-${randomBytes(12).toString('hex')}`;

export interface CatchupResult {
  offices: number;
  events: number;
  bytes: number;
  seconds: number;
  eventsPerSecond: number;
  batches: number;
  live: Stats;
  liveEvents: number;
  liveRate: number;
  centralPeakRss: number;
  centralCpuSeconds: number;
  pgDatabaseBytes: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function redisAnswers(url: string): Promise<boolean> {
  if (!url) return false;
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

async function startCentral(port: number, pgUrl: string, redisUrl: string): Promise<{ child: ChildProcess; url: string; exit: Promise<void>; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'central/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST, DESK_PG_URL: pgUrl, DESK_REDIS_URL: redisUrl, DESK_CENTRAL_ADMIN_TOKEN: ADMIN, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  process.once('SIGINT', () => child.kill('SIGKILL'));
  const url = `http://${HOST}:${port}`;
  for (;;) {
    if (exited) throw new Error(`central exited before it was ready:\n${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url, exit, output: () => out };
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
}

function liveRecord(seq: number, day: string, n: number): JournalRecord {
  const at = new Date().toISOString();
  const ticket: Ticket = { id: randomUUID(), day, order: n, serviceId: 's01', prefix: 'الف', number: 100 + (n % 900), channel: 'kiosk', status: 'waiting', issuedAt: at, queueKey: Date.now(), recalls: 0, transfers: 0 };
  return { seq, id: randomUUID(), type: 'ticket.issued', at, day, actor: { kind: 'device', id: 'k1', role: 'kiosk' }, commandId: randomUUID(), ticket, answer: { ticket, ahead: 0, waitMinutes: 0 } };
}

export async function runCentralCatchup(log: (line: string) => void = console.log): Promise<CatchupResult> {
  const offices = envNumber('BENCH_CENTRAL_OFFICES', 100);
  const tickets = envNumber('BENCH_CENTRAL_TICKETS', 664);
  const liveRate = envNumber('BENCH_LIVE_RATE', 200);
  const seconds = envNumber('BENCH_SECONDS', 30);
  const pgBase = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const redisWanted = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisUrl = (await redisAnswers(redisWanted)) ? redisWanted : '';

  const db = await benchDatabase(pgBase);
  const pgUrl = db.url;
  const root = await tempDir('central');
  const clients: SyncClient[] = [];
  const journals: Journal[] = [];
  let central: Awaited<ReturnType<typeof startCentral>> | undefined;
  try {
    log(`central bench: ${offices} offices × ~${tickets * 3 + 7} events, then live at ${liveRate} events/s for ${seconds} s; redis ${redisUrl ? 'on' : 'off'}`);
    const written = performance.now();
    const infos = await pool(
      Array.from({ length: offices }, (_, i) => i),
      4,
      async (i) => writeYearHistory(join(root, `o${i}`), { days: 1, tickets, seed: 1000 + i }),
    );
    const totalEvents = infos.reduce((n, h) => n + h.events, 0);
    const totalBytes = infos.reduce((n, h) => n + h.bytes, 0);
    log(`  journals written: ${totalEvents} events, ${mb(totalBytes)} in ${((performance.now() - written) / 1000).toFixed(1)} s`);

    central = await startCentral(await freePort(), pgUrl, redisUrl);
    const rss = new RssSampler(central.child.pid!);
    const cpu0 = cpuSecondsOf(central.child.pid!);
    const tokens: string[] = [];
    for (let i = 0; i < offices; i++) {
      const res = await fetch(`${central.url}/api/admin/offices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
        body: JSON.stringify({ id: `bench-${i}`, name: `ادارهٔ ${i}`, province: `استان ${i % 31}`, agency: `دستگاه ${i % 7}` }),
      });
      tokens.push(((await res.json()) as { token: string }).token);
    }

    // 1. catch-up
    let batches = 0;
    const t0 = performance.now();
    for (let i = 0; i < offices; i++) {
      const dir = join(root, `o${i}`);
      const client = new SyncClient({
        url: central.url,
        officeId: `bench-${i}`,
        token: tokens[i]!,
        streams: [{ stream: 'queue', source: new FileJournalSource(join(dir, 'journal')), head: infos[i]!.lastSeq }],
        checkpoint: new FileCheckpointStore(join(dir, 'sync.json')),
      });
      let last = 0;
      client.onStatus((s) => {
        if (s.lastAckedSeq !== last) {
          last = s.lastAckedSeq;
          batches++;
        }
      });
      clients.push(client);
    }
    await Promise.all(clients.map((c) => c.start()));
    while (clients.some((c) => c.status().waiting > 0)) await sleep(5);
    const catchupSeconds = (performance.now() - t0) / 1000;
    const eventsPerSecond = totalEvents / catchupSeconds;
    log(`  catch-up: ${totalEvents} events in ${catchupSeconds.toFixed(2)} s = ${Math.round(eventsPerSecond)} events/s (${batches} batches)`);

    const check = new pg.Client({ connectionString: pgUrl });
    await check.connect();
    const stored = await check.query<{ n: string; d: string }>('SELECT count(*) AS n, count(DISTINCT id) AS d FROM events');
    if (Number(stored.rows[0]!.n) !== totalEvents || Number(stored.rows[0]!.d) !== totalEvents) throw new Error(`central holds ${stored.rows[0]!.n} events, expected ${totalEvents}`);

    // 2. live
    const today = officeDay(new Date());
    const pending = new Map<string, number>(); // `${office}:${seq}` → durable time
    const lags: number[] = [];
    for (let i = 0; i < offices; i++) {
      const journal = new Journal(join(root, `o${i}`, 'journal'));
      await journal.init();
      journals.push(journal);
      const client = clients[i]!;
      let acked = infos[i]!.lastSeq;
      client.onStatus((s) => {
        const now = nowMs();
        for (let seq = acked + 1; seq <= s.lastAckedSeq; seq++) {
          const t = pending.get(`${i}:${seq}`);
          if (t !== undefined) {
            lags.push(now - t);
            pending.delete(`${i}:${seq}`);
          }
        }
        acked = Math.max(acked, s.lastAckedSeq);
      });
    }
    const seqs = infos.map((h) => h.lastSeq);
    const interval = 1000 / liveRate;
    const total = Math.round(liveRate * seconds);
    const start = performance.now();
    const writes: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const due = start + n * interval;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const i = n % offices;
      const seq = ++seqs[i]!;
      writes.push(
        journals[i]!.append([liveRecord(seq, today, n)]).then(() => {
          pending.set(`${i}:${seq}`, nowMs());
          clients[i]!.notify('queue', seq);
        }),
      );
    }
    await Promise.all(writes);
    while (pending.size > 0) await sleep(10);
    const live = stats(lags);
    rss.stop();
    log(`  live: ${live.count} events, durable at office → acked by central p50 ${ms(live.p50)} / p99 ${ms(live.p99)} / max ${ms(live.max)}`);
    const size = await check.query<{ s: string }>('SELECT pg_database_size(current_database()) AS s');
    await check.end();
    return {
      offices,
      events: totalEvents,
      bytes: totalBytes,
      seconds: catchupSeconds,
      eventsPerSecond,
      batches,
      live,
      liveEvents: total,
      liveRate,
      centralPeakRss: rss.peak,
      centralCpuSeconds: cpuSecondsOf(central.child.pid!) - cpu0,
      pgDatabaseBytes: Number(size.rows[0]!.s),
    };
  } finally {
    await Promise.all(clients.map((c) => c.stop()));
    for (const j of journals) await j.close();
    if (central) {
      central.child.kill('SIGTERM');
      await central.exit;
    }
    await db.drop();
    await removeDir(root);
  }
}

export function printCatchupResult(r: CatchupResult): void {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('\n| measure | measured | target | result |');
  console.log('|---|---|---|---|');
  console.log(`| catch-up (${r.offices} offices × ${Math.round(r.events / r.offices)} events, ${mb(r.bytes)}) | ${Math.round(r.eventsPerSecond)} events/s (${r.seconds.toFixed(2)} s) | > ${CATCHUP_TARGET_EVENTS_PER_SECOND} events/s | ${verdict(r.eventsPerSecond > CATCHUP_TARGET_EVENTS_PER_SECOND)} |`);
  console.log(`| live sync lag, durable → acked (n=${r.live.count}, ${r.liveRate}/s) | p50 ${ms(r.live.p50)} / p99 ${ms(r.live.p99)} / max ${ms(r.live.max)} | p99 < ${LIVE_TARGET_P99_MS} ms | ${verdict(r.live.p99 < LIVE_TARGET_P99_MS)} |`);
  console.log(`| central: peak RSS / CPU | ${mb(r.centralPeakRss)} / ${r.centralCpuSeconds.toFixed(1)} s | (info) | |`);
  console.log(`| PostgreSQL database size after the run | ${mb(r.pgDatabaseBytes)} | (info) | |`);
}

if (isMain(import.meta.url)) {
  console.log(`bench start: ${environmentLine()}`);
  try {
    printCatchupResult(await runCentralCatchup());
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
}
