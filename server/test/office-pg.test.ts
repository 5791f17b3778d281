// An office started against PostgreSQL (DESK_OFFICE_PG_URL) instead of files: tickets
// are stored in the database, and a restart rebuilds the queue from it.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { QueueSnapshot, Ticket } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { createTestDatabase, type TestDatabase } from '../../central/test/helpers';
import { Client, deviceToken } from './live-helpers';

let db: TestDatabase | undefined;
let dir = '';
const servers: RunningOffice[] = [];

afterAll(async () => {
  for (const s of servers) await s.close().catch(() => undefined);
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<RunningOffice> {
  process.env.DESK_OFFICE_PG_URL = db!.url;
  try {
    const s = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
    servers.push(s);
    return s;
  } finally {
    delete process.env.DESK_OFFICE_PG_URL;
  }
}

describe('an office on PostgreSQL', () => {
  it('keeps its tickets in the database and rebuilds the queue from it after a restart', async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'desk-office-pg-'));
    const first = await start();
    const kiosk = await Client.connect(first.url, await deviceToken(first.url, 'kiosk'));
    const issued: Ticket[] = [];
    for (const serviceId of ['s01', 's01', 's02']) issued.push(((await kiosk.send({ type: 'ticket.issue', serviceId })) as unknown as { ticket: Ticket }).ticket);
    kiosk.close();
    await first.close();
    servers.length = 0;
    // nothing of the queue went to files
    expect(await readdir(join(dir, 'journal')).catch(() => [])).toEqual([]);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM desk_office.journal WHERE record->>'type' = 'ticket.issued'");
    await c.end();
    expect(rows[0]!.n).toBe(3);

    const second = await start();
    const watcher = await Client.connect(second.url, await deviceToken(second.url, 'display'));
    const sync = await watcher.sync();
    const snapshot = (sync as { snapshot: QueueSnapshot }).snapshot;
    expect(snapshot.tickets.map((t) => t.id).sort()).toEqual(issued.map((t) => t.id).sort());
    watcher.close();
  });
});
