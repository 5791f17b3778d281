// Bench: oversight's self-assessment over a province of offices with a quarter of case
// events each, in PostgreSQL.
//
// 1. Write: BENCH_OVERSIGHT_OFFICES offices, each with summer 1405 (92 days) of cases,
//    BENCH_OVERSIGHT_CASES a day, written as the case engine journals them (every event
//    carries the whole case) and stored as ingestion stores them (events.payload jsonb).
// 2. Cold: the province summary (self-assessment of every office for the quarter) with
//    nothing folded yet: every case event is read once and folded into per-day facts.
// 3. Warm: the same summary again, and one office's self-assessment (p50 / max over all).
// 4. Incremental: one more day of cases arrives at every office; the summary again.
//
//   node --import tsx bench/oversight.ts
//   env: BENCH_OVERSIGHT_OFFICES (50), BENCH_OVERSIGHT_CASES (25 a day per office),
//        BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/test)
import pg from 'pg';
import { createPool } from '../central/src/db/pool';
import { migrate } from '../central/src/db/schema';
import { Inspections } from '../central/src/oversight/inspections';
import { parseQuarter, quarterPeriod } from '../central/src/oversight/quarter';
import { readSelfAssessment } from '../central/src/oversight/read';
import { ensurePartitions } from '../central/src/retention/partitions';
import { provinceSummary } from '../central/src/oversight/summary';
import { CaseJournal, tehran } from '../central/test/oversight-fixtures';
import { prng } from './history';
import { benchDatabase, environmentLine, envNumber, mb, nowMs, stats } from './lib';

const OFFICES = envNumber('BENCH_OVERSIGHT_OFFICES', 50);
const CASES_PER_DAY = envNumber('BENCH_OVERSIGHT_CASES', 25);
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PROVINCE = 'مازندران';
const HOUR = 3_600_000;

const at = (base: string, hours: number) => new Date(Date.parse(base) + hours * HOUR).toISOString();

/** A day of an office's cases: most answered, some asked for more, a few with a visit. */
function dayOfCases(j: CaseJournal, rand: () => number, jalaliDay: string): void {
  for (let i = 0; i < CASES_PER_DAY; i++) {
    const r = rand();
    const start = tehran(`${jalaliDay} ${String(8 + Math.floor(rand() * 6)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`);
    const channel = r < 0.45 ? 'web' : r < 0.6 ? 'kiosk' : 'counter';
    const story = j.submit({ at: start, channel, documents: Math.floor(rand() * 3), serviceId: `s${String(1 + Math.floor(rand() * 38)).padStart(2, '0')}` });
    if (rand() < 0.2) story.requestInfo(at(start, 2)).answerInfo(at(start, 20), rand() < 0.6 ? 'web' : 'desk');
    if (rand() < 0.1) story.appointment(at(start, 3), at(start, 48), { bring: ['اصل مدرک'] }).checkIn(at(start, 48.1), 'desk');
    if (rand() < 0.05) {
      story.withdraw(at(start, 30));
      continue;
    }
    story.workUntilResponse(at(start, 24));
    if (rand() < 0.85) {
      story.respond(at(start, 24 + rand() * 72));
      if (rand() < 0.7) story.acknowledge(at(start, 100), rand() < 0.5 ? 'web' : 'desk');
      if (rand() < 0.35) story.survey(at(start, 101), rand() < 0.7 ? 'web' : 'kiosk');
    }
  }
}

/** Stores the events the journal has taken since the last call, as ingestion does. */
async function store(pool: pg.Pool, officeId: string, j: CaseJournal): Promise<{ bytes: number; events: number }> {
  const events = j.take();
  await ensurePartitions(pool, events.map((e) => e.day));
  let bytes = 0;
  for (let i = 0; i < events.length; i += 1000) {
    const batch = JSON.stringify(events.slice(i, i + 1000));
    bytes += batch.length;
    await pool.query(
      `INSERT INTO events (office_id, stream, seq, id, type, day, at, payload)
       SELECT $1, 'cases', (e->>'seq')::bigint, (e->>'id')::uuid, e->>'type', (e->>'day')::date, (e->>'at')::timestamptz, e
       FROM jsonb_array_elements($2::jsonb) AS e`,
      [officeId, batch],
    );
  }
  const last = events[events.length - 1]?.seq ?? 0;
  await pool.query("UPDATE office_sync SET last_seq = $2, head_seq = $2, events = events + $3 WHERE office_id = $1 AND stream = 'cases'", [officeId, last, events.length]);
  return { bytes, events: events.length };
}

