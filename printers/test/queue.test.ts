// The print queue as the server uses it: the kiosk never waits for paper, a ticket
// held by a printer fault comes out once the fault clears — once, not twice — and
// nothing waiting is lost when the server restarts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createPrinter, PrintQueue, renderTicket, startVirtualPrinter, ticketJob, type PrintJob, type PrintQueueOptions, type TicketPrint, type VirtualFault, type VirtualPrinter } from '../src/index';
import { rastersEqual } from '../src/raster';
import { printedRaster } from '../src/escpos';
import { tempDir, until } from './helpers';

const ticket = (n: number): TicketPrint => ({
  office: { name: 'فرمانداری شهرستان چالوس' },
  label: `الف-${n}`,
  serviceName: 'صدور پروانه اشتغال',
  counters: [2],
  ahead: n,
  waitMinutes: 3 * n,
  issuedAt: Date.parse('2026-11-23T10:05:00Z') + n * 60_000,
  statusUrl: `http://192.168.1.10:8080/t/${n}`,
});

// short back-off and status timeouts: the tests wait for events, never for the clock
const fast = { retry: { baseMs: 20, maxMs: 200, maxAttempts: 1000 }, pollMs: 100 } satisfies Partial<PrintQueueOptions>;
// status answers on loopback take well under a millisecond; the margin is for a busy machine
const printerOptions = { connectTimeoutMs: 1000, statusTimeoutMs: 1000, confirmTimeoutMs: 2000, writeTimeoutMs: 2000 };

let dir: Awaited<ReturnType<typeof tempDir>>;
let vp: VirtualPrinter;
let open: PrintQueue[] = [];

beforeEach(async () => {
  dir = await tempDir('queue');
  vp = await startVirtualPrinter({ dir: join(dir.path, 'printed') });
});
afterEach(async () => {
  for (const q of open) {
    await q.close();
    await q.printer.close();
  }
  open = [];
  await vp.close();
  await dir.remove();
});

async function queueFor(url: string, extra: Partial<PrintQueueOptions> = {}, folder = 'queue'): Promise<PrintQueue> {
  const q = await PrintQueue.open({ printer: createPrinter(url, printerOptions), dir: join(dir.path, folder), ...fast, ...extra });
  open.push(q);
  return q;
}

/** Pages the virtual printer has put out, waiting for `n` of them. */
const pages = (n: number) => until(vp.device, 'job', () => vp.jobs.length >= n && vp.jobs);

describe('printer faults through the queue', () => {
  for (const fault of ['closed', 'stall', 'paper-out', 'cover-open'] as VirtualFault[]) {
    it(`${fault}: enqueue answers at once, the job is kept and retried, and prints exactly once after the fault clears`, async () => {
      await vp.setFault(fault);
      const q = await queueFor(vp.url);
      const states: PrintJob[] = [];
      q.on('job', (j) => states.push(j));

      const { job, duplicate } = q.enqueue(ticketJob('t1', ticket(1)));
      // answered synchronously, nothing printed yet
      expect(duplicate).toBe(false);
      expect(job.state).toBe('queued');
      expect(vp.jobs.length).toBe(0);

      // retried while the fault lasts: tried at least twice, and waiting
      await until(q, 'job', () => (q.get(job.id)?.attempts ?? 0) >= 2 && q.get(job.id)?.state === 'waiting');
      const held = q.get(job.id)!;
      expect(held.lastError?.reason).toBe(fault === 'closed' ? 'offline' : fault === 'stall' ? 'timeout' : fault);
      expect(await readdir(q.dir)).toContain(`${job.id}.json`);
      expect(vp.jobs.length).toBe(0);

      await vp.setFault(null);
      expect((await q.settled(job.id)).state).toBe('printed');
      // a second job behind it: whatever the first could have left in the printer comes out before this one
      const marker = q.enqueue(ticketJob('t2', ticket(2))).job;
      await q.settled(marker.id);
      const out = await pages(2);
      expect(out.length).toBe(2);
      expect(rastersEqual(out[0]!.raster, printedRaster(renderTicket(ticket(1))))).toBe(true);
      expect(rastersEqual(out[1]!.raster, printedRaster(renderTicket(ticket(2))))).toBe(true);
      expect(states.filter((s) => s.id === job.id && s.state === 'printed')).toHaveLength(1);
    });
  }

  it('tells the server when the printer runs out of paper and when it is back', async () => {
    const q = await queueFor(vp.url);
    const seen: string[] = [];
    q.on('status', (s) => seen.push(s.state));
    await until(q, 'status', () => q.printer.status.state === 'online');
    await vp.setFault('paper-out');
    await until(q, 'status', () => q.printer.status.state === 'paper-out');
    await vp.setFault(null);
    await until(q, 'status', () => q.printer.status.state === 'online');
    expect(seen).toEqual(['online', 'paper-out', 'online']);
  });

  it('keeps a job that keeps failing as failed, and prints it when asked to retry', async () => {
    await vp.setFault('closed');
    const q = await queueFor(vp.url, { retry: { baseMs: 10, maxMs: 50, maxAttempts: 3 } });
    const { job } = q.enqueue(ticketJob('t1', ticket(1)));
    const failed = await q.settled(job.id);
    expect(failed).toMatchObject({ state: 'failed', linkFailures: 3, lastError: { reason: 'offline', message: 'چاپگر در دسترس نیست' } });
    await vp.setFault(null);
    expect(q.get(job.id)?.state).toBe('failed'); // not on its own
    expect(q.retry(job.id)?.state).toBe('queued');
    expect((await q.settled(job.id)).state).toBe('printed');
    expect((await pages(1)).length).toBe(1);
  });

  it('goes on with the next job after one fails for good', async () => {
    await vp.setFault('closed');
    const q = await queueFor(vp.url, { retry: { baseMs: 10, maxMs: 50, maxAttempts: 2 } });
    const first = q.enqueue(ticketJob('t1', ticket(1))).job;
    await q.settled(first.id);
    await vp.setFault(null);
    const second = q.enqueue(ticketJob('t2', ticket(2))).job;
    expect((await q.settled(second.id)).state).toBe('printed');
    expect(q.get(first.id)?.state).toBe('failed');
  });
});

