// Bench (issue 3): a visitor's tap to the last byte at a network printer, through the
// whole office: kiosk command over Socket.IO → ticket issued and journaled → print job
// queued → ticket drawn on the server's drawing thread → ESC/POS over TCP → the printer
// has read the page. The printer is a virtual one in this process (a real TCP socket);
// its `lastByteAt` and our send time share the monotonic clock. One ticket a second,
// as a busy kiosk issues them; each waits for its page before the next tap.
//
//   node --import tsx bench/print-through-server.ts      env: BENCH_TICKETS (100), BENCH_GAP_MS (1000)
import { randomUUID } from 'node:crypto';
import { startVirtualPrinter, type VirtualJob } from '@desk/printers';
import { connect, deviceToken, environmentLine, envNumber, isMain, ms, nowMs, removeDir, sleep, startServer, stats, tempDir } from './lib';

export const TAP_TO_PRINT_TARGET_P95_MS = 300;

export async function runPrintThroughServer(log: (l: string) => void = console.log): Promise<{ tapToLastByte: ReturnType<typeof stats>; lost: number }> {
  const n = envNumber('BENCH_TICKETS', 100);
  const gap = envNumber('BENCH_GAP_MS', 1000);
  const dataDir = await tempDir('print-server');
  const printer = await startVirtualPrinter({});
  const server = await startServer(dataDir, 60_000, printer.url);
  const pages: VirtualJob[] = [];
  printer.on('job', (job) => pages.push(job));
  try {
    const kiosk = await connect(server.url, await deviceToken(server.url, 'kiosk'));
    const samples: number[] = [];
    let lost = 0;
    // the first ticket starts the drawing thread: not counted
    for (let i = -1; i < n; i++) {
      const before = pages.length;
      const sentAt = nowMs();
      const ack = (await kiosk.timeout(10_000).emitWithAck('command', { type: 'ticket.issue', commandId: randomUUID(), serviceId: 's01' })) as { ok: boolean };
      if (!ack.ok) throw new Error('ticket refused');
      const deadline = Date.now() + 10_000;
      while (pages.length === before && Date.now() < deadline) await sleep(2);
      const page = pages[before];
      if (!page) lost++;
      else if (i >= 0) samples.push(page.lastByteAt - sentAt);
      await sleep(gap);
    }
    kiosk.disconnect();
    const s = stats(samples);
    log(`── tap → last byte at a TCP printer, through the office server (${n} tickets, one every ${gap} ms) ──`);
    log(`p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}; lost ${lost}; pages ${pages.length}`);
    log(`target p95 < ${TAP_TO_PRINT_TARGET_P95_MS} ms: ${s.p95 < TAP_TO_PRINT_TARGET_P95_MS && lost === 0 ? 'PASS' : 'FAIL'}`);
    return { tapToLastByte: s, lost };
  } finally {
    await server.stop();
    await printer.close();
    await removeDir(dataDir);
  }
}

if (isMain(import.meta.url)) {
  console.log(environmentLine());
  await runPrintThroughServer();
}
