// Printer addresses as an admin types them, status bytes as printers send them, and
// the device-file transport.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPrinter, parsePrinterUrl, PrinterUrlError, statusMessage } from '../src/index';
import { parseStatusBytes, statusBytesFor, type PrinterState } from '../src/status';
import { tempDir } from './helpers';

describe('printer addresses', () => {
  it('reads network, serial, device-file and virtual printers', () => {
    expect(parsePrinterUrl('tcp://192.168.1.50:9100')).toEqual({ target: { kind: 'tcp', host: '192.168.1.50', port: 9100 } });
    expect(parsePrinterUrl('tcp://printer.lan')).toEqual({ target: { kind: 'tcp', host: 'printer.lan', port: 9100 } });
    expect(parsePrinterUrl('serial:///dev/ttyUSB0?baud=19200')).toEqual({ target: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, rtscts: false } });
    expect(parsePrinterUrl('serial://COM3?baud=9600&rtscts=1')).toEqual({ target: { kind: 'serial', path: 'COM3', baudRate: 9600, rtscts: true } });
    expect(parsePrinterUrl('file:///dev/usb/lp0')).toEqual({ target: { kind: 'file', path: '/dev/usb/lp0' } });
    expect(parsePrinterUrl('/dev/usb/lp0')).toEqual({ target: { kind: 'file', path: '/dev/usb/lp0' } });
    expect(parsePrinterUrl('\\\\.\\COM3')).toEqual({ target: { kind: 'file', path: '\\\\.\\COM3' } });
    expect(parsePrinterUrl('virtual')).toEqual({ target: { kind: 'virtual' } });
    expect(parsePrinterUrl('virtual:?dir=./data/printed')).toEqual({ target: { kind: 'virtual', dir: './data/printed' } });
  });

  it('takes the paper width from the address', () => {
    expect(parsePrinterUrl('tcp://10.0.0.5?paper=58').width).toBe(384);
    expect(parsePrinterUrl('serial:///dev/ttyS0?width=512').width).toBe(512);
  });

  it('can turn status queries off for a printer that never answers them', () => {
    expect(parsePrinterUrl('tcp://10.0.0.5?status=off')).toEqual({ target: { kind: 'tcp', host: '10.0.0.5', port: 9100 }, readStatus: false });
    expect(createPrinter('tcp://10.0.0.5?status=off').readsStatus).toBe(false);
    expect(createPrinter('tcp://10.0.0.5').readsStatus).toBe(true);
  });

  it('says what is wrong with a bad address', () => {
    expect(() => parsePrinterUrl('lpt1')).toThrow(PrinterUrlError);
    expect(() => parsePrinterUrl('ipp://printer')).toThrow(/unknown printer kind ipp:/);
    expect(() => parsePrinterUrl('serial:///dev/ttyS0?baud=fast')).toThrow(/baud/);
    expect(() => parsePrinterUrl('tcp://x?paper=72')).toThrow(/paper/);
  });
});

describe('status bytes', () => {
  it('maps the four DLE EOT answers to one state', () => {
    expect(parseStatusBytes([0x12, 0x12, 0x12, 0x12])).toBe('online');
    expect(parseStatusBytes([0x12, 0x12, 0x12, 0x1e])).toBe('paper-low'); // near-end sensor
    expect(parseStatusBytes([0x1a, 0x32, 0x12, 0x72])).toBe('paper-out');
    expect(parseStatusBytes([0x1a, 0x16, 0x12, 0x12])).toBe('cover-open');
    expect(parseStatusBytes([0x1a, 0x52, 0x1a, 0x12])).toBe('error'); // autocutter error
    expect(parseStatusBytes([0xff, 0x12, 0x12, 0x12])).toBe('error'); // not a status byte
  });

  it('is what the virtual printer answers, state for state', () => {
    for (const state of ['online', 'paper-low', 'paper-out', 'cover-open', 'error'] as PrinterState[]) {
      expect(parseStatusBytes(statusBytesFor(state))).toBe(state);
    }
  });

  it('has a Persian message for each state, and English', () => {
    expect(statusMessage('paper-out')).toBe('چاپگر کاغذ ندارد');
    expect(statusMessage('cover-open')).toBe('درِ چاپگر باز است');
    expect(statusMessage('offline')).toBe('چاپگر در دسترس نیست');
    expect(statusMessage('paper-out', 'en')).toBe('Printer is out of paper');
  });
});

describe('a device-file printer', () => {
  it('gets the job written as is, and cannot claim to know its status', async () => {
    const dir = await tempDir('file');
    const path = join(dir.path, 'lp0');
    const printer = createPrinter(`file://${path}`);
    expect(printer.readsStatus).toBe(false);
    const job = Buffer.from([0x1b, 0x40, 0x1d, 0x56, 0x01]);
    expect(await printer.print(job)).toMatchObject({ ok: true, status: { state: 'online', source: 'connection' } });
    expect(await printer.print(job)).toMatchObject({ ok: true });
    expect(await readFile(path)).toEqual(Buffer.concat([job, job]));
    await printer.close();
    await dir.remove();
  });

  it('is offline when the device is not there', async () => {
    const printer = createPrinter('file:///dev/usb/no-such-printer');
    expect(await printer.print(Buffer.from([0x1b, 0x40]))).toMatchObject({ ok: false, reason: 'offline' });
    await printer.close();
  });
});