describe('the same ticket never prints twice by accident', () => {
  it('returns the existing job for a known key, before and after printing; a reprint prints again', async () => {
    const q = await queueFor(vp.url);
    const a = q.enqueue(ticketJob('t1', ticket(1)));
    const b = q.enqueue(ticketJob('t1', ticket(1)));
    expect(b).toMatchObject({ duplicate: true, job: { id: a.job.id } });
    await q.settled(a.job.id);
    const c = q.enqueue(ticketJob('t1', ticket(1)));
    expect(c).toMatchObject({ duplicate: true, job: { id: a.job.id, state: 'printed' } });

    const again = await q.reprint('ticket:t1');
    expect(again?.duplicate).toBe(false);
    expect(again?.job).toMatchObject({ key: 'ticket:t1', reprintOf: a.job.id });
    await q.settled(again!.job.id);
    const out = await pages(2);
    expect(out).toHaveLength(2);
    expect(rastersEqual(out[0]!.raster, out[1]!.raster)).toBe(true);
  });

  it('a cancelled job does not block its key', async () => {
    await vp.setFault('closed');
    const q = await queueFor(vp.url);
    const a = q.enqueue(ticketJob('t1', ticket(1))).job;
    expect(q.cancel(a.id)?.state).toBe('cancelled');
    const b = q.enqueue(ticketJob('t1', ticket(1)));
    expect(b.duplicate).toBe(false);
    await vp.setFault(null);
    await q.settled(b.job.id);
    expect((await pages(1)).length).toBe(1);
    expect(q.get(a.id)?.state).toBe('cancelled');
  });
});

describe('restarts', () => {
  it('jobs on disk survive a new queue over the same folder, print in order, and keep their keys', async () => {
    await vp.setFault('closed');
    const first = await queueFor(vp.url, { retry: { baseMs: 10, maxMs: 50, maxAttempts: 2 } });
    const failed = first.enqueue(ticketJob('t0', ticket(0))).job;
    await first.settled(failed.id);
    const ids = [1, 2, 3].map((n) => first.enqueue(ticketJob(`t${n}`, ticket(n))).job.id);
    const bytesJob = first.enqueue({ key: 'raw', bytes: Buffer.from([0x1b, 0x40, 0x1d, 0x76, 0x30, 0, 1, 0, 1, 0, 0xff, 0x1d, 0x56, 0x01]) }).job;
    await first.close();
    await first.printer.close();
    open = open.filter((q) => q !== first);

    await vp.setFault(null);
    const second = await queueFor(vp.url);
    expect(second.list().map((j) => j.id)).toEqual([failed.id, ...ids, bytesJob.id]);
    expect(second.get(failed.id)?.state).toBe('failed');
    for (const id of [...ids, bytesJob.id]) expect((await second.settled(id)).state).toBe('printed');
    const out = await pages(4);
    expect(out.map((p) => p.raster.height).slice(0, 3)).toEqual([1, 2, 3].map((n) => renderTicket(ticket(n)).height));
    [1, 2, 3].forEach((n, i) => expect(rastersEqual(out[i]!.raster, printedRaster(renderTicket(ticket(n))))).toBe(true));
    expect(out[3]!.raster).toMatchObject({ width: 8, height: 1 });
    expect(second.enqueue(ticketJob('t2', ticket(2))).duplicate).toBe(true);
    // the failed one is still there to retry
    second.retry(failed.id);
    expect((await second.settled(failed.id)).state).toBe('printed');
  });

  it('ignores a half-written temp file left by a crash', async () => {
    const q = await queueFor(vp.url, {}, 'crashy');
    const { job } = q.enqueue(ticketJob('t1', ticket(1)));
    await q.settled(job.id);
    await q.close();
    await q.printer.close();
    open = [];
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir.path, 'crashy', `.${job.id}.json.abc.tmp`), '{"id": "tor');
    const again = await queueFor(vp.url, {}, 'crashy');
    expect(again.list().map((j) => j.id)).toEqual([job.id]);
    expect((await readdir(again.dir)).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
