// The office's sync client against a stand-in central desk (a Socket.IO server this test
// controls): an office whose central is away keeps its events waiting and shows why;
// batches go one at a time, acked before the next; it resumes from central's position.
import { describe, it, expect, afterEach } from 'vitest';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';
import { Journal, type JournalRecord } from '../src/storage/journal';
import { FileCheckpointStore, FileJournalSource, SyncClient, syncError, type BatchReply, type EventsBatch, type HelloReply, type SyncRecord } from '../src/sync/index';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
async function until(check: () => boolean): Promise<void> {
  while (!check()) await sleep(20);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A stand-in for the central desk: records batches, answers as told. */
class FakeCentral {
  /** Central's position per stream. */
  seqs: Record<string, number> = { queue: 0, cases: 0 };
  get lastSeq(): number {
    return this.seqs.queue!;
  }
  set lastSeq(v: number) {
    this.seqs.queue = v;
  }
  batches: EventsBatch[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** How to answer the next batch; default: store and ack. */
  answer: (batch: EventsBatch) => BatchReply | 'silence' = (batch) => {
    const at = this.seqs[batch.stream] ?? 0;
    if (batch.after > at) return { ok: false, error: syncError('sync.gap'), lastSeq: at };
    const last = batch.events[batch.events.length - 1]!.seq;
    this.seqs[batch.stream] = Math.max(at, last);
    return { ok: true, lastSeq: this.seqs[batch.stream]!, ingested: Math.max(0, last - at) };
  };
  private constructor(
    readonly http: HttpServer,
    readonly io: Server,
  ) {}

  static async listen(port: number, token = 'secret'): Promise<FakeCentral> {
    const http = createHttpServer();
    const io = new Server(http);
    const central = new FakeCentral(http, io);
    const nsp = io.of('/office');
    nsp.use((socket, next) => {
      const auth = socket.handshake.auth as { officeId?: string; token?: string };
      next(auth.officeId === 'office-1' && auth.token === token ? undefined : new Error('unauthorized'));
    });
    nsp.on('connection', (socket) => {
      socket.on('hello', (_req, ack: (r: HelloReply) => void) => ack({ ok: true, node: 'fake', officeId: 'office-1', streams: { queue: central.seqs.queue!, cases: central.seqs.cases! } }));
      socket.on('events', async (batch: EventsBatch, ack: (r: BatchReply) => void) => {
        central.inFlight++;
        central.maxInFlight = Math.max(central.maxInFlight, central.inFlight);
        central.batches.push(batch);
        await sleep(5);
        central.inFlight--;
        const reply = central.answer(batch);
        if (reply !== 'silence') ack(reply);
      });
    });
    await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', () => resolve()));
    return central;
  }

  sentSeqs(): number[] {
    return this.batches.flatMap((b) => b.events.map((e) => e.seq));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.io.close(() => resolve()));
  }
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const rec = (seq: number): JournalRecord => ({
  seq,
  id: randomUUID(),
  type: 'ticket.issued',
  at: new Date().toISOString(),
  day: '2026-03-01',
  actor: { kind: 'device', id: 'k', role: 'kiosk' },
});

async function officeWith(events: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-sync-client-'));
  const journal = new Journal(join(dataDir, 'journal'));
  await journal.init();
  if (events > 0) await journal.append(Array.from({ length: events }, (_, i) => rec(i + 1)));
  cleanups.push(async () => {
    await journal.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  let seq = events;
  return {
    dataDir,
    journal,
    get seq() {
      return seq;
    },
    /** Journal more events, as the office does; returns the new head. */
    async write(n: number): Promise<number> {
      const records = Array.from({ length: n }, () => rec(++seq));
      await journal.append(records);
      return seq;
    },
  };
}

async function client(dataDir: string, port: number, head: number, options: Partial<ConstructorParameters<typeof SyncClient>[0]> = {}): Promise<SyncClient> {
  const c = new SyncClient({
    url: `http://127.0.0.1:${port}`,
    officeId: 'office-1',
    token: 'secret',
    streams: [{ stream: 'queue', source: new FileJournalSource(join(dataDir, 'journal')), head }],
    checkpoint: new FileCheckpointStore(join(dataDir, 'sync.json')),
    backoffMinMs: 50,
    backoffMaxMs: 200,
    ackTimeoutMs: 2000,
    checkpointEveryMs: 50,
    ...options,
  });
  await c.start();
  cleanups.push(() => c.stop());
  return c;
}

describe('the office sync client', () => {
  it('keeps events waiting while central is unreachable, shows why, and delivers them in acked batches when it is back', async () => {
    const office = await officeWith(1200);
    const port = await freePort();
    const sync = await client(office.dataDir, port, office.seq);
    await until(() => sync.status().lastError !== null);
    expect(sync.status()).toMatchObject({ connected: false, lastAckedSeq: 0, waiting: 1200, lastSyncAt: null, lastError: { code: 'sync.unreachable' } });
    expect(sync.status().lastError!.message).toMatch(/در دسترس نیست/);

    // the office goes on working meanwhile
    sync.notify('queue', await office.write(30));
    expect(sync.status().waiting).toBe(1230);

    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    await until(() => sync.status().waiting === 0 && sync.status().connected);
    expect(central.sentSeqs()).toEqual(Array.from({ length: 1230 }, (_, i) => i + 1));
    expect(central.batches.every((b) => b.events.length <= 500)).toBe(true);
    expect(central.maxInFlight).toBe(1);
    expect(central.batches.map((b) => b.after)).toEqual(central.batches.map((_, i) => (i === 0 ? 0 : central.batches[i - 1]!.events.at(-1)!.seq)));
    expect(sync.status()).toMatchObject({ lastAckedSeq: 1230, lastError: null, centralNode: 'fake' });
    expect(sync.status().lastSyncAt).not.toBeNull();

    // live: a new write goes out at once, marked as the tail
    sync.notify('queue', await office.write(2));
    await until(() => central.lastSeq === 1232);
    expect(central.batches.at(-1)).toMatchObject({ tail: true, head: 1232 });

    await sync.stop();
    const saved = JSON.parse(await readFile(join(office.dataDir, 'sync.json'), 'utf8'));
    expect(saved.streams.queue.lastAckedSeq).toBe(1232);
  });

  it('sends nothing the office has not yet reported durable', async () => {
    const office = await officeWith(10);
    const port = await freePort();
    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    const sync = await client(office.dataDir, port, 10);
    await until(() => central.lastSeq === 10);
    await office.write(5); // on disk, but the office has not announced it
    await sleep(300);
    expect(central.lastSeq).toBe(10);
    sync.notify('queue', 15);
    await until(() => central.lastSeq === 15);
  });

  it("resumes from central's position after a restart, whatever its own file says", async () => {
    const office = await officeWith(300);
    const port = await freePort();
    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    const first = await client(office.dataDir, port, office.seq);
    await until(() => first.status().waiting === 0);
    await first.stop();

    // central lost its last 120 events (restored from a backup): the office sends them again
    central.lastSeq = 180;
    central.batches = [];
    const second = await client(office.dataDir, port, office.seq);
    expect(second.status()).toMatchObject({ lastAckedSeq: 300, connected: false }); // from sync.json until central answers
    await until(() => second.status().connected && second.status().waiting === 0);
    expect(central.sentSeqs()).toEqual(Array.from({ length: 120 }, (_, i) => 181 + i));
  });

  it('reconnects when an ack does not come, and resends from what central has', async () => {
    const office = await officeWith(50);
    const port = await freePort();
    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    let silent = 1;
    const answer = central.answer;
    central.answer = (b) => (silent-- > 0 ? 'silence' : answer(b));
    const sync = await client(office.dataDir, port, 50, { ackTimeoutMs: 300 });
    await until(() => central.lastSeq === 50 && sync.status().waiting === 0);
    expect(central.batches.length).toBe(2);
    expect(central.batches[1]!.after).toBe(0);
    expect(central.sentSeqs()).toEqual([...Array.from({ length: 50 }, (_, i) => i + 1), ...Array.from({ length: 50 }, (_, i) => i + 1)]);
  });

  it('goes back to where central is when it reports a gap', async () => {
    const office = await officeWith(40);
    const port = await freePort();
    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    const sync = await client(office.dataDir, port, 40, { batchEvents: 10 });
    await until(() => central.lastSeq === 40);
    central.lastSeq = 25; // central lost the last batches after answering
    sync.notify('queue', await office.write(5));
    await until(() => central.lastSeq === 45);
    expect(central.batches.at(-1)!.events.at(-1)!.seq).toBe(45);
    expect(central.sentSeqs().filter((s) => s === 26)).toHaveLength(2);
  });

  it('stops a stream, with a message for the admin, when central has more than the journal', async () => {
    const office = await officeWith(20);
    const port = await freePort();
    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    central.lastSeq = 35;
    const sync = await client(office.dataDir, port, 20);
    await until(() => sync.status().streams.queue?.stopped !== null && sync.status().connected);
    expect(sync.status().lastError).toMatchObject({ code: 'sync.diverged' });
    expect(sync.status().lastError!.message).toMatch(/پشتیبانی/);
    sync.notify('queue', await office.write(3));
    await sleep(200);
    expect(central.batches).toEqual([]);
  });

  it('sends a second journal (the e-desk cases) on the same connection, each stream from its own position', async () => {
    const office = await officeWith(30);
    const casesDir = join(office.dataDir, 'cases', 'journal');
    const cases = new Journal<SyncRecord>(casesDir);
    await cases.init();
    await cases.append(Array.from({ length: 12 }, (_, i) => ({ ...rec(i + 1), type: 'case.submitted' })));
    cleanups.push(() => cases.close());
    const port = await freePort();
    const central = await FakeCentral.listen(port);
    cleanups.push(() => central.close());
    central.seqs.cases = 4;
    const sync = await client(office.dataDir, port, 30, {
      streams: [
        { stream: 'queue', source: new FileJournalSource(join(office.dataDir, 'journal')), head: 30 },
        { stream: 'cases', source: new FileJournalSource(casesDir), head: 12 },
      ],
    });
    await until(() => sync.status().connected && sync.status().waiting === 0);
    expect(central.seqs).toEqual({ queue: 30, cases: 12 });
    const sentCases = central.batches.filter((b) => b.stream === 'cases').flatMap((b) => b.events.map((e) => e.seq));
    expect(sentCases).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sync.status().streams).toMatchObject({ queue: { lastAckedSeq: 30, waiting: 0 }, cases: { lastAckedSeq: 12, waiting: 0 } });
  });

  it('tells the admin when central refuses its token', async () => {
    const office = await officeWith(5);
    const port = await freePort();
    const central = await FakeCentral.listen(port, 'another-token');
    cleanups.push(() => central.close());
    const sync = await client(office.dataDir, port, 5);
    await until(() => sync.status().lastError !== null);
    expect(sync.status()).toMatchObject({ connected: false, waiting: 5, lastError: { code: 'sync.unauthorized' } });
  });
});
