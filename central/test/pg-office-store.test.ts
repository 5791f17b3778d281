// An office can run on PostgreSQL: the same OfficeStore interface as the embedded files,
// the same office behaviour (tickets survive a restart, numbering goes on, a retried
// command gets its first answer), and its journal syncs to the central desk.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ticket } from '@desk/common';
import { Office } from '../../server/src/office';
import { snapshotOf } from '../../server/src/queue/state';
import { FileOfficeStore, type OfficeStore } from '../../server/src/storage/store';
import type { JournalRecord } from '../../server/src/storage/journal';
import type { Principal } from '../../server/src/auth/auth';
import { startOfficeSync } from '../../server/src/sync/index';
import { PgOfficeStore, OfficeStoreLockedError } from '../../server/src/storage/pg-store';
import { startCentralServer } from '../src/server';
import { ADMIN_TOKEN, createTestDatabase, registerOffice, until, type TestDatabase } from './helpers';
import { simConfig } from './sim-office';

let db: TestDatabase;
const dirs: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  await db?.drop();
});

const kiosk: Principal = { kind: 'device', id: 'k1', device: { id: 'k1', kind: 'kiosk', name: 'k', paired: true, createdAt: '' } };
const config = simConfig('pg-office');
const clerk: Principal = { kind: 'staff', id: config.staff[0]!.id, user: config.staff[0]! };
const record = (seq: number, day: string): JournalRecord => ({
  seq,
  id: crypto.randomUUID(),
  type: 'ticket.issued',
  at: `${day}T06:00:00.000Z`,
  day,
  actor: { kind: 'system', id: 't' },
});

/** A morning at the office: tickets taken, one called, served and finished. */
async function morning(office: Office): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  for (const serviceId of ['s01', 's01', 's02', 's03']) {
    const a = (await office.execute({ type: 'ticket.issue', serviceId, commandId: `issue-${tickets.length}-xxxxxxxx` }, kiosk)) as { ok: true; ticket: Ticket };
    expect(a.ok).toBe(true);
    tickets.push(a.ticket);
  }
  for (const type of ['counter.open', 'ticket.callNext', 'ticket.start', 'ticket.finish', 'ticket.callNext'] as const) {
    const a = await office.execute({ type, counterId: 'c1', commandId: `${type}-c1-xxxxxxxx` }, clerk);
    expect(a.ok).toBe(true);
  }
  return tickets;
}

describe('the office store on PostgreSQL', () => {
  it('keeps configuration, sessions and the journal, in order, and lets one server in per schema', async () => {
    const store = await PgOfficeStore.open({ url: db.url, schema: 'office_contract' });
    expect(await store.loadConfig()).toBeNull();
    expect(await store.lastSeq()).toBe(0);
    await store.saveConfig(config);
    expect(await store.loadConfig()).toEqual(config);
    const session = { tokenHash: 'h', userId: 'u', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-08T00:00:00.000Z' };
    await store.saveSessions([session]);
    expect(await store.loadSessions()).toEqual([session]);

    // appends issued together commit in order (group commit), across two days
    const records = [...Array.from({ length: 30 }, (_, i) => record(i + 1, '2026-01-01')), ...Array.from({ length: 20 }, (_, i) => record(i + 31, '2026-01-02'))];
    await Promise.all(records.map((r) => store.append([r])));
    expect(await store.journalDays()).toEqual(['2026-01-01', '2026-01-02']);
    expect((await store.readJournal('2026-01-01')).map((r) => r.seq)).toEqual(records.slice(0, 30).map((r) => r.seq));
    expect(await store.readJournal('2026-01-02')).toEqual(records.slice(30));
    expect(await store.lastSeq()).toBe(50);

    const second = PgOfficeStore.open({ url: db.url, schema: 'office_contract' });
    await expect(second).rejects.toBeInstanceOf(OfficeStoreLockedError);
    await expect(second).rejects.toThrow('در حال اجراست');
    await store.close();
    const again = await PgOfficeStore.open({ url: db.url, schema: 'office_contract' });
    expect(await again.lastSeq()).toBe(50);
    await again.close();
  });

  it('runs an office like the file store does: after a restart the queue is rebuilt and numbering goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-pg-vs-file-'));
    dirs.push(dir);
    const stores: Array<() => Promise<OfficeStore>> = [
      () => PgOfficeStore.open({ url: db.url, schema: 'office_behaviour' }),
      () => FileOfficeStore.open(dir),
    ];
    const outcomes = [];
    for (const open of stores) {
      let store = await open();
      await store.saveConfig(config);
      let office = await Office.open(store, config);
      const tickets = await morning(office);
      const before = snapshotOf(office.state, office.seq);
      await store.close();

      store = await open();
      const stored = await store.loadConfig();
      expect(stored).toEqual(config);
      office = await Office.open(store, stored!);
      expect(office.seq).toBe(before.seq);
      expect(snapshotOf(office.state, office.seq)).toEqual(before);
      // a kiosk retrying its first command after the restart gets its first ticket back
      const retry = (await office.execute({ type: 'ticket.issue', serviceId: 's01', commandId: 'issue-0-xxxxxxxx' }, kiosk)) as { ok: true; ticket: Ticket };
      expect(retry.ticket.id).toBe(tickets[0]!.id);
      const next = (await office.execute({ type: 'ticket.issue', serviceId: 's01', commandId: 'after-restart-xxxx' }, kiosk)) as { ok: true; ticket: Ticket };
      expect(next.ticket.number).toBe(tickets[1]!.number + 1);
      outcomes.push({ statuses: snapshotOf(office.state, office.seq).tickets.map((t) => [t.prefix, t.number, t.status]), seq: office.seq });
      await store.close();
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
  });

  it('syncs its journal to the central desk straight from the database', async () => {
    const central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
    const store = await PgOfficeStore.open({ url: db.url, schema: 'office_synced' });
    try {
      const token = await registerOffice(central.url, 'pg-office');
      await store.saveConfig(config);
      const office = await Office.open(store, config);
      await morning(office);
      const sync = await startOfficeSync(office, '/nonexistent', { url: central.url, officeId: 'pg-office', token, checkpoint: store.checkpointStore() });
      await until(() => sync!.status().waiting === 0 && sync!.status().connected);
      // and then follows the office live
      for (let i = 0; i < 3; i++) await office.execute({ type: 'ticket.issue', serviceId: 's05', commandId: `later-${i}-xxxxxxxx` }, kiosk);
      await until(() => sync!.status().lastAckedSeq === office.seq);
      const { rows } = await central.pool.query<{ n: number; answers: number }>(
        "SELECT count(*)::int AS n, count(*) FILTER (WHERE payload ? 'answer')::int AS answers FROM events WHERE office_id = 'pg-office'",
      );
      expect(rows[0]).toEqual({ n: office.seq, answers: 0 });
      await sync!.stop();
      expect((await store.checkpointStore().load()).streams.queue?.lastAckedSeq).toBe(office.seq);
    } finally {
      await store.close();
      await central.close();
    }
  });
});
