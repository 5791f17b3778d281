// A serial printer, played by this test on the far end of a pseudo-terminal pair that
// socat joins: status answers travel back over the line, and a job arrives byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrinter, ticketEscPos, type Printer, type TicketPrint } from '../src/index';
import { STATUS_QUERIES } from '../src/status';
import { SERIAL_ONLINE, SERIAL_PAPER_OUT, serialPrinterStandIn, tempDir, until, type SerialPrinterStandIn } from './helpers';

const ONLINE = SERIAL_ONLINE;
const PAPER_OUT = SERIAL_PAPER_OUT;

const ticket: TicketPrint = {
  office: { name: 'فرمانداری شهرستان چالوس' },
  label: 'ج-۷',
  serviceName: 'ثبت درخواست',
  counters: [4],
  ahead: 0,
  waitMinutes: null,
  issuedAt: Date.parse('2026-11-23T10:05:00Z'),
  statusUrl: 'http://192.168.1.10:8080/t/7',
};

let dir: Awaited<ReturnType<typeof tempDir>>;
let far: SerialPrinterStandIn;

beforeAll(async () => {
  dir = await tempDir('serial');
  far = await serialPrinterStandIn(dir.path);
});

afterAll(async () => {
  await far?.close();
  await dir?.remove();
});

describe('a serial printer', () => {
  let printer: Printer;

  it('reports paper out when the printer answers the status query so', async () => {
    far.answers = PAPER_OUT;
    printer = createPrinter(`serial://${far.near}?baud=19200`, { statusTimeoutMs: 1000 });
    printer.startPolling(100);
    const status = await until(printer, 'status', () => printer.status.state === 'paper-out' && printer.status);
    expect(status).toMatchObject({ state: 'paper-out', source: 'printer', raw: PAPER_OUT });
    printer.stopPolling();
    // and a job is held back meanwhile
    const result = await printer.print(ticketEscPos(ticket));
    expect(result).toMatchObject({ ok: false, reason: 'paper-out' });
  });

  it('sends a job that arrives intact, between the status queries before and after it', async () => {
    far.answers = ONLINE;
    far.received.length = 0;
    const job = ticketEscPos(ticket);
    const result = await printer.print(job);
    expect(result).toMatchObject({ ok: true, status: { state: 'online', source: 'printer' } });
    expect(Buffer.concat(far.received).equals(Buffer.concat([STATUS_QUERIES, job, STATUS_QUERIES]))).toBe(true);
    await printer.close();
  });
});
