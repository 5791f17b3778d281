// A child process holding many Socket.IO clients for bench/call-to-display.ts, so the
// displays (whose receive times are measured) do not wait in one event loop behind the
// decoding done for hundreds of clerk sockets. Started with fork(); talks over IPC.
//   → { type: 'start', url, tokens: string[], record: boolean }
//   ← { type: 'ready', connected }
//   → { type: 'report' }
//   ← { type: 'report', receipts: [commandId, socketIndex, atMs][], loopP99, loopMax, cpuSeconds, disconnects }
// Times are process.hrtime (CLOCK_MONOTONIC, the same clock in every process on the machine).
import type { Socket } from 'socket.io-client';
import { connect, loopMonitor, nowMs, pool } from './lib';

type Start = { type: 'start'; url: string; tokens: string[]; record: boolean };
type Report = { type: 'report' };

if (process.send) {
  const send = (m: unknown) => process.send!(m);
  const sockets: Socket[] = [];
  const receipts: Array<[string, number, number]> = [];
  let disconnects = 0;
  let closing = false;
  const loop = loopMonitor();
  const cpu0 = process.cpuUsage();
  process.on('message', (raw: Start | Report) => {
    if (raw.type === 'start') {
      void (async () => {
        try {
          const connected = await pool(raw.tokens, 10, (token) => connect(raw.url, token));
          connected.forEach((s, i) => {
            sockets.push(s);
            s.on('disconnect', () => {
              if (!closing) disconnects++;
            });
            if (raw.record) {
              s.on('desk:events', (events: Array<{ type: string; commandId?: string }>) => {
                const at = nowMs();
                for (const e of events) if (e.type === 'ticket.called' && e.commandId) receipts.push([e.commandId, i, at]);
              });
            }
          });
          send({ type: 'ready', connected: sockets.length });
        } catch (err) {
          send({ type: 'error', message: String(err) });
        }
      })();
    } else if (raw.type === 'report') {
      loop.disable();
      const cpu = process.cpuUsage(cpu0);
      closing = true;
      const report = {
        type: 'report',
        receipts,
        loopP99: loop.percentile(99) / 1e6,
        loopMax: loop.max / 1e6,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        disconnects,
      };
      for (const s of sockets) s.disconnect();
      // disconnect only once the report is handed to the channel (a pending send would be dropped)
      process.send!(report, undefined, {}, () => {
        process.disconnect();
        setTimeout(() => process.exit(0), 200).unref();
      });
    }
  });
  // the parent went away: do not linger
  process.on('disconnect', () => {
    for (const s of sockets) s.disconnect();
    setTimeout(() => process.exit(0), 200).unref();
  });
}
