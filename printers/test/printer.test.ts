// A ticket sent to a network printer comes out as the page we drew and reads right;
// the printer's status comes from its own answers, not from a socket connecting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { formatJalaliDate } from '@desk/common';
import { createPrinter, renderTicket, startVirtualPrinter, ticketEscPos, type TicketPrint, type VirtualPrinter } from '../src/index';
import { imageToRaster, rastersEqual } from '../src/raster';
import { printedRaster } from '../src/escpos';
import { STATUS_QUERIES } from '../src/status';
import { TcpTransport } from '../src/transports/tcp';
import { TransportError } from '../src/transports/link';
import { ocr, ocrKey, tempDir, until } from './helpers';

const ticket: TicketPrint = {
  office: { name: 'فرمانداری شهرستان چالوس' },
  label: 'ب-۱۲۳',
  serviceName: 'صدور پروانه اشتغال',
  counters: [1, 3],
  ahead: 5,
  waitMinutes: 12,
  issuedAt: Date.parse('2026-11-23T10:05:00Z'),
  statusUrl: 'http://192.168.1.10:8080/t/abc123',
};

let dir: Awaited<ReturnType<typeof tempDir>>;
let vp: VirtualPrinter;
beforeAll(async () => {
  dir = await tempDir('printer');
  vp = await startVirtualPrinter({ dir: `${dir.path}/printed` });
});
afterAll(async () => {
  await vp.close();
  await dir.remove();
});

/** A TCP server we script by hand: `onSocket` decides what a "printer" does. */
async function scriptedServer(onSocket: (s: Socket) => void): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    onSocket(s);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `tcp://127.0.0.1:${port}`,
    server,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('a ticket on a network printer', () => {
  it('arrives as exactly the page we drew, kept as PNG, and OCR reads the number, the service and the Jalali date', async () => {
    const printer = createPrinter(vp.url);
    const before = vp.jobs.length;
    const result = await printer.print(ticketEscPos(ticket));
    expect(result.ok).toBe(true);
    const job = await until(vp.device, 'job', () => vp.jobs.length > before && vp.jobs[vp.jobs.length - 1]?.file !== undefined && vp.jobs[vp.jobs.length - 1]);
    expect(vp.jobs.length).toBe(before + 1);
    expect(job.file).toMatch(/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}-\d+\.png$/);
    const fromPng = imageToRaster(await readFile(job.file!));
    expect(rastersEqual(fromPng, job.raster)).toBe(true);
    expect(rastersEqual(fromPng, printedRaster(renderTicket(ticket)))).toBe(true);

    const read = ocrKey(await ocr(fromPng, dir.path, 'ticket'));
    const label = ocrKey(ticket.label); // «ب-123»
    expect(read, `OCR read: ${read}`).toMatch(new RegExp(`${label}|123-?ب`));
    expect(read, `OCR read: ${read}`).toContain(ocrKey(ticket.serviceName));
    expect(read, `OCR read: ${read}`).toContain(ocrKey(formatJalaliDate(ticket.issuedAt))); // «2آذر1405»
    await printer.close();
  });

  it('prints on 58 mm paper too (384 dots)', async () => {
    const printer = createPrinter(`${vp.url}?paper=58`);
    expect(printer.width).toBe(384);
    const before = vp.jobs.length;
    expect((await printer.print(ticketEscPos(ticket, { width: printer.width }))).ok).toBe(true);
    const job = await until(vp.device, 'job', () => vp.jobs[before]);
    expect(job.raster.width).toBe(384);
    await printer.close();
  });
});

describe('the in-process virtual printer (`virtual`)', () => {
  it('keeps each job as a PNG in its folder and answers status queries', async () => {
    const printer = createPrinter('virtual', { virtualDir: `${dir.path}/in-process` });
    expect((await printer.checkStatus()).source).toBe('printer');
    expect((await printer.print(ticketEscPos(ticket))).ok).toBe(true);
    await printer.close(); // waits for the PNG
    const files = await readdir(`${dir.path}/in-process`);
    expect(files).toHaveLength(1);
    expect(rastersEqual(imageToRaster(await readFile(`${dir.path}/in-process/${files[0]}`)), printedRaster(renderTicket(ticket)))).toBe(true);
  });
});

