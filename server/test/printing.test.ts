// Printing through the office server, over a real TCP socket to the virtual printer:
// a kiosk's ticket prints once and reads back right (OCR); a printer out of paper
// never stops a ticket, the kiosk and staff are told, and the job prints once the
// paper is back; a clerk can reprint.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatJalaliDate, type PrinterView, type Ticket, type TicketPrintState } from '@desk/common';
import { startVirtualPrinter, type VirtualPrinter } from '@desk/printers';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { Client, deviceToken, login, post } from './live-helpers';
import { containsDigitsNearly, ocrKey, ocrTicket, serialPrinterStandIn, SERIAL_ONLINE, SERIAL_PAPER_OUT, type SerialPrinterStandIn } from '../../printers/test/helpers';

let server: RunningOffice;
let printer: VirtualPrinter;
let serial: SerialPrinterStandIn;
let dir: string;
let kiosk: Client;
const prints: TicketPrintState[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-print-'));
  printer = await startVirtualPrinter({ dir: join(dir, 'printed') });
  serial = await serialPrinterStandIn(dir);
  server = await startOfficeServer({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    printers: [
      { id: 'office', name: 'چاپگر سالن', url: printer.url },
      // a second kiosk's serial printer, behind a socat pseudo-terminal pair
      { id: 'serial', name: 'چاپگر کیوسک دوم', url: `serial://${serial.near}?baud=19200`, pollMs: 300 },
    ],
    publicUrl: 'http://desk.example',
  });
  kiosk = await Client.connect(server.url, await deviceToken(server.url, 'kiosk'));
  kiosk.socket.on('desk:print', (p: TicketPrintState) => prints.push(p));
});

afterAll(async () => {
  kiosk.close();
  await server.close();
  await printer.close();
  await serial.close();
  await rm(dir, { recursive: true, force: true });
});

async function issue(serviceId: string): Promise<Ticket> {
  const a = (await kiosk.send({ type: 'ticket.issue', serviceId })) as unknown as { ok: boolean; ticket: Ticket };
  expect(a.ok).toBe(true);
  return a.ticket;
}

const printsOf = (ticketId: string) => prints.filter((p) => p.ticketId === ticketId).map((p) => p.state);

