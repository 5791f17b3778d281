// Bench: reports over offices at the central desk — the office's report engine reading
// each office's events from PostgreSQL (central/src/reports/pg-days.ts) instead of its
// journal files. Each office gets a busy office's history (bench/history.ts), loaded
// into a fresh database's events table (monthly partitions) as ingestion stores it;
// then the same report is timed on the office's own journal folder and at central:
// reading alone (the DaySource: rows → journal lines), one office's report, and every
// office's report with their total side by side. The figures must be the same.
//
//   node --import tsx bench/central-reports.ts
//   env: BENCH_CENTRAL_REPORT_OFFICES (2), BENCH_CENTRAL_REPORT_DAYS (40), BENCH_CENTRAL_REPORT_TICKETS (80000 per office),
//        BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/test), BENCH_TMPDIR
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { jalaliOfDay } from '../common/src/reports/calendar';
import type { ReportRequest } from '../common/src/reports/types';
import { runReport, stopReportWorker } from '../server/src/reports/run';
import { QUEUE_EVENT_TYPES } from '../server/src/reports/sources';
import { createPool } from '../central/src/db/pool';
import { migrate } from '../central/src/db/schema';
import { Registry } from '../central/src/registry';
import { PgEventDays } from '../central/src/reports/pg-days';
import { runCentralReport, stopCentralReportWorker } from '../central/src/reports/run';
import { ensurePartitions } from '../central/src/retention/partitions';
import { writeYearHistory, type HistoryInfo } from './history';
import { benchDatabase, environmentLine, envNumber, isMain, mb, removeDir, tempDir } from './lib';

const INSERT_BATCH = 5000;

/** An office's journal into the events table, as ingestion stores it (the commands' answers stay at the office). */
async function load(pool: pg.Pool, officeId: string, dataDir: string): Promise<number> {
  const dir = join(dataDir, 'journal');
  let n = 0;
  for (const name of (await readdir(dir)).sort()) {
    const lines = (await readFile(join(dir, name), 'utf8')).split('\n').filter(Boolean);
    for (let i = 0; i < lines.length; i += INSERT_BATCH) {
      const events = lines.slice(i, i + INSERT_BATCH).map((l) => {
        const { answer: _a, ...event } = JSON.parse(l) as { answer?: unknown; day: string };
        return event;
      });
      await ensurePartitions(pool, [events[0]!.day]);
      await pool.query(
        `INSERT INTO events (office_id, stream, seq, id, type, day, at, payload)
         SELECT $1, 'queue', (e->>'seq')::bigint, (e->>'id')::uuid, e->>'type', (e->>'day')::date, (e->>'at')::timestamptz, e
         FROM jsonb_array_elements($2::jsonb) AS e`,
        [officeId, JSON.stringify(events)],
      );
      n += events.length;
    }
  }
  return n;
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;

export async function runCentralReportsBench(log: (line: string) => void = console.log): Promise<void> {
  const offices = envNumber('BENCH_CENTRAL_REPORT_OFFICES', 2);
  const days = envNumber('BENCH_CENTRAL_REPORT_DAYS', 40);
  const tickets = envNumber('BENCH_CENTRAL_REPORT_TICKETS', 80_000);
  const pgBase = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const db = await benchDatabase(pgBase);
  const pool = createPool(db.url, 4);
  const dirs: string[] = [];
  try {
    log(environmentLine());
    log(`central reports bench: ${offices} offices × ${tickets} tickets over ${days} office days`);
    await migrate(pool);
    const registry = new Registry(pool);
    const histories: HistoryInfo[] = [];
    for (let i = 0; i < offices; i++) {
      const dir = await tempDir(`central-reports-${i}`);
      dirs.push(dir);
      histories.push(await writeYearHistory(dir, { days, tickets, seed: 2000 + i }));
      await registry.register({ id: `bench-${i}`, name: `ادارهٔ ${i + 1}`, province: 'مازندران', agency: 'وزارت کشور' });
      const t0 = performance.now();
      const n = await load(pool, `bench-${i}`, dir);
      log(`  office ${i + 1}: ${histories[i]!.events} events, ${mb(histories[i]!.bytes)} of journal; loaded into PostgreSQL in ${seconds(t0).toFixed(1)} s (${n} events)`);
    }
    await pool.query('VACUUM ANALYZE events');
    const h = histories[0]!;
    const request: ReportRequest = { period: { kind: 'custom', from: jalaliOfDay(h.firstDay), to: jalaliOfDay(h.lastDay) } };

    log('── one office, the whole period ──');
    let t0 = performance.now();
    const own = await runReport(request, { dataDir: dirs[0]!, runIn: 'worker' });
    log(`office engine on its journal files (worker)   ${seconds(t0).toFixed(2).padStart(6)} s  (${own.stats.lines} lines, ${mb(own.stats.bytes)})`);

    const source = new PgEventDays(pool, 'bench-0', 'queue', QUEUE_EVENT_TYPES);
    t0 = performance.now();
    let lines = 0;
    let bytes = 0;
    for (const d of await source.days(h.firstDay, h.lastDay)) {
      for await (const chunk of source.read(d.day)) {
        bytes += chunk.length;
        for (let p = chunk.indexOf(10); p >= 0; p = chunk.indexOf(10, p + 1)) lines++;
      }
    }
    const read = seconds(t0);
    log(`PostgreSQL → journal lines, reading alone      ${read.toFixed(2).padStart(6)} s  (${lines} lines, ${mb(bytes)}; ${Math.round(lines / read)} events/s)`);

    t0 = performance.now();
    const one = await runCentralReport({ offices: { officeIds: ['bench-0'] }, report: request }, { pool, pgUrl: db.url });
    log(`central, this office (worker)                  ${seconds(t0).toFixed(2).padStart(6)} s  (${one.stats.lines} lines; ${Math.round(one.stats.lines / seconds(t0))} events/s)`);
    const same = isDeepStrictEqual(one.offices[0]!.result.tables, own.tables);
    log(`  same figures as the office's own report: ${same ? 'yes' : 'NO'}`);

    if (offices > 1) {
      log(`── ${offices} offices side by side, with their total ──`);
      t0 = performance.now();
      const all = await runCentralReport({ offices: { province: 'مازندران' }, report: request }, { pool, pgUrl: db.url });
      log(`central, ${offices} offices + total (worker)        ${seconds(t0).toFixed(2).padStart(6)} s  (${all.stats.lines} lines read; ${all.comparison.length} tables side by side)`);
    }
    if (!same) process.exitCode = 1;
  } finally {
    await stopReportWorker();
    await stopCentralReportWorker();
    await pool.end();
    for (const d of dirs) await removeDir(d);
    await db.drop();
  }
}

if (isMain(import.meta.url)) await runCentralReportsBench();
