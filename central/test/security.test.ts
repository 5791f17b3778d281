// An office writes only its own data, and a stolen office token can be revoked.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import pg from 'pg';
import { startCentralServer, type RunningCentral } from '../src/server';
import type { BatchReply, EventsBatch, HelloReply, SyncRecord } from '../../server/src/sync/protocol';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, until, type TestDatabase } from './helpers';
import { SimOffice } from './sim-office';

let db: TestDatabase;
let central: RunningCentral;
const sims: SimOffice[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN, nodeId: 'solo' });
});

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const s of sims) await s.close();
  await central?.close();
  await db?.drop();
});

function officeSocket(officeId: string, token: string): Promise<Socket> {
  const socket = io(`${central.url}/office`, { auth: { officeId, token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

const event = (seq: number, extra: Partial<SyncRecord> = {}): SyncRecord => ({
  seq,
  id: randomUUID(),
  type: 'ticket.issued',
  at: new Date().toISOString(),
  day: '2026-01-10',
  actor: { kind: 'system', id: 'test' },
  ...extra,
});

const send = (s: Socket, batch: EventsBatch) => s.timeout(10_000).emitWithAck('events', batch) as Promise<BatchReply>;

async function eventsOf(officeId: string): Promise<Array<{ seq: number; id: string }>> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  const { rows } = await c.query<{ seq: number; id: string }>('SELECT seq, id::text AS id FROM events WHERE office_id = $1 ORDER BY seq', [officeId]);
  await c.end();
  return rows.map((r) => ({ seq: Number(r.seq), id: r.id }));
}

describe('office credentials', () => {
  it('an office token opens only its own office, and its events are stored under its own id whatever they say', async () => {
    const tokenA = await registerOffice(central.url, 'sec-a');
    const tokenB = await registerOffice(central.url, 'sec-b');

    // A's token does not open B, nor does a made-up one
    await expect(officeSocket('sec-b', tokenA)).rejects.toThrow('unauthorized');
    await expect(officeSocket('sec-a', 'not-a-token')).rejects.toThrow('unauthorized');

    const b = await officeSocket('sec-b', tokenB);
    const bEvent = event(1);
    expect(await send(b, { stream: 'queue', after: 0, head: 1, tail: true, events: [bEvent] })).toMatchObject({ ok: true, lastSeq: 1 });

    const a = await officeSocket('sec-a', tokenA);
    const hello = (await a.timeout(10_000).emitWithAck('hello', { heads: { queue: 2 } })) as HelloReply;
    expect(hello).toMatchObject({ ok: true, officeId: 'sec-a', streams: { queue: 0 } });
    // an event that names office B in its payload still lands under A
    const claimed = event(1, { officeId: 'sec-b' });
    expect(await send(a, { stream: 'queue', after: 0, head: 2, tail: false, events: [claimed] })).toMatchObject({ ok: true, lastSeq: 1 });
    // reusing B's event id does not overwrite or shadow B's event: the batch is refused
    const stolen = await send(a, { stream: 'queue', after: 1, head: 2, tail: true, events: [event(2, { id: bEvent.id })] });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'sync.conflict' } });
    expect(stolen.ok ? '' : stolen.error.message).toMatch(/[آ-ی]/);

    expect(await eventsOf('sec-a')).toEqual([{ seq: 1, id: claimed.id }]);
    expect(await eventsOf('sec-b')).toEqual([{ seq: 1, id: bEvent.id }]);
  });

  it('admin endpoints refuse anyone without the admin token, in Persian', async () => {
    const tokenC = await registerOffice(central.url, 'sec-c');
    const none = await api<{ error: { message: string } }>(central.url, 'POST', '/admin/offices', { id: 'x1', name: 'x', province: 'p', agency: 'a' }, null);
    expect(none.status).toBe(401);
    expect(none.json.error.message).toMatch(/[آ-ی]/);
    // an office token is not an admin token
    expect((await api(central.url, 'DELETE', '/admin/offices/sec-b/token', undefined, tokenC)).status).toBe(401);
    expect((await api(central.url, 'GET', '/offices', undefined, tokenC)).status).toBe(401);
    // the same id cannot be registered twice (which would hand out a second token)
    expect((await api(central.url, 'POST', '/admin/offices', { id: 'sec-c', name: 'x', province: 'p', agency: 'a' })).status).toBe(409);
  });
});

describe('a stolen office token', () => {
  it('is revoked: the thief is disconnected and refused; the office syncs on with a new token', async () => {
    const stolenToken = await registerOffice(central.url, 'sec-d');
    const sim = await SimOffice.open('sec-d', 7);
    sims.push(sim);
    const sync = await sim.startSync({ url: central.url, token: stolenToken, backoffMinMs: 100, backoffMaxMs: 300, ackTimeoutMs: 5000 });
    for (let i = 0; i < 20; i++) await sim.step();
    await until(() => sync.status().waiting === 0 && sync.status().connected);

    const thief = await officeSocket('sec-d', stolenToken);
    const disconnected = new Promise<void>((resolve) => thief.once('disconnect', () => resolve()));
    expect((await api(central.url, 'DELETE', '/admin/offices/sec-d/token')).status).toBe(200);
    await disconnected;
    await expect(officeSocket('sec-d', stolenToken)).rejects.toThrow('unauthorized');

    // the office (holding the same token) keeps serving; its events wait, its admin sees why
    const before = (await eventsOf('sec-d')).length;
    for (let i = 0; i < 20; i++) await sim.step();
    await until(() => sync.status().lastError?.code === 'sync.unauthorized');
    expect(sync.status().connected).toBe(false);
    expect(sync.status().waiting).toBeGreaterThan(0);
    expect(sync.status().lastError?.message).toMatch(/توکن/);
    expect((await eventsOf('sec-d')).length).toBe(before);

    // the admin issues a new token; the office restarts its sync with it and catches up
    const fresh = await api<{ token: string }>(central.url, 'POST', '/admin/offices/sec-d/token');
    expect(fresh.status).toBe(200);
    await sim.stopSync();
    const resumed = await sim.startSync({ url: central.url, token: fresh.json.token, backoffMinMs: 100, backoffMaxMs: 300 });
    await until(() => resumed.status().waiting === 0 && resumed.status().connected);
    const stored = await eventsOf('sec-d');
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: sim.office.seq }, (_, i) => i + 1));
  });

  it('is refused at the next batch even on a connection opened before the revocation', async () => {
    const token = await registerOffice(central.url, 'sec-e');
    const s = await officeSocket('sec-e', token);
    expect(await send(s, { stream: 'queue', after: 0, head: 1, tail: true, events: [event(1)] })).toMatchObject({ ok: true });
    // revoked behind the node's back (e.g. by another node whose disconnect did not reach this one)
    await central.pool.query('UPDATE offices SET token_hash = NULL, revoked_at = now() WHERE id = $1', ['sec-e']);
    const reply = await send(s, { stream: 'queue', after: 1, head: 2, tail: true, events: [event(2)] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'sync.revoked' } });
    expect((await eventsOf('sec-e')).length).toBe(1);
  });
});