describe('printing tickets through the office server', () => {
  it('a kiosk ticket prints once on the office printer, and reads back with its number, service and Jalali date', async () => {
    const before = printer.jobs.length;
    const ticket = await issue('s01');
    await expect.poll(() => printsOf(ticket.id).at(-1)).toBe('printed');
    expect(printer.jobs.length).toBe(before + 1);
    const page = printer.jobs.at(-1)!;
    const text = ocrKey(await ocrTicket(page.raster, dir, `ticket-${ticket.number}`));
    expect(text).toContain(ocrKey(`${ticket.prefix}-${ticket.number}`));
    // the first words of the service name (OCR of a long name may break further on)
    const service = server.office.config.services.find((s) => s.id === 's01')!;
    expect(text).toContain(ocrKey(service.name.split(' ').slice(0, 2).join(' ')));
    // the Jalali month and year (the day's digits change daily, and OCR misreads ۲/۳ at this size)
    const [, month, year] = formatJalaliDate(ticket.issuedAt).split(' ');
    expect(text).toContain(ocrKey(`${month}${year}`));
  });

  it('out of paper: the ticket is still issued, kiosk and staff are told in Persian, and it prints once the paper is back', async () => {
    const clerk = await Client.connect(server.url, await login(server.url, 'clerk3', 'clerk1234'));
    const printerStates: PrinterView[][] = [];
    clerk.socket.on('desk:printers', (views: PrinterView[]) => printerStates.push(views));
    await printer.setFault('paper-out');
    const before = printer.jobs.length;
    const ticket = await issue('s02');
    expect(ticket.number).toBeGreaterThan(0);
    await expect.poll(() => prints.find((p) => p.ticketId === ticket.id && p.state === 'waiting')?.message).toBe('چاپگر کاغذ ندارد');
    await expect.poll(() => printerStates.at(-1)?.[0]?.state).toBe('paper-out');
    expect(printerStates.at(-1)![0]!.waiting).toBe(1);
    expect(printer.jobs.length).toBe(before);

    await printer.setFault(null);
    await expect.poll(() => printsOf(ticket.id).at(-1), { timeout: 30_000 }).toBe('printed');
    await expect.poll(() => printerStates.at(-1)?.[0]?.state).toBe('online');
    expect(printer.jobs.length).toBe(before + 1);
    clerk.close();
  });

  it("a serial printer's paper-out answer reaches the staff's printer list, and its recovery too", async () => {
    const clerk = await Client.connect(server.url, await login(server.url, 'clerk5', 'clerk1234'));
    const views: PrinterView[][] = [];
    clerk.socket.on('desk:printers', (v: PrinterView[]) => views.push(v));
    const serialState = () => views.at(-1)?.find((p) => p.id === 'serial')?.state;
    serial.answers = SERIAL_PAPER_OUT;
    await expect.poll(serialState, { timeout: 30_000 }).toBe('paper-out');
    // the admin page reads the same list over HTTP
    const res = await fetch(`${server.url}/api/printing/printers`, { headers: { authorization: `Bearer ${await login(server.url, 'admin', 'admin1234')}` } });
    const listed = ((await res.json()) as { printers: PrinterView[] }).printers.find((p) => p.id === 'serial')!;
    expect(listed).toMatchObject({ state: 'paper-out', message: 'چاپگر کاغذ ندارد' });
    serial.answers = SERIAL_ONLINE;
    await expect.poll(serialState, { timeout: 30_000 }).toBe('online');
    clerk.close();
  });

  it('the desk prints the receipt of a request it registered: the tracking code reads back from the paper', async () => {
    const token = await login(server.url, 'clerk3', 'clerk1234');
    const service = server.edesk.desk.catalogue.services.find((d) => d.serviceId === 's12')!;
    const values: Record<string, string> = {};
    for (const f of service.form.fields) if (f.kind === 'select') values[f.id] = f.options[0]!.value;
    for (const f of service.form.fields) if (f.kind === 'textarea') values[f.id] = 'درخواست آزمون رسید';
    const submitted = await post<{ receipt: { trackingCode: string }; error?: { message: string } }>(
      `${server.url}/api/edesk/cases`,
      { commandId: 'desk-receipt-0001', serviceId: 's12', client: { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' }, values, documents: [] },
      token,
    );
    expect(submitted.json.error).toBeUndefined();
    const code = submitted.json.receipt.trackingCode;
    const before = printer.jobs.length;
    expect((await post(`${server.url}/api/printing/receipt`, { trackingCode: code }, token)).status).toBe(200);
    await expect.poll(() => printer.jobs.length).toBe(before + 1);
    const text = ocrKey(await ocrTicket(printer.jobs.at(-1)!.raster, dir, 'receipt'));
    // the whole tracking code, allowing OCR two misread Persian digits of eleven
    expect(containsDigitsNearly(text, code)).toBe(true);
  });

  it('a clerk reprints a ticket on purpose; a kiosk cannot', async () => {
    const ticket = await issue('s03');
    await expect.poll(() => printsOf(ticket.id).at(-1)).toBe('printed');
    const before = printer.jobs.length;
    const token = await login(server.url, 'clerk2', 'clerk1234');
    const r = await post<{ ok: boolean }>(`${server.url}/api/printing/reprint`, { ticketId: ticket.id }, token);
    expect(r.status).toBe(200);
    await expect.poll(() => printer.jobs.length).toBe(before + 1);
    const denied = await post(`${server.url}/api/printing/reprint`, { ticketId: ticket.id }, await deviceToken(server.url, 'kiosk'));
    expect(denied.status).toBe(401);
  });

  it("the admin chooses where a kiosk prints: 'none' prints nothing, an unknown printer is refused in Persian", async () => {
    const admin = await login(server.url, 'admin', 'admin1234');
    const device = server.office.config.devices.find((d) => d.kind === 'kiosk')!;
    const put = async (body: unknown) => {
      const res = await fetch(`${server.url}/api/admin/devices/${device.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as { error?: { message: string } } };
    };
    const unknown = await put({ name: device.name, printer: 'basement' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error!.message).toContain('چاپگری با این نام در سرور نیست');
    expect((await put({ name: device.name, printer: 'none' })).status).toBe(200);
    expect(server.office.config.devices.find((d) => d.id === device.id)!.printer).toBe('none');
    const before = printer.jobs.length;
    const ticket = await issue('s04');
    const other = await issue('s04'); // a second one, so a print of the first would have had time to show
    expect(other.number).toBe(ticket.number + 1);
    expect(printsOf(ticket.id)).toEqual([]);
    expect(server.printing.ticketState(ticket.id)).toBeUndefined();
    expect(printer.jobs.length).toBe(before);
    expect((await put({ name: device.name, printer: 'office' })).status).toBe(200);
  });
});
