// `npm start`: the demo office on port 8080 (PORT) with data in ./data (DESK_DATA_DIR).
// Tickets print on DESK_PRINTER (e.g. tcp://192.168.1.50:9100); without it, on a
// virtual printer that saves each ticket as a PNG under <data>/printed.
import { join, resolve } from 'node:path';
import { startOfficeServer } from './app';
import { DataDirLockedError } from './storage/lock';
import type { PrinterConfig } from './printing/service';

const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.DESK_DATA_DIR ?? 'data');

async function officePrinter(): Promise<{ printers: PrinterConfig[]; note: string; close?: () => Promise<void> }> {
  const url = process.env.DESK_PRINTER;
  if (url === 'none') return { printers: [], note: 'printing off (DESK_PRINTER=none)' };
  if (url) return { printers: [{ id: 'office', name: 'چاپگر اداره', url }], note: `printer ${url}` };
  // a real TCP printer stand-in, so the demo goes through the same path as a real one
  const { startVirtualPrinter } = await import('@desk/printers');
  const virtual = await startVirtualPrinter({ host: '127.0.0.1', port: 0, dir: join(dataDir, 'printed') });
  return {
    printers: [{ id: 'office', name: 'چاپگر نمایشی (مجازی)', url: virtual.url }],
    note: `virtual printer ${virtual.url} → ${join(dataDir, 'printed')}`,
    close: () => virtual.close(),
  };
}

try {
  const printer = await officePrinter();
  const server = await startOfficeServer({
    dataDir,
    port,
    host: process.env.HOST ?? '0.0.0.0',
    printers: printer.printers,
    ...(process.env.DESK_PUBLIC_URL ? { publicUrl: process.env.DESK_PUBLIC_URL.replace(/\/$/, '') } : {}),
  });
  console.log(`میز خدمت آماده است: http://localhost:${server.port}/  (data: ${dataDir})`);
  console.log(`  kiosk   http://localhost:${server.port}/kiosk/`);
  console.log(`  counter http://localhost:${server.port}/counter/`);
  console.log(`  display http://localhost:${server.port}/display/`);
  console.log(`  portal  ${server.publicUrl}/portal/`);
  console.log(`  ${printer.note}`);
  const stop = () => {
    void server
      .close()
      .then(() => printer.close?.())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  // a second server on the same data folder, or on the same PostgreSQL schema
  if (err instanceof DataDirLockedError || (err as Error).name === 'OfficeStoreLockedError') {
    console.error((err as Error).message);
    process.exit(2);
  }
  throw err;
}
