// The events table by month: each event lands in its month's partition (made on demand
// for an office's old history), a batch sent again still counts once, retention drops
// only whole months past the kept ones — after their day figures are kept, rebuilt from
// the events where they were missing — and a database from before partitioning keeps
// its rows through the migration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { officeDay, type Ticket, type TicketStatus } from '@desk/common';
import type { EventsBatch, SyncRecord } from '../../server/src/sync/protocol';
import { createPool } from '../src/db/pool';
import { migrate, MIGRATIONS } from '../src/db/schema';
import { ingestBatch } from '../src/ingest';
import type { OfficeIdentity } from '../src/registry';
import { applyRetention, listPartitions } from '../src/retention/index';
import { startCentralServer, type RunningCentral } from '../src/server';
import { ADMIN_TOKEN, createTestDatabase, type TestDatabase } from './helpers';

let db: TestDatabase;
let central: RunningCentral;
let office: OfficeIdentity;

beforeAll(async () => {
  db = await createTestDatabase();
  central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
  const made = await central.registry.register({ id: 'ret-office', name: 'ادارهٔ نگهداری', province: 'مازندران', agency: 'وزارت کشور' });
  office = (await central.registry.authenticate('ret-office', made!.token))!;
});

afterAll(async () => {
  await central?.close();
  await db?.drop();
});

/** One ticket's visit on `day`: issued, then each later status in turn, a minute apart. */
function visit(day: string, statuses: TicketStatus[]): Omit<SyncRecord, 'seq'>[] {
  const id = randomUUID();
  const at = (minute: number) => `${day}T06:${String(minute).padStart(2, '0')}:00.000Z`;
  let ticket: Ticket = { id, day, order: 1, serviceId: 's01', prefix: 'الف', number: 101, channel: 'kiosk', status: 'waiting', issuedAt: at(0), queueKey: 1, recalls: 0, transfers: 0 };
  const events: Omit<SyncRecord, 'seq'>[] = [{ id: randomUUID(), type: 'ticket.issued', at: at(0), day, actor: { kind: 'device', id: 'k1' }, ticket }];
  statuses.forEach((status, i) => {
    const minute = 2 * (i + 1);
    ticket = {
      ...ticket,
      status,
      ...(status === 'called' ? { calledAt: at(minute), counterId: 'c1' } : {}),
      ...(status === 'serving' ? { servingAt: at(minute) } : {}),
      ...(status === 'done' || status === 'noShow' ? { finishedAt: at(minute) } : {}),
    };
    const type = { waiting: 'ticket.transferred', called: 'ticket.called', serving: 'ticket.serving', done: 'ticket.finished', noShow: 'ticket.noShow' }[status];
    events.push({ id: randomUUID(), type, at: at(minute), day, actor: { kind: 'staff', id: 'clerk-1' }, ticket });
  });
  return events;
}

let seq = 0;
const numbered = (events: Omit<SyncRecord, 'seq'>[]): SyncRecord[] => events.map((e) => ({ ...e, seq: ++seq }) as SyncRecord);
const batch = (events: SyncRecord[], after: number): EventsBatch => ({ stream: 'queue', after, head: events[events.length - 1]!.seq, tail: true, events });

const DAYS = ['2025-11-20', '2025-12-03', '2025-12-28', '2026-01-15'];
const sent: SyncRecord[][] = [];

async function figuresByDay(): Promise<Record<string, unknown>> {
  const { rows } = await central.pool.query('SELECT day, events, issued, waiting, called, serving, served, no_show, wait_seconds, waits, service_seconds, services FROM office_day_figures WHERE office_id = $1 ORDER BY day', [office.id]);
  return Object.fromEntries(rows.map((r: { day: string }) => [r.day, r]));
}

