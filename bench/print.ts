// Bench: printing tickets. Three figures:
//   1. layout → raster → ESC/POS bytes for one ticket (in this process)
//   2. enqueue → last byte of the job read by a virtual network printer (a child process
//      on 127.0.0.1, timestamps from CLOCK_MONOTONIC on both sides)
//   3. N tickets enqueued back to back through one queue: every page arrives once
//      (count of pages and of distinct pages, by the printer's sha1 of each page)
//
//   node --import tsx bench/print.ts
//   env: BENCH_PRINT_RENDERS (300), BENCH_PRINT_SAMPLES (100), BENCH_PRINT_TICKETS (500), BENCH_TMPDIR
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createPrinter, PrintQueue, ticketEscPos, ticketJob, type TicketPrint } from '@desk/printers';
import { environmentLine, envNumber, isMain, ms, nowMs, removeDir, repoRoot, tempDir } from './lib';

export const RENDER_TARGET_P95_MS = 60;
export const DELIVERY_TARGET_P95_MS = 300;

interface PageLine {
  n: number;
  sha1: string;
  lastByteAt: number;
  height: number;
}

function ticket(i: number): TicketPrint {
  return {
    office: { name: 'فرمانداری شهرستان چالوس' },
    label: `ب-${i}`,
    serviceName: i % 2 ? 'صدور پروانه اشتغال' : 'ثبت درخواست مجوز برگزاری تجمعات و راهپیمایی‌ها',
    counters: [1 + (i % 6), 1 + ((i + 3) % 6)],
    ahead: i % 40,
    waitMinutes: i % 3 ? (i % 40) * 4 : null,
    issuedAt: Date.now(),
    statusUrl: `http://192.168.1.10:8080/t/${i.toString(36)}-${'x'.repeat(i % 9)}`,
  };
}

function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number; count: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? NaN, count: s.length };
}

const line = (label: string, p: ReturnType<typeof percentiles>) =>
  `${label}: p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  max ${ms(p.max)}  (${p.count} samples)`;

/** The virtual printer as a child process; resolves once it listens. */
async function startPrinterProcess(dir: string): Promise<{ url: string; pages: PageLine[]; nextPage: () => Promise<PageLine>; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'printers/src/virtual-printer-main.ts', '--port', '0', '--dir', dir, '--json'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pages: PageLine[] = [];
  let waiting: Array<(p: PageLine) => void> = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`virtual printer exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (text) => {
      const msg = JSON.parse(text) as { listening?: string } & Partial<PageLine>;
      if (msg.listening) resolve(msg.listening);
      else {
        const page = msg as PageLine;
        pages.push(page);
        const wake = waiting;
        waiting = [];
        for (const w of wake) w(page);
      }
    });
  });
  return {
    url,
    pages,
    nextPage: () => new Promise<PageLine>((resolve) => waiting.push(resolve)),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface PrintBenchResult {
  render: ReturnType<typeof percentiles>;
  renderBytes: number;
  enqueueCall: ReturnType<typeof percentiles>;
  delivery: ReturnType<typeof percentiles>;
  batch: { tickets: number; printed: number; pages: number; distinct: number; failed: number; seconds: number };
}

export async function runPrintBench(log: (s: string) => void = console.log): Promise<PrintBenchResult> {
  log(environmentLine());

  // 1. layout → raster → ESC/POS
  const renders = envNumber('BENCH_PRINT_RENDERS', 300);
  for (let i = 0; i < 20; i++) ticketEscPos(ticket(i)); // warm-up: font loading, JIT
  const renderTimes: number[] = [];
  let renderBytes = 0;
  for (let i = 0; i < renders; i++) {
    const t0 = performance.now();
    const bytes = ticketEscPos(ticket(i));
    renderTimes.push(performance.now() - t0);
    renderBytes = bytes.length;
  }
  const render = percentiles(renderTimes);
  log(line('layout → raster → ESC/POS (one 80 mm ticket)', render) + `, ${(renderBytes / 1024).toFixed(0)} KiB a ticket`);

  const dir = await tempDir('print');
  const printerProcess = await startPrinterProcess(join(dir, 'printed'));
  const queue = await PrintQueue.open({ printer: createPrinter(printerProcess.url), dir: join(dir, 'queue') });
  try {
    // 2. enqueue → last byte at the printer, one job at a time
    const samples = envNumber('BENCH_PRINT_SAMPLES', 100);
    const delivery: number[] = [];
    const enqueueCall: number[] = [];
    for (let i = 0; i < samples + 5; i++) {
      const arrived = printerProcess.nextPage();
      const data = ticket(1000 + i);
      const t0 = nowMs();
      const { job } = queue.enqueue(ticketJob(`d${i}`, data));
      const t1 = nowMs();
      const page = await arrived;
      await queue.settled(job.id);
      if (i >= 5) {
        // the first few warm up the connection path
        delivery.push(page.lastByteAt - t0);
        enqueueCall.push(t1 - t0);
      }
    }
    const deliveryStats = percentiles(delivery);
    const enqueueStats = percentiles(enqueueCall);
    log(line('enqueue() call (returns before printing)', enqueueStats));
    log(line('enqueue → last byte read by the TCP virtual printer', deliveryStats));

    // 3. N tickets back to back
    const tickets = envNumber('BENCH_PRINT_TICKETS', 500);
    const before = printerProcess.pages.length;
    const t0 = performance.now();
    const ids = Array.from({ length: tickets }, (_, i) => queue.enqueue(ticketJob(`b${i}`, ticket(5000 + i))).job.id);
    const settled = await Promise.all(ids.map((id) => queue.settled(id)));
    const seconds = (performance.now() - t0) / 1000;
    // every page the printer confirmed is already decoded; wait for the child to report them all
    while (printerProcess.pages.length < before + settled.filter((j) => j.state === 'printed').length) await new Promise((r) => setTimeout(r, 20));
    const pages = printerProcess.pages.slice(before);
    const batch = {
      tickets,
      printed: settled.filter((j) => j.state === 'printed').length,
      failed: settled.filter((j) => j.state === 'failed').length,
      pages: pages.length,
      distinct: new Set(pages.map((p) => p.sha1)).size,
      seconds,
    };
    log(
      `${tickets} tickets back to back: ${batch.printed} printed, ${batch.failed} failed; printer got ${batch.pages} pages, ${batch.distinct} distinct; ` +
        `${seconds.toFixed(1)} s (${(tickets / seconds).toFixed(0)} tickets/s)`,
    );
    return { render, renderBytes, enqueueCall: enqueueStats, delivery: deliveryStats, batch };
  } finally {
    await queue.close();
    await queue.printer.close();
    await printerProcess.stop();
    await removeDir(dir);
  }
}

if (isMain(import.meta.url)) {
  const r = await runPrintBench();
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('');
  console.log(`render p95 ${ms(r.render.p95)} < ${RENDER_TARGET_P95_MS} ms: ${verdict(r.render.p95 < RENDER_TARGET_P95_MS)}`);
  console.log(`delivery p95 ${ms(r.delivery.p95)} < ${DELIVERY_TARGET_P95_MS} ms: ${verdict(r.delivery.p95 < DELIVERY_TARGET_P95_MS)}`);
  const b = r.batch;
  console.log(`${b.tickets} tickets, no loss and no duplicate: ${verdict(b.printed === b.tickets && b.pages === b.tickets && b.distinct === b.tickets)}`);
}
