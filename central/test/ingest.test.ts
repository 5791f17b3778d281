// Ingestion rules, batch by batch, over a real office socket: order per office,
// idempotency by event id and seq, and figures counted once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ticket } from '@desk/common';
import { startCentralServer, type RunningCentral } from '../src/server';
import type { BatchReply, EventsBatch, SyncRecord } from '../../server/src/sync/protocol';
import type { FiguresReport } from '../src/reports';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, type TestDatabase } from './helpers';

let db: TestDatabase;
let central: RunningCentral;
const sockets: Socket[] = [];
const DAY = '2026-02-01';

beforeAll(async () => {
  db = await createTestDatabase();
  central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await central?.close();
  await db?.drop();
});

async function office(id: string): Promise<Socket> {
  const token = await registerOffice(central.url, id);
  const socket = io(`${central.url}/office`, { auth: { officeId: id, token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

const send = (s: Socket, after: number, events: SyncRecord[], stream: EventsBatch['stream'] = 'queue') =>
  s.timeout(10_000).emitWithAck('events', { stream, after, head: events[events.length - 1]?.seq ?? after, tail: true, events }) as Promise<BatchReply>;

/** A ticket's life as events: issued at seq, called at seq+1, finished at seq+2. */
function ticketLife(seq: number): SyncRecord[] {
  const base: Ticket = {
    id: randomUUID(), day: DAY, order: seq, serviceId: 's01', prefix: 'الف', number: seq, channel: 'kiosk',
    status: 'waiting', issuedAt: `${DAY}T05:00:00.000Z`, queueKey: seq, recalls: 0, transfers: 0,
  };
  const called = { ...base, status: 'called' as const, calledAt: `${DAY}T05:01:00.000Z`, counterId: 'c1' };
  const done = { ...called, status: 'done' as const, servingAt: `${DAY}T05:01:30.000Z`, finishedAt: `${DAY}T05:03:30.000Z` };
  const ev = (s: number, type: string, ticket: Ticket): SyncRecord => ({ seq: s, id: randomUUID(), type, at: `${DAY}T05:0${s % 10}:00.000Z`, day: DAY, actor: { kind: 'system', id: 't' }, ticket });
  return [ev(seq, 'ticket.issued', base), ev(seq + 1, 'ticket.called', called), ev(seq + 2, 'ticket.finished', done)];
}

async function figures(id: string) {
  const r = await api<FiguresReport>(central.url, 'GET', `/reports/figures?from=${DAY}&to=${DAY}&office=${id}`);
  return r.json.offices[0]!;
}

describe('ingesting an office stream', () => {
  it('a batch overlapping what central has stores and counts only the new events', async () => {
    const s = await office('ing-overlap');
    const a = ticketLife(1);
    const b = ticketLife(4);
    expect(await send(s, 0, [...a, b[0]!])).toMatchObject({ ok: true, lastSeq: 4, ingested: 4 });
    // the ack was lost: the office sends again from 1, now with more
    expect(await send(s, 0, [...a, ...b])).toMatchObject({ ok: true, lastSeq: 6, ingested: 2 });
    // and once more, all of it known
    expect(await send(s, 3, b)).toMatchObject({ ok: true, lastSeq: 6, ingested: 0 });
    expect(await figures('ing-overlap')).toMatchObject({ events: 6, issued: 2, served: 2, waiting: 0, meanWaitSeconds: 60, meanServiceSeconds: 120 });
  });

  it('refuses a batch that skips events central has not got, telling where to resume', async () => {
    const s = await office('ing-gap');
    const life = ticketLife(1);
    expect(await send(s, 0, life.slice(0, 1))).toMatchObject({ ok: true, lastSeq: 1 });
    const gap = await send(s, 2, life.slice(2));
    expect(gap).toMatchObject({ ok: false, error: { code: 'sync.gap' }, lastSeq: 1 });
    expect(await send(s, 1, life.slice(1))).toMatchObject({ ok: true, lastSeq: 3 });
    expect(await figures('ing-gap')).toMatchObject({ issued: 1, served: 1, waiting: 0 });
  });

  it('refuses a batch whose known seqs carry other ids (a journal restored from an old backup)', async () => {
    const s = await office('ing-diverged');
    const life = ticketLife(1);
    expect(await send(s, 0, life)).toMatchObject({ ok: true, lastSeq: 3 });
    const other = ticketLife(1);
    expect(await send(s, 0, other)).toMatchObject({ ok: false, error: { code: 'sync.diverged' }, lastSeq: 3 });
    expect(await figures('ing-diverged')).toMatchObject({ events: 3, issued: 1 });
  });

  it('refuses malformed batches with a Persian message', async () => {
    const s = await office('ing-bad');
    const [e1, e2] = ticketLife(1);
    const bad = [[e2!, e1!], [{ ...e1!, id: 'not-a-uuid' }], [{ ...e1!, day: '1404/01/01' }], [{ ...e1!, day: '2026-02-30' }], [{ ...e1!, at: '2026' }]];
    for (const events of bad) {
      const r = await send(s, 0, events);
      expect(r).toMatchObject({ ok: false, error: { code: 'sync.invalid' } });
      expect(r.ok ? '' : r.error.message).toMatch(/درست نیست/);
    }
    const unknown = (await s.timeout(10_000).emitWithAck('events', { stream: 'payroll', after: 0, head: 1, tail: true, events: [e1] })) as BatchReply;
    expect(unknown).toMatchObject({ ok: false, error: { code: 'sync.invalid' } });
    // what PostgreSQL itself refuses (a NUL in a text) is refused as invalid, not retried for ever
    const nul = await send(s, 0, [{ ...e1!, reason: 'a\u0000b' }]);
    expect(nul).toMatchObject({ ok: false, error: { code: 'sync.invalid' }, lastSeq: 0 });
    expect(await send(s, 0, [e1!])).toMatchObject({ ok: true, lastSeq: 1 });
  });

  it('keeps a second stream (the e-desk cases) in its own sequence beside the queue', async () => {
    const s = await office('ing-streams');
    expect(await send(s, 0, ticketLife(1))).toMatchObject({ ok: true, lastSeq: 3 });
    const caseEvent: SyncRecord = { seq: 1, id: randomUUID(), type: 'case.submitted', at: `${DAY}T06:00:00.000Z`, day: DAY, actor: { kind: 'client', id: 'c' } };
    expect(await send(s, 0, [caseEvent], 'cases')).toMatchObject({ ok: true, lastSeq: 1 });
    const hello = (await s.timeout(10_000).emitWithAck('hello', { heads: { queue: 3, cases: 1 } })) as { streams: Record<string, number> };
    expect(hello.streams).toEqual({ queue: 3, cases: 1 });
    // case events do not count as queue figures
    expect(await figures('ing-streams')).toMatchObject({ events: 3, issued: 1 });
  });
});