async function main(): Promise<void> {
  const db = await benchDatabase(PG_BASE, 'bench_oversight');
  const pool = createPool(db.url, 4);
  try {
    await migrate(pool);
    const quarter = parseQuarter('1405-Q2')!;
    const period = quarterPeriod(quarter);
    const offices = Array.from({ length: OFFICES }, (_, i) => ({ id: `office-${String(i + 1).padStart(3, '0')}`, name: `ادارهٔ ${i + 1}`, province: PROVINCE, agency: 'وزارت کشور' }));
    const journals = new Map<string, { j: CaseJournal; rand: () => number }>();

    console.log(`oversight bench: ${OFFICES} offices × ${period.label} (92 days) × ${CASES_PER_DAY} cases a day`);
    console.log(environmentLine());
    let t = nowMs();
    let bytes = 0;
    for (const [n, o] of offices.entries()) {
      await pool.query('INSERT INTO offices (id, name, province, agency) VALUES ($1, $2, $3, $4)', [o.id, o.name, o.province, o.agency]);
      await pool.query("INSERT INTO office_sync (office_id, stream) VALUES ($1, 'queue'), ($1, 'cases')", [o.id]);
      const rand = prng(n + 1);
      const j = new CaseJournal(rand);
      // Tir, Mordad and Shahrivar have 31 days each; a month at a time keeps memory small
      for (let m = 4; m <= 6; m++) {
        for (let d = 1; d <= 31; d++) dayOfCases(j, rand, `1405/0${m}/${String(d).padStart(2, '0')}`);
        bytes += (await store(pool, o.id, j)).bytes;
      }
      journals.set(o.id, { j, rand });
    }
    const { rows: count } = await pool.query<{ n: number }>("SELECT count(*)::bigint AS n FROM events WHERE stream = 'cases'");
    const events = count[0]!.n;
    const size = (await pool.query<{ s: number }>('SELECT pg_database_size(current_database()) AS s')).rows[0]!.s;
    console.log(`  written: ${events.toLocaleString('en')} case events (${mb(bytes)} of JSON, database ${mb(size)}) in ${((nowMs() - t) / 1000).toFixed(1)} s`);

    const inspections = new Inspections(pool);
    const now = new Date(tehran('1405/07/10 10:00'));
    t = nowMs();
    const cold = await provinceSummary(pool, inspections, PROVINCE, offices, quarter, now);
    const coldMs = nowMs() - t;
    console.log(`  cold summary (fold every event once): ${(coldMs / 1000).toFixed(2)} s — ${Math.round(events / (coldMs / 1000)).toLocaleString('en')} events/s`);

    t = nowMs();
    const warm = await provinceSummary(pool, inspections, PROVINCE, offices, quarter, now);
    const warmMs = nowMs() - t;
    console.log(`  warm summary (${warm.offices.length} offices × 12 criteria): ${warmMs.toFixed(1)} ms`);
    const single: number[] = [];
    for (const o of offices) {
      const s = nowMs();
      await readSelfAssessment(pool, o, period, now);
      single.push(nowMs() - s);
    }
    const st = stats(single);
    console.log(`  one office's self-assessment, warm: p50 ${st.p50.toFixed(1)} ms, max ${st.max.toFixed(1)} ms`);

    // a day of autumn arrives at every office
    let fresh = 0;
    for (const o of offices) {
      const { j, rand } = journals.get(o.id)!;
      dayOfCases(j, rand, '1405/07/01');
      fresh += (await store(pool, o.id, j)).events;
    }
    t = nowMs();
    await provinceSummary(pool, inspections, PROVINCE, offices, parseQuarter('1405-Q3')!, now);
    console.log(`  incremental: ${fresh.toLocaleString('en')} new events at ${OFFICES} offices folded and summed in ${(nowMs() - t).toFixed(1)} ms`);
    const c2 = cold.offices[0]!.statuses;
    console.log(`  (office-001 statuses: ${Object.entries(c2).map(([k, v]) => `${k}=${v}`).join(' ')})`);
  } finally {
    await pool.end();
    await db.drop();
  }
}

await main();
