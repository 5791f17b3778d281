// A real office server on a random port, real Socket.IO clients, real files.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { Client, deviceToken, login, post } from './live-helpers';
import type { DeskEvent, Ticket } from '@desk/common';

let server: RunningOffice;
let dir: string;
let base: string;
let kioskToken: string;
let displayToken: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-live-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
  base = server.url;
  kioskToken = await deviceToken(base, 'kiosk');
  displayToken = await deviceToken(base, 'display');
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function journalLines(): Promise<DeskEvent[]> {
  const text = await readFile(join(dir, 'journal', `${server.office.state.day}.jsonl`), 'utf8');
  return text.trim().split('\n').map((l) => JSON.parse(l) as DeskEvent);
}

describe('the office live', () => {
  it('20 kiosks issuing 1,000 tickets at once: no duplicate number, none lost, all on disk', async () => {
    const kiosks = await Promise.all(Array.from({ length: 20 }, () => Client.connect(base, kioskToken)));
    // each service has 99 numbers a day: spread 1,000 tickets over 12 services
    const services = ['s01', 's02', 's03', 's04', 's09', 's10', 's11', 's16', 's17', 's19', 's20', 's27'];
    const answers = await Promise.all(
      kiosks.flatMap((k, i) =>
        Array.from({ length: 50 }, (_, j) => k.send({ type: 'ticket.issue', serviceId: services[(i + j) % services.length]! })),
      ),
    );
    kiosks.forEach((k) => k.close());
    const tickets = answers.map((a) => {
      expect(a.ok).toBe(true);
      return (a as unknown as { ticket: Ticket }).ticket;
    });
    const labels = tickets.map((t) => `${t.serviceId}:${t.number}`);
    expect(new Set(labels).size).toBe(1000);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(1000);
    const onDisk = (await journalLines()).filter((e) => e.type === 'ticket.issued').map((e) => e.ticket!.id);
    for (const t of tickets) expect(onDisk).toContain(t.id);
  });

  it('a display that drops during calls gets every missed call, in order, when it comes back', async () => {
    const clerk = await Client.connect(base, await login(base, 'clerk1', 'clerk1234'));
    expect((await clerk.send({ type: 'counter.open', counterId: 'c1' })).ok).toBe(true);
    const display = await Client.connect(base, displayToken);
    const first = await display.sync();
    const lastSeq = first.mode === 'snapshot' ? first.snapshot.seq : first.seq;
    const day = server.office.state.day;
    display.close();

    const calledWhileAway: string[] = [];
    for (let i = 0; i < 5; i++) {
      const a = (await clerk.send({ type: 'ticket.callNext', counterId: 'c1' })) as unknown as { ok: boolean; ticket: Ticket };
      expect(a.ok).toBe(true);
      calledWhileAway.push(a.ticket.id);
    }
    const back = await Client.connect(base, displayToken);
    const missed = await back.sync(lastSeq, day);
    expect(missed.mode).toBe('events');
    const calls = missed.mode === 'events' ? missed.events.filter((e) => e.type === 'ticket.called').map((e) => e.call!.ticketId) : [];
    expect(calls).toEqual(calledWhileAway);
    const seqs = missed.mode === 'events' ? missed.events.map((e) => e.seq) : [];
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[0]).toBe(lastSeq + 1);
    back.close();
    clerk.close();
  });

  it('a call that finishes the ticket being served reaches the board as one frame: finished, then called', async () => {
    const kiosk = await Client.connect(base, kioskToken);
    for (let i = 0; i < 2; i++) expect((await kiosk.send({ type: 'ticket.issue', serviceId: 's01' })).ok).toBe(true);
    const clerk = await Client.connect(base, await login(base, 'clerk2', 'clerk1234'));
    expect((await clerk.send({ type: 'counter.open', counterId: 'c2' })).ok).toBe(true);
    const first = (await clerk.send({ type: 'ticket.callNext', counterId: 'c2' })) as unknown as { ok: boolean; ticket: Ticket };
    expect((await clerk.send({ type: 'ticket.start', counterId: 'c2' })).ok).toBe(true);

    const display = await Client.connect(base, displayToken);
    const frames: DeskEvent[][] = [];
    display.socket.on('desk:events', (events: DeskEvent[]) => frames.push(events));
    const second = (await clerk.send({ type: 'ticket.callNext', counterId: 'c2' })) as unknown as { ok: boolean; ticket: Ticket };
    expect(second.ok).toBe(true);
    await expect.poll(() => frames.length).toBe(1);
    expect(frames[0]!.map((e) => [e.type, e.ticket?.id])).toEqual([
      ['ticket.finished', first.ticket.id],
      ['ticket.called', second.ticket.id],
    ]);
    expect(frames[0]![1]!.seq).toBe(frames[0]![0]!.seq + 1);
    for (const c of [kiosk, clerk, display]) c.close();
  });

  it('a screen catching up gets only the newest configuration (earlier ones are not kept in memory)', async () => {
    const display = await Client.connect(base, displayToken);
    const start = await display.sync();
    const lastSeq = start.mode === 'snapshot' ? start.snapshot.seq : start.seq;
    const adminToken = await login(base, 'admin', 'admin1234');
    for (const [i, name] of ['مرحله یک', 'مرحله دو', 'مرحله سه'].entries()) {
      const r = await post(`${base}/api/admin/counters`, { number: 301 + i, name, services: [{ serviceId: 's01', weight: 1 }], active: true }, adminToken);
      expect(r.status).toBe(200);
    }
    const caught = await display.sync(lastSeq, server.office.state.day);
    expect(caught.mode).toBe('events');
    const configs = caught.mode === 'events' ? caught.events.filter((e) => e.type === 'config.changed') : [];
    expect(configs.length).toBeGreaterThanOrEqual(3);
    expect(configs.filter((e) => e.config).length).toBe(1);
    expect(configs.at(-1)!.config!.counters.map((c) => c.name)).toContain('مرحله سه');
    display.close();
  });

  it("a ticket's public page follows it: people ahead while waiting, then the counter to go to", async () => {
    const kiosk = await Client.connect(base, kioskToken);
    const issue = async () => ((await kiosk.send({ type: 'ticket.issue', serviceId: 's30' })) as unknown as { ticket: Ticket }).ticket;
    const first = await issue();
    const second = await issue();
    const get = async (id: string) => {
      const res = await fetch(`${base}/api/public/tickets/${id}`);
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const waiting = await get(second.id);
    expect(waiting.status).toBe(200);
    expect(waiting.json).toMatchObject({ status: 'waiting', ahead: 1, number: second.number, serviceName: server.office.config.services.find((s) => s.id === 's30')!.name });
    expect(waiting.json.clerkId).toBeUndefined();

    // counter 6 serves every service
    const clerk = await Client.connect(base, await login(base, 'clerk6', 'clerk1234'));
    expect((await clerk.send({ type: 'counter.open', counterId: 'c6' })).ok).toBe(true);
    expect((await clerk.send({ type: 'ticket.callSpecific', counterId: 'c6', ticketId: second.id, reason: 'آزمون صفحهٔ نوبت' })).ok).toBe(true);
    expect((await get(second.id)).json).toMatchObject({ status: 'called', counterNumber: 6 });
    expect((await get(first.id)).json).toMatchObject({ status: 'waiting', ahead: 0 });
    const missing = await get('00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((missing.json.error as { message: string }).message).toBe('این نوبت پیدا نشد.');
    kiosk.close();
    clerk.close();
  });

  it('a retried command gets its first answer and acts once', async () => {
    const kiosk = await Client.connect(base, kioskToken);
    const before = server.office.seq;
    const a = await kiosk.send({ type: 'ticket.issue', serviceId: 's05' }, 'retry-test-0001');
    const b = await kiosk.send({ type: 'ticket.issue', serviceId: 's05' }, 'retry-test-0001');
    expect(b).toEqual(a);
    expect(server.office.seq).toBe(before + 1);
    kiosk.close();
  });

  it('refuses sockets without a valid token', async () => {
    await expect(Client.connect(base)).rejects.toThrow('unauthorized');
    await expect(Client.connect(base, 'forged-token')).rejects.toThrow('unauthorized');
  });

  it('a kiosk can only issue tickets and a display can do nothing', async () => {
    const kiosk = await Client.connect(base, kioskToken);
    const display = await Client.connect(base, displayToken);
    const before = server.office.seq;
    for (const c of [kiosk, display]) {
      for (const cmd of [
        { type: 'counter.open', counterId: 'c2' },
        { type: 'ticket.callNext', counterId: 'c1' },
        { type: 'ticket.transfer', counterId: 'c1', toServiceId: 's02', position: 'front' },
      ] as const) {
        const a = await c.send(cmd);
        expect(a).toMatchObject({ ok: false, error: { code: 'error.forbidden', message: 'شما اجازهٔ این کار را ندارید.' } });
      }
    }
    expect(await display.send({ type: 'ticket.issue', serviceId: 's01' })).toMatchObject({ ok: false, error: { code: 'error.forbidden' } });
    expect(server.office.seq).toBe(before);
    kiosk.close();
    display.close();
  });

  it('a clerk cannot manage the office over HTTP; an admin can', async () => {
    const clerkToken = await login(base, 'clerk2', 'clerk1234');
    const body = { number: 42, name: 'باجهٔ تازه', services: [{ serviceId: 's01', weight: 1 }], active: true };
    expect((await post(`${base}/api/admin/counters`, body, clerkToken)).status).toBe(403);
    expect((await post(`${base}/api/admin/counters`, body)).status).toBe(401);
    const adminToken = await login(base, 'admin', 'admin1234');
    const made = await post<{ id: string }>(`${base}/api/admin/counters`, body, adminToken);
    expect(made.status).toBe(200);
    const saved = JSON.parse(await readFile(join(dir, 'office.json'), 'utf8')) as { counters: { id: string }[] };
    expect(saved.counters.map((c) => c.id)).toContain(made.json.id);
  });

  it('ten admins adding staff at the same moment keep all ten accounts', async () => {
    const adminToken = await login(base, 'admin', 'admin1234');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`${base}/api/admin/staff`, { username: `batch${i}`, displayName: `کارمند ${i}`, role: 'clerk', active: true, password: 'password123' }, adminToken),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const saved = JSON.parse(await readFile(join(dir, 'office.json'), 'utf8')) as { staff: { username: string }[] };
    for (let i = 0; i < 10; i++) expect(saved.staff.map((s) => s.username)).toContain(`batch${i}`);
  });

  it('two admins creating counter 77 at the same moment: one is saved, the other is told why', async () => {
    const adminToken = await login(base, 'admin', 'admin1234');
    const body = { number: 77, name: 'باجهٔ ۷۷', services: [{ serviceId: 's01', weight: 1 }], active: true };
    const answers = await Promise.all([1, 2].map(() => post<{ error?: { message: string } }>(`${base}/api/admin/counters`, body, adminToken)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.json.error!.message).toBe('باجه‌ای با همین شماره هست.');
    expect(server.office.config.counters.filter((c) => c.number === 77)).toHaveLength(1);
  });

  it('a second browser on the server machine pairs without logging the first one out', async () => {
    const first = await deviceToken(base, 'kiosk');
    const second = await deviceToken(base, 'kiosk');
    for (const token of [first, second]) {
      const kiosk = await Client.connect(base, token);
      expect((await kiosk.send({ type: 'ticket.issue', serviceId: 's07' })).ok).toBe(true);
      kiosk.close();
    }
  });

  it('a kiosk pairs with the code the admin gave, typed in Persian digits; a new code revokes the old token', async () => {
    const adminToken = await login(base, 'admin', 'admin1234');
    const made = await post<{ device: { id: string }; pairingCode: string }>(`${base}/api/admin/devices`, { kind: 'kiosk', name: 'کیوسک طبقه دوم' }, adminToken);
    expect(made.json.pairingCode).toMatch(/^\d{6}$/);
    const persian = made.json.pairingCode.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const paired = await post<{ token: string }>(`${base}/api/devices/pair`, { code: persian, kind: 'kiosk' });
    expect(paired.status).toBe(200);
    const again = await post<{ error: { message: string } }>(`${base}/api/devices/pair`, { code: persian, kind: 'kiosk' });
    expect(again.status).toBe(400);
    expect(again.json.error.message).toBe('کد جفت‌سازی درست نیست یا پیش‌تر به کار رفته است.');
    const kiosk = await Client.connect(base, paired.json.token);
    kiosk.close();
    await post(`${base}/api/admin/devices/${made.json.device.id}/code`, {}, adminToken);
    await expect(Client.connect(base, paired.json.token)).rejects.toThrow('unauthorized');
  });

  it('malformed commands get a clear Persian error and change nothing', async () => {
    const kiosk = await Client.connect(base, kioskToken);
    const before = server.office.seq;
    const tickets = server.office.state.tickets.size;
    const cases: unknown[] = [
      { type: 'ticket.issue' },
      { type: 'ticket.issue', serviceId: 42 },
      { type: 'ticket.issue', serviceId: 's01', priority: 'vip' },
      { type: 'no.such.thing' },
      'garbage',
      null,
    ];
    for (const raw of cases) {
      const a = (await kiosk.socket.timeout(10_000).emitWithAck('command', raw)) as { ok: boolean; error: { code: string; message: string } };
      expect(a.ok).toBe(false);
      expect(a.error.message).toMatch(/[\u0600-\u06FF]/);
    }
    const unknownService = await kiosk.send({ type: 'ticket.issue', serviceId: 'nope' });
    expect(unknownService).toMatchObject({ ok: false, error: { code: 'error.serviceNotFound', message: 'این خدمت پیدا نشد.' } });
    expect(server.office.seq).toBe(before);
    expect(server.office.state.tickets.size).toBe(tickets);
    kiosk.close();
  });

  it('bad admin input is refused in Persian and nothing is saved', async () => {
    const adminToken = await login(base, 'admin', 'admin1234');
    const version = server.office.config.version;
    const r = await post<{ error: { message: string } }>(
      `${base}/api/admin/services`,
      { name: 'x', departmentId: 'dept-civil', prefix: 'Q', rangeStart: 500, rangeEnd: 100, weight: 1, allowsPriority: true, active: true },
      adminToken,
    );
    expect(r.status).toBe(400);
    expect(r.json.error.message).toContain('اطلاعات فرستاده‌شده درست نیست');
    const clash = await post<{ error: { message: string } }>(
      `${base}/api/admin/services`,
      { name: 'خدمت آزمایشی', departmentId: 'dept-civil', prefix: 'الف', rangeStart: 150, rangeEnd: 160, weight: 1, allowsPriority: true, active: true },
      adminToken,
    );
    expect(clash.status).toBe(409);
    expect(server.office.config.version).toBe(version);
  });

  it('rate-limits password guessing', async () => {
    for (let i = 0; i < 5; i++) expect((await post(`${base}/api/auth/login`, { username: 'super', password: 'wrong' })).status).toBe(401);
    const r = await post<{ error: { message: string } }>(`${base}/api/auth/login`, { username: 'super', password: 'super1234' });
    expect(r.status).toBe(429);
    expect(r.json.error.message).toContain('دقیقهٔ دیگر');
  });
});
