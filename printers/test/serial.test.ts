// A serial printer, played by this test on the far end of a pseudo-terminal pair that
// socat joins: status answers travel back over the line, and a job arrives byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { createPrinter, ticketEscPos, type Printer, type TicketPrint } from '../src/index';
import { STATUS_QUERIES } from '../src/status';
import { EscPosParser } from '../src/escpos-decode';
import { tempDir, until } from './helpers';

// DLE EOT 1..4 answers, bit by bit from the Epson reference:
const ONLINE = [0x12, 0x12, 0x12, 0x12];
// 1: offline (bit 3); 2: printing stopped at paper end (bit 5); 3: no error; 4: paper end (bits 5, 6)
const PAPER_OUT = [0x12 | 0x08, 0x12 | 0x20, 0x12, 0x12 | 0x60];

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
let socat: ChildProcess;
let far: SerialPort;
let received: Buffer[] = [];
let answers = ONLINE;

beforeAll(async () => {
  if (spawnSync('socat', ['-V']).error) throw new Error('socat is not installed: apt-get install -y socat');
  dir = await tempDir('serial');
  const near = join(dir.path, 'near');
  const farPath = join(dir.path, 'far');
  socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${near}`, `pty,raw,echo=0,link=${farPath}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  // socat says so on stderr once both ends exist
  await new Promise<void>((resolve, reject) => {
    let err = '';
    socat.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('starting data transfer loop') && existsSync(near) && existsSync(farPath)) resolve();
    });
    socat.once('exit', (code) => reject(new Error(`socat exited (${code}): ${err}`)));
  });
  far = new SerialPort({ path: farPath, baudRate: 19200 });
  await new Promise<void>((resolve, reject) => far.once('open', resolve).once('error', reject));
  // the printer: keep every byte, answer each DLE EOT n with the current state
  const parser = new EscPosParser();
  far.on('data', (d: Buffer) => {
    received.push(d);
    for (const cmd of parser.push(d)) {
      if (cmd.type === 'status' && cmd.query === 'dle-eot' && cmd.n >= 1 && cmd.n <= 4) far.write(Buffer.from([answers[cmd.n - 1]!]));
    }
  });
});

afterAll(async () => {
  if (far?.isOpen) await new Promise<void>((r) => far.close(() => r()));
  socat?.kill();
  await dir?.remove();
});

describe('a serial printer', () => {
  let printer: Printer;

  it('reports paper out when the printer answers the status query so', async () => {
    answers = PAPER_OUT;
    printer = createPrinter(`serial://${join(dir.path, 'near')}?baud=19200`, { statusTimeoutMs: 1000 });
    printer.startPolling(100);
    const status = await until(printer, 'status', () => printer.status.state === 'paper-out' && printer.status);
    expect(status).toMatchObject({ state: 'paper-out', source: 'printer', raw: PAPER_OUT });
    printer.stopPolling();
    // and a job is held back meanwhile
    const result = await printer.print(ticketEscPos(ticket));
    expect(result).toMatchObject({ ok: false, reason: 'paper-out' });
  });

  it('sends a job that arrives intact, between the status queries before and after it', async () => {
    answers = ONLINE;
    received = [];
    const job = ticketEscPos(ticket);
    const result = await printer.print(job);
    expect(result).toMatchObject({ ok: true, status: { state: 'online', source: 'printer' } });
    expect(Buffer.concat(received).equals(Buffer.concat([STATUS_QUERIES, job, STATUS_QUERIES]))).toBe(true);
    await printer.close();
  });
});
