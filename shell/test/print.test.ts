// A kiosk with its own printer: the real startShell (Electron faked, as in
// shell.test.ts) with a virtual printer on a real TCP port as the printer the
// settings name. The kiosk page's print call (a ticket, or an e-desk receipt) goes
// through the IPC handler, the check of its sender and data, the durable queue, and
// comes out as paper.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReceiptPrintState, TicketPrintState } from '@desk/common';
import { renderReceipt, renderTicket, startVirtualPrinter, type ReceiptPrint, type TicketPrint, type VirtualPrinter } from '@desk/printers';
import { printedRaster } from '@desk/printers/escpos';
import { rastersEqual } from '@desk/printers/raster';
import { IPC_CHANNELS, IPC_EVENTS, type PrintAnswer, type ReceiptPrintAnswer } from '../src/common/ipc';
import type { ShellKind } from '../src/common/kind';
import { startShell, type RunningShell } from '../src/main/shell';
import { fake, senderOn } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let server: Server;
let serverUrl: string;
let appData: string;
let printer: VirtualPrinter;
let running: RunningShell | null = null;

beforeEach(async () => {
  fake.reset();
  server = createServer((req, res) => res.writeHead(req.url === '/api/health' ? 200 : 404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  appData = await mkdtemp(path.join(tmpdir(), 'desk-shell-print-'));
  fake.state.paths.set('appData', appData);
  printer = await startVirtualPrinter({});
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  await running?.stop();
  running = null;
  await printer.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(appData, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Starts a shell whose settings file names the test server and `printerUrl`. */
async function start(printerUrl: string, kind: ShellKind = 'kiosk') {
  const userData = path.join(appData, `desk-shell-${kind}`);
  await mkdir(userData, { recursive: true });
  await writeFile(path.join(userData, 'desk-settings.json'), JSON.stringify({ serverUrl, adminPinHash: null, language: 'fa', printerUrl }));
  running = await startShell({ kind, distDir: '/opt/desk-shell/dist', backoff: { initialMs: 30, factor: 1.5, maxMs: 60 } });
  const contents = fake.state.windows[0]!.webContents;
  const print = (event: unknown, ticketId: unknown, data: unknown) =>
    fake.state.handlers.get(IPC_CHANNELS.print)!(event, ticketId, data) as Promise<PrintAnswer>;
  const printReceipt = (event: unknown, trackingCode: unknown, data: unknown) =>
    fake.state.handlers.get(IPC_CHANNELS.printReceipt)!(event, trackingCode, data) as Promise<ReceiptPrintAnswer>;
  return { userData, contents, print, printReceipt };
}

/** Resolves once `check` holds (checked every 20 ms; the test runner's own timeout is the only limit). */
async function until<T>(check: () => T | undefined | false): Promise<T> {
  for (;;) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ticket = (label: string, id: string): TicketPrint => ({
  office: { name: 'ادارهٔ ثبت احوال شهرستان نوشهر' },
  label,
  serviceName: 'صدور شناسنامه',
  counters: [2, 5],
  ahead: 3,
  waitMinutes: 9,
  issuedAt: Date.parse('2026-11-23T08:30:00Z'),
  statusUrl: `http://192.168.1.10:8080/portal/t/${id}`,
});

const statesSent = (contents: { sent: unknown[][] }): TicketPrintState[] =>
  contents.sent.filter(([channel]) => channel === IPC_EVENTS.printState).map(([, state]) => state as TicketPrintState);

/** The receipt of a request, as the office server answers it to a kiosk that prints itself. */
const receipt = (trackingCode: string): ReceiptPrint => ({
  office: { name: 'فرمانداری شهرستان چالوس' },
  service: { title: 'پاسخ به پرسش‌های کمیسیون مادهٔ ۹۹', code: 's32' },
  client: { name: 'مریم احمدی', nationalId: '0012345679' },
  trackingCode,
  documents: ['عکس-ساختمان.jpg'],
  submittedAt: Date.parse('2026-11-23T08:30:00Z'),
  responseDueAt: Date.parse('2026-11-25T08:30:00Z'),
  fee: null,
  responsible: { name: 'دبیر کمیسیون مادهٔ ۹۹', contact: '011-52220542' },
  trackingUrl: `http://192.168.1.10:8080/portal/track/${trackingCode}`,
});

const receiptStatesSent = (contents: { sent: unknown[][] }): ReceiptPrintState[] =>
  contents.sent.filter(([channel]) => channel === IPC_EVENTS.receiptPrintState).map(([, state]) => state as ReceiptPrintState);

/** The jobs the shell keeps on disk, as the queue wrote them. */
async function jobsOnDisk(userData: string): Promise<{ key?: string; state: string }[]> {
  const dir = path.join(userData, 'print-queue');
  const files = (await readdir(dir)).filter((f) => /^[^.]+\.json$/.test(f));
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as { key?: string; state: string }));
}

describe("a kiosk's own ticket printer", () => {
  it('a visitor takes a ticket and exactly that page comes out of the printer, while the page hears how it goes', async () => {
    const { contents, print, userData } = await start(printer.url);
    const app = senderOn(`${serverUrl}/kiosk`);

    const answer = await print(app, 't-100', ticket('ب-۱۰۰', 't-100'));
    // answered at once: queued, not printed (the paper comes later)
    expect(answer).toEqual({ ok: true, state: { ticketId: 't-100', printerId: 'local', state: 'queued' } });

    const page = await until(() => printer.jobs[0]);
    expect(rastersEqual(page.raster, printedRaster(renderTicket(ticket('ب-۱۰۰', 't-100'))))).toBe(true);

    const printed = await until(() => statesSent(contents).find((s) => s.state === 'printed'));
    expect(printed).toEqual({ ticketId: 't-100', printerId: 'local', state: 'printed' });
    expect(statesSent(contents).map((s) => s.state)).toEqual(['queued', 'printing', 'printed']);
    // the job is kept on disk in the shell's folder (it survives a restart)
    expect((await readdir(path.join(userData, 'print-queue'))).some((f) => f.endsWith('.json'))).toBe(true);
  });

  it('the same ticket asked twice, or again after it printed, prints once', async () => {
    const { contents, print } = await start(printer.url);
    const app = senderOn(`${serverUrl}/kiosk`);
    const seven = ticket('الف-۷', 't-7');

    const [first, second] = await Promise.all([print(app, 't-7', seven), print(app, 't-7', seven)]);
    expect(first).toMatchObject({ ok: true, state: { ticketId: 't-7' } });
    expect(second).toMatchObject({ ok: true, state: { ticketId: 't-7' } });
    await until(() => statesSent(contents).some((s) => s.ticketId === 't-7' && s.state === 'printed'));
    expect(await print(app, 't-7', seven)).toEqual({ ok: true, state: { ticketId: 't-7', printerId: 'local', state: 'printed' } });

    // Jobs go out in order: had a second t-7 been queued, it would come out before t-8.
    const eight = ticket('الف-۸', 't-8');
    await print(app, 't-8', eight);
    await until(() => statesSent(contents).some((s) => s.ticketId === 't-8' && s.state === 'printed'));
    expect(printer.jobs).toHaveLength(2);
    expect(rastersEqual(printer.jobs[0]!.raster, printedRaster(renderTicket(seven)))).toBe(true);
    expect(rastersEqual(printer.jobs[1]!.raster, printedRaster(renderTicket(eight)))).toBe(true);
  });

  it('refuses a call from another origin, another frame or another window, and data that is not a ticket, in Persian', async () => {
    const { contents, print } = await start(printer.url);
    const data = ticket('ج-۱', 't-1');

    for (const event of [
      senderOn('http://evil.example:8080/kiosk'),
      senderOn(`${serverUrl}/counter`),
      senderOn(`${serverUrl}/kiosk`, 42, false),
      senderOn(`${serverUrl}/kiosk`, 99),
      senderOn('file:///opt/desk-shell/dist/pages/settings.html'),
    ]) {
      expect(await print(event, 't-1', data)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'چاپ فقط از برنامهٔ کیوسک روی سرور همین اداره پذیرفته می‌شود.' },
      });
    }

    const app = senderOn(`${serverUrl}/kiosk`);
    expect(await print(app, 't-1', { ...data, layout: { blocks: [{ kind: 'text', text: 'anything' }] } })).toEqual({
      ok: false,
      error: { code: 'INVALID_PRINT', message: 'درخواست چاپ پذیرفته نشد: بخش «layout» از برگهٔ نوبت درست نیست.' },
    });
    expect(await print(app, '', data)).toMatchObject({ ok: false, error: { code: 'INVALID_PRINT' } });
    expect(await print(app, 't-1', 'print me')).toMatchObject({ ok: false, error: { code: 'INVALID_PRINT' } });

    // Nothing refused reached the queue: the first page out is the one valid call.
    const valid = ticket('ج-۲', 't-2');
    expect(await print(app, 't-2', valid)).toMatchObject({ ok: true });
    await until(() => statesSent(contents).some((s) => s.state === 'printed'));
    expect(printer.jobs).toHaveLength(1);
    expect(rastersEqual(printer.jobs[0]!.raster, printedRaster(renderTicket(valid)))).toBe(true);
    expect(statesSent(contents).every((s) => s.ticketId === 't-2')).toBe(true);
  });

  it('without a printer in its settings, the kiosk is told so; one set on the settings page prints at once', async () => {
    const { contents, print } = await start('');
    const app = senderOn(`${serverUrl}/kiosk`);
    const data = ticket('د-۳', 't-3');
    expect(await print(app, 't-3', data)).toEqual({
      ok: false,
      error: { code: 'NO_PRINTER', message: 'برای این کیوسک چاپگری تنظیم نشده است.' },
    });

    const settingsPage = senderOn('file:///opt/desk-shell/dist/pages/settings.html');
    await fake.state.handlers.get(IPC_CHANNELS.setPin)!(settingsPage, null, '2468');
    const saved = await fake.state.handlers.get(IPC_CHANNELS.saveSettings)!(settingsPage, '2468', { serverUrl, language: 'fa', printerUrl: printer.url });
    expect(saved).toMatchObject({ ok: true, value: { printerUrl: printer.url } });

    expect(await print(app, 't-3', data)).toMatchObject({ ok: true, state: { ticketId: 't-3', printerId: 'local' } });
    await until(() => statesSent(contents).some((s) => s.state === 'printed'));
    expect(printer.jobs).toHaveLength(1);
  });

  it('the counter and display shells have no print channel', async () => {
    await start(printer.url, 'counter');
    expect(fake.state.handlers.has(IPC_CHANNELS.print)).toBe(false);
    expect(fake.state.handlers.has(IPC_CHANNELS.printReceipt)).toBe(false);
    expect(fake.state.handlers.has(IPC_CHANNELS.getSettings)).toBe(true);
  });
});

describe("an e-desk receipt on the kiosk's own printer", () => {
  it('the receipt the server handed the page comes out of the printer once, however often the page asks, and the page hears it printed', async () => {
    const { contents, printReceipt, userData } = await start(printer.url);
    const app = senderOn(`${serverUrl}/kiosk`);
    const code = '14041234567';
    const data = receipt(code);

    const [first, second] = await Promise.all([printReceipt(app, code, data), printReceipt(app, code, data)]);
    expect(first).toEqual({ ok: true, state: { trackingCode: code, printerId: 'local', state: 'queued' } });
    expect(second).toMatchObject({ ok: true, state: { trackingCode: code } });

    const page = await until(() => printer.jobs[0]);
    expect(rastersEqual(page.raster, printedRaster(renderReceipt(data)))).toBe(true);
    const printed = await until(() => receiptStatesSent(contents).find((s) => s.state === 'printed'));
    expect(printed).toEqual({ trackingCode: code, printerId: 'local', state: 'printed' });
    // the ticket channel heard nothing of it: a receipt is not a ticket
    expect(statesSent(contents)).toEqual([]);

    // asked again after it printed: the answer is the job already there, no second paper
    expect(await printReceipt(app, code, data)).toEqual({ ok: true, state: { trackingCode: code, printerId: 'local', state: 'printed' } });
    const onDisk = await jobsOnDisk(userData);
    expect(onDisk.filter((j) => j.key === `receipt:${code}`)).toEqual([expect.objectContaining({ state: 'printed' })]);
    // a ticket after it prints after it: had a second receipt been queued, it would be the second page
    await fake.state.handlers.get(IPC_CHANNELS.print)!(app, 't-9', ticket('الف-۹', 't-9'));
    await until(() => statesSent(contents).some((s) => s.ticketId === 't-9' && s.state === 'printed'));
    expect(printer.jobs).toHaveLength(2);
    expect(rastersEqual(printer.jobs[1]!.raster, printedRaster(renderTicket(ticket('الف-۹', 't-9'))))).toBe(true);
  });

  it('a receipt that is not one is refused in Persian, and nothing reaches the printer', async () => {
    const { contents, printReceipt, userData } = await start(printer.url);
    const app = senderOn(`${serverUrl}/kiosk`);
    const code = '14047654321';
    const data = receipt(code);

    expect(await printReceipt(app, code, { ...data, layout: { blocks: [{ kind: 'text', text: 'anything' }] } })).toEqual({
      ok: false,
      error: { code: 'INVALID_PRINT', message: 'درخواست چاپ پذیرفته نشد: بخش «layout» از رسید درست نیست.' },
    });
    expect(await printReceipt(app, code, { ...data, client: { name: 'خ'.repeat(100_000), nationalId: '0012345679' } })).toEqual({
      ok: false,
      error: { code: 'INVALID_PRINT', message: 'درخواست چاپ پذیرفته نشد: بخش «client» از رسید درست نیست.' },
    });
    // another request's receipt under this code
    expect(await printReceipt(app, code, receipt('14040000001'))).toMatchObject({ ok: false, error: { message: 'درخواست چاپ پذیرفته نشد: بخش «trackingCode» از رسید درست نیست.' } });
    expect(await printReceipt(app, '../../etc', data)).toEqual({ ok: false, error: { code: 'INVALID_PRINT', message: 'درخواست چاپ پذیرفته نشد: کد رهگیری درست نیست.' } });
    // and from anywhere but the kiosk app, not even looked at
    expect(await printReceipt(senderOn(`${serverUrl}/counter`), code, data)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // give the printer time to have printed anything it was handed: a valid ticket goes through after them
    await fake.state.handlers.get(IPC_CHANNELS.print)!(app, 't-1', ticket('ج-۱', 't-1'));
    await until(() => statesSent(contents).some((s) => s.state === 'printed'));
    expect(printer.jobs).toHaveLength(1);
    expect(rastersEqual(printer.jobs[0]!.raster, printedRaster(renderTicket(ticket('ج-۱', 't-1'))))).toBe(true);
    expect((await jobsOnDisk(userData)).some((j) => j.key?.startsWith('receipt:'))).toBe(false);
    expect(receiptStatesSent(contents)).toEqual([]);
  });

  it('without a printer in its settings, the page is told so in Persian', async () => {
    const { printReceipt } = await start('');
    expect(await printReceipt(senderOn(`${serverUrl}/kiosk`), '14041111111', receipt('14041111111'))).toEqual({
      ok: false,
      error: { code: 'NO_PRINTER', message: 'برای این کیوسک چاپگری تنظیم نشده است.' },
    });
  });
});