describe('printer status', () => {
  it('follows what the printer answers to DLE EOT: online, paper low, paper out, cover open, error', async () => {
    const printer = createPrinter(vp.url);
    const seen: string[] = [];
    printer.on('status', (s) => seen.push(s.state));
    for (const fault of ['paper-low', 'paper-out', 'cover-open', 'error', null] as const) {
      await vp.setFault(fault);
      const status = await printer.checkStatus();
      expect(status.state).toBe(fault ?? 'online');
      expect(status.source).toBe('printer');
    }
    expect(seen).toEqual(['paper-low', 'paper-out', 'cover-open', 'error', 'online']);
    await printer.close();
  });

  it('does not call a printer online because its port accepts connections', async () => {
    const silent = await scriptedServer(() => undefined); // accepts, reads, never answers
    const printer = createPrinter(silent.url, { statusTimeoutMs: 200 });
    expect((await printer.checkStatus()).state).toBe('offline');
    await printer.close();
    await silent.close();
  });

  it('reports a closed port as offline, in Persian', async () => {
    const gone = await scriptedServer(() => undefined);
    const url = gone.url;
    await gone.close();
    const printer = createPrinter(url);
    const result = await printer.print(Buffer.from([0x1b, 0x40]));
    expect(result).toMatchObject({ ok: false, reason: 'offline', message: 'چاپگر در دسترس نیست' });
    expect(printer.status.state).toBe('offline');
    await printer.close();
  });

  it('does not send a job to a printer out of paper', async () => {
    await vp.setFault('paper-out');
    const before = vp.jobs.length;
    const printer = createPrinter(vp.url);
    const result = await printer.print(ticketEscPos(ticket));
    expect(result).toMatchObject({ ok: false, reason: 'paper-out', message: 'چاپگر کاغذ ندارد' });
    // a page it had taken would come out now, when paper is back
    await vp.setFault(null);
    expect(vp.jobs.length).toBe(before);
    await printer.close();
  });
});

describe('a printer that stops reading', () => {
  it('fails the job when the printer answered before the job but never after it (the job was not taken)', async () => {
    const stuck = await scriptedServer((s) => {
      // answers the first status query, then never reads again
      s.once('data', () => {
        s.write(Buffer.from([0x12, 0x12, 0x12, 0x12]));
        s.pause();
      });
    });
    const printer = createPrinter(stuck.url, { statusTimeoutMs: 200, confirmTimeoutMs: 300 });
    const result = await printer.print(ticketEscPos(ticket));
    expect(result).toMatchObject({ ok: false, reason: 'not-reading' });
    await printer.close();
    await stuck.close();
  });

  it('stops a write that the printer never takes instead of hanging', async () => {
    const stuck = await scriptedServer((s) => s.pause());
    const link = await new TcpTransport('127.0.0.1', Number(new URL(stuck.url).port)).open(1000);
    // far more than the kernel buffers hold on both sides
    const err = await link.write(Buffer.alloc(64 * 1024 * 1024), 300).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as TransportError).reason).toBe('not-reading');
    link.abort();
    await stuck.close();
  });

  it('sends the status queries before and after the job, nothing else', async () => {
    const received: Buffer[] = [];
    const recorder = await scriptedServer((s) =>
      s.on('data', (d: Buffer) => {
        received.push(d);
        const all = Buffer.concat(received);
        // answer each complete set of four queries
        const sets = all.length >= STATUS_QUERIES.length && all.subarray(-STATUS_QUERIES.length).equals(STATUS_QUERIES);
        if (sets) s.write(Buffer.from([0x12, 0x12, 0x12, 0x12]));
      }),
    );
    const printer = createPrinter(recorder.url);
    const job = ticketEscPos(ticket);
    expect((await printer.print(job)).ok).toBe(true);
    expect(Buffer.concat(received).equals(Buffer.concat([STATUS_QUERIES, job, STATUS_QUERIES]))).toBe(true);
    await printer.close();
    await recorder.close();
  });
});
