// Twenty offices stream their events to the central desk while the network between
// them is cut (reset, black-holed, answers lost, connections stalled) and restored, while the central node is
// killed with SIGKILL (once mid-stream, once mid-catch-up) and restarted, and while
// some offices restart their sync. Afterwards central holds exactly each office's
// journal — every seq once, the same ids — and its figures equal the offices' own.
import { describe, it, expect, afterAll } from 'vitest';
import pg from 'pg';
import { officeDay } from '@desk/common';
import type { SyncErrorCode } from '../../server/src/sync/protocol';
import type { FiguresReport, OfficeOverview } from '../src/reports';
import { api, createTestDatabase, freePort, registerOffice, sleep, startCentralChild, until, type CentralChild, type TestDatabase } from './helpers';
import { SimOffice } from './sim-office';
import { TcpProxy } from './tcp-proxy';

const OFFICES = 20;
let db: TestDatabase | undefined;
let central: CentralChild | undefined;
let proxy: TcpProxy | undefined;
const sims: SimOffice[] = [];

afterAll(async () => {
  for (const s of sims) await s.close();
  await proxy?.close();
  central?.child.kill('SIGKILL');
  await central?.exited;
  await db?.drop();
});

describe('offices syncing through outages', () => {
  it('20 offices, cut and restored network, central killed and restarted: nothing lost, nothing counted twice', { timeout: 600_000 }, async () => {
    db = await createTestDatabase();
    const port = await freePort();
    const pgUrl = db.url;
    central = await startCentralChild({ port, pgUrl });
    proxy = await TcpProxy.start(() => port);

    const seen = new Set<SyncErrorCode>();
    for (let i = 0; i < OFFICES; i++) {
      const id = `office-${String(i + 1).padStart(2, '0')}`;
      const token = await registerOffice(central.url, id, i % 2 ? 'مازندران' : 'گیلان', i % 3 ? 'وزارت کشور' : 'ثبت احوال');
      const sim = await SimOffice.open(id, 1000 + i);
      sims.push(sim);
      (sim as SimOffice & { token: string }).token = token;
    }
    const syncConfig = (sim: SimOffice) => ({
      url: proxy!.url,
      token: (sim as SimOffice & { token: string }).token,
      batchEvents: 100,
      ackTimeoutMs: 3000,
      backoffMinMs: 200,
      backoffMaxMs: 1500,
    });
    const watch = (sim: SimOffice) => sim.sync!.onStatus((s) => s.lastError && seen.add(s.lastError.code));
    for (const sim of sims) {
      await sim.startSync(syncConfig(sim));
      watch(sim);
    }

    // the lobbies: every office keeps working through everything below
    let running = true;
    let stepsDuringCut = 0;
    let cutNow = false;
    const lobbies = sims.map(async (sim, i) => {
      while (running) {
        await sim.step();
        if (cutNow) stepsDuringCut++;
        await sleep(30 + ((i * 7) % 40));
      }
    });

    await until(() => sims.every((s) => s.sync!.status().connected));
    await sleep(2000);
    // 1. the network is cut (connections reset, new ones refused)
    proxy.cut('reset');
    cutNow = true;
    await sleep(2500);
    // the offices serve on through the cut (waited for, not timed: a disk busy with
    // someone else's fsyncs may hold a journal write for seconds)
    await until(() => stepsDuringCut > 0);
    const during = sims.map((s) => s.sync!.status());
    expect(during.every((s) => !s.connected)).toBe(true);
    expect(during.some((s) => s.waiting > 0)).toBe(true);
    expect(during.every((s) => s.lastError !== null)).toBe(true);
    cutNow = false;
    proxy.restore();
    await sleep(2000);

    // 2. the central node dies mid-stream and comes back
    central.child.kill('SIGKILL');
    await central.exited;
    await sleep(1500);
    central = await startCentralChild({ port, pgUrl });
    await sleep(2000);

    // 3. the network black-holes: answers in flight never come, clients time out and reconnect;
    //    when it is restored everything held goes through at once
    await until(() => sims.every((s) => s.sync!.status().connected));
    proxy.cut('blackhole');
    await sleep(4500);
    proxy.restore();
    await sleep(1500);

    // 4. central's answers are lost (it committed, the offices never hear it): on reconnecting
    //    they must take central's position, not their own
    await until(() => sims.every((s) => s.sync!.status().connected));
    proxy.cut('replies');
    await sleep(4000);
    proxy.restore();
    await sleep(1500);

    // 5. the open connections stall while new ones pass: offices time out, reconnect and go on;
    //    when the stalled connections wake, stale batches may reach central as duplicates
    await until(() => sims.every((s) => s.sync!.status().connected));
    await sleep(500);
    proxy.cut('stall');
    await sleep(4000);
    proxy.restore();
    await sleep(1500);

    // 6. a long cut, then central is killed while the offices are catching up
    proxy.cut('reset');
    await sleep(3000);
    proxy.restore();
    await until(() => sims.some((s) => s.sync!.status().connected));
    await sleep(150);
    central.child.kill('SIGKILL');
    await central.exited;
    await sleep(1000);
    central = await startCentralChild({ port, pgUrl });

    // 7. five offices restart (their sync resumes from sync.json and central's position)
    for (const sim of sims.slice(0, 5)) {
      await sim.stopSync();
      await sim.startSync(syncConfig(sim));
      watch(sim);
    }
    await sleep(2000);
    running = false;
    await Promise.all(lobbies);

    await until(() => sims.every((s) => s.sync!.status().connected && s.sync!.status().waiting === 0), 200);
    expect(seen.has('sync.unreachable')).toBe(true);
    expect(seen.has('sync.timeout')).toBe(true);

    // every journal, exactly once, in order
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    let journaled = 0;
    try {
      for (const sim of sims) {
        const journal = [];
        for (const day of await sim.store.journalDays()) journal.push(...(await sim.store.readJournal(day)));
        journaled += journal.length;
        const { rows } = await client.query<{ seq: string; id: string }>(
          "SELECT seq, id::text AS id FROM events WHERE office_id = $1 AND stream = 'queue' ORDER BY seq",
          [sim.id],
        );
        expect(rows.length).toBe(sim.office.seq);
        expect(rows.map((r) => [Number(r.seq), r.id])).toEqual(journal.map((r) => [r.seq, r.id]));
      }
      const dup = await client.query<{ n: string; d: string }>('SELECT count(*) AS n, count(DISTINCT id) AS d FROM events');
      expect(Number(dup.rows[0]!.n)).toBe(journaled);
      expect(Number(dup.rows[0]!.d)).toBe(journaled);
    } finally {
      await client.end();
    }

    // central's figures equal each office's own, and so do the totals
    const today = officeDay(new Date());
    const report = await api<FiguresReport>(central.url, 'GET', `/reports/figures?from=${today}&to=${today}`);
    expect(report.status).toBe(200);
    const total = { issued: 0, waiting: 0, called: 0, serving: 0, served: 0, noShow: 0 };
    for (const sim of sims) {
      const own = sim.figures();
      const row = report.json.offices.find((o) => o.id === sim.id)!;
      expect({ issued: row.issued, waiting: row.waiting, called: row.called, serving: row.serving, served: row.served, noShow: row.noShow }).toEqual(own);
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += own[k];
    }
    expect(report.json.total).toMatchObject(total);
    expect(report.json.total.events).toBe(journaled);
    expect(total.issued).toBeGreaterThan(OFFICES * 10);

    // Whatever arrived twice (late batches from stalled connections) was stored once: the
    // counts above. Whether a late duplicate arrives at all is timing: an office sends its
    // next batch only after the last is acknowledged, so only one idle at the stall's start
    // puts a batch on the stalled path, and an office that times out may drop that socket
    // before the path wakes. Asserting one arrived failed 1 of 4 CI runs (and 2 of 3 runs of
    // this file alone) with everything stored exactly once, so it is not asserted here;
    // central/test/ingest.test.ts sends known batches on purpose and checks they are stored once.
    const offices = await api<{ offices: OfficeOverview[] }>(central.url, 'GET', '/offices');
    for (const o of offices.json.offices) expect(o.sync.queue).toMatchObject({ behind: 0, events: sims.find((s) => s.id === o.id)!.office.seq });
  });
});