describe('the events table by month', () => {
  it("puts each event in its month's partition, making months an office's history brings", async () => {
    for (const day of DAYS) {
      const events = numbered([...visit(day, ['called', 'serving', 'done']), ...visit(day, ['called', 'noShow']), ...visit(day, [])]);
      const r = await ingestBatch(central.pool, office, batch(events, events[0]!.seq - 1));
      expect(r).toMatchObject({ ok: true, lastSeq: events[events.length - 1]!.seq });
      sent.push(events);
    }
    const { rows } = await central.pool.query<{ part: string; day: string; n: number }>(
      'SELECT tableoid::regclass::text AS part, day, count(*)::int AS n FROM events GROUP BY 1, 2 ORDER BY 2',
    );
    expect(rows).toEqual([
      { part: 'events_2025_11', day: '2025-11-20', n: 8 },
      { part: 'events_2025_12', day: '2025-12-03', n: 8 },
      { part: 'events_2025_12', day: '2025-12-28', n: 8 },
      { part: 'events_2026_01', day: '2026-01-15', n: 8 },
    ]);
    // and this month and the next ones, made at start
    await central.maintenance.run();
    const months = (await listPartitions(central.pool)).map((p) => p.month);
    expect(months).toContain(`${officeDay(new Date()).slice(0, 7)}-01`);
  });

  it('counts a batch sent again once, and refuses an event id reused for another event of its day', async () => {
    const before = await figuresByDay();
    const again = sent[1]!;
    expect(await ingestBatch(central.pool, office, batch(again, again[0]!.seq - 1))).toMatchObject({ ok: true, lastSeq: seq });
    expect(await figuresByDay()).toEqual(before);
    const { rows } = await central.pool.query<{ n: number; ids: number }>('SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM events');
    expect(rows[0]).toEqual({ n: 32, ids: 32 });
    const [stolen] = numbered(visit('2026-01-15', []));
    const reused = { ...stolen!, id: sent[3]![0]!.id };
    expect(await ingestBatch(central.pool, office, batch([reused], seq - 1))).toMatchObject({ ok: false, error: { code: 'sync.conflict' } });
    seq--;
  });

  it('drops only the months past the retention, after keeping their day figures', async () => {
    const before = await figuresByDay();
    expect(Object.keys(before)).toEqual(DAYS);
    // a day whose figures were never kept (say, ingested before the projector knew them)
    await central.pool.query("DELETE FROM office_day_figures WHERE office_id = $1 AND day = '2025-12-03'", [office.id]);

    // keep one whole month before January 2026: November goes, and December, but not January
    const result = await applyRetention(central.pool, { months: 1, today: '2026-01-20' });
    expect(result).toMatchObject({ keepFrom: '2025-12-01', deferred: [] });
    expect(result!.dropped).toEqual([{ month: '2025-11-01', events: 8, figuresRebuilt: 0 }]);

    const result2 = await applyRetention(central.pool, { months: 1, today: '2026-02-01' });
    expect(result2!.dropped).toEqual([{ month: '2025-12-01', events: 16, figuresRebuilt: 1 }]);

    const { rows } = await central.pool.query<{ day: string }>('SELECT DISTINCT day FROM events ORDER BY day');
    expect(rows.map((r) => r.day)).toEqual(['2026-01-15']);
    const months = (await listPartitions(central.pool)).map((p) => p.name);
    expect(months).not.toContain('events_2025_11');
    expect(months).not.toContain('events_2025_12');
    expect(months).toContain('events_2026_01');
    // every day's figures are still there, the missing one rebuilt exactly
    expect(await figuresByDay()).toEqual(before);
    const dropped = await central.pool.query<{ month: string; events: number }>('SELECT month, events::int AS events FROM events_retention ORDER BY month');
    expect(dropped.rows).toEqual([
      { month: '2025-11-01', events: 8 },
      { month: '2025-12-01', events: 16 },
    ]);
    // the office sends on as before
    const next = numbered(visit('2026-01-16', ['called']));
    expect(await ingestBatch(central.pool, office, batch(next, seq - next.length))).toMatchObject({ ok: true, lastSeq: seq });
  });
});

describe('migrating a database from before partitioning', () => {
  it('moves every event into its month, with the latest configuration and ticket numbers', async () => {
    const old = await createTestDatabase();
    try {
      const client = new pg.Client({ connectionString: old.url });
      await client.connect();
      await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      await client.query(MIGRATIONS[0]!);
      await client.query(MIGRATIONS[1]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES (1), (2)');
      const ticket = visit('2026-02-10', ['called'])[1]!.ticket as Ticket;
      const rows: [number, string, string, object][] = [
        [1, '2026-01-31', 'config.changed', { config: { services: [{ id: 's01', name: 'خدمت قدیم' }] } }],
        [2, '2026-02-10', 'ticket.called', { ticket }],
        [3, '2026-02-11', 'config.changed', { config: { services: [{ id: 's01', name: 'خدمت نو' }] } }],
      ];
      for (const [s, day, type, body] of rows) {
        const payload = { seq: s, id: randomUUID(), type, at: `${day}T06:00:00.000Z`, day, ...body };
        await client.query('INSERT INTO events (office_id, stream, seq, id, type, day, at, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
          'old-office',
          'queue',
          s,
          payload.id,
          type,
          day,
          payload.at,
          payload,
        ]);
      }
      await client.query(
        "INSERT INTO office_tickets (office_id, ticket_id, day, service_id, status, seq, issued_at) VALUES ('old-office', $1, '2026-02-10', 's01', 'called', 2, now())",
        [ticket.id],
      );
      await client.end();

      const pool = createPool(old.url, 2);
      try {
        await migrate(pool);
        const parts = await pool.query<{ part: string; seq: number }>('SELECT tableoid::regclass::text AS part, seq FROM events ORDER BY seq');
        expect(parts.rows).toEqual([
          { part: 'events_2026_01', seq: 1 },
          { part: 'events_2026_02', seq: 2 },
          { part: 'events_2026_02', seq: 3 },
        ]);
        const config = await pool.query<{ seq: number; name: string }>("SELECT seq, config -> 'services' -> 0 ->> 'name' AS name FROM office_configs WHERE office_id = 'old-office'");
        expect(config.rows).toEqual([{ seq: 3, name: 'خدمت نو' }]);
        const t = await pool.query('SELECT prefix, number FROM office_tickets WHERE ticket_id = $1', [ticket.id]);
        expect(t.rows).toEqual([{ prefix: 'الف', number: 101 }]);
      } finally {
        await pool.end();
      }
    } finally {
      await old.drop();
    }
  });
});
