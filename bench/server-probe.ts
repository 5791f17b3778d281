// Optional preload for the office server (BENCH_PROBE=1): records the server's own
// event-loop delay and utilisation, and how many socket writes it makes and the time
// spent in them, without touching server code. Each SIGUSR2 writes the window since the
// previous one as JSON to BENCH_PROBE_FILE and starts a new window: the bench signals at
// the start of its measured run and at its end.
// It also times, per command id, when the command arrived and when its `ticket.called`
// broadcast started and ended (process.hrtime: comparable with the bench's clock), by
// wrapping socket.io's Socket#onevent and BroadcastOperator#emit (the server's own copy, from
// its node_modules). With BENCH_PROBE_PROFILE=<path> it also writes a CPU profile of
// each window (<path>.<n>.cpuprofile).
import { openSync, closeSync, writeFileSync } from 'node:fs';
import { open as openHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Socket } from 'node:net';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  let loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  let elu = performance.eventLoopUtilization();
  let writes = 0;
  let writeMs = 0;
  type Writer = (this: Socket, ...args: unknown[]) => unknown;
  const proto = Socket.prototype as unknown as Record<'_writev' | '_write', Writer>;
  for (const name of ['_writev', '_write'] as const) {
    const original = proto[name];
    proto[name] = function (this: Socket, ...args: unknown[]) {
      const t = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        writes++;
        writeMs += performance.now() - t;
      }
    };
  }
  const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
  const received = new Map<string, number>();
  let calls: Array<[string, number, number, number]> = [];
  type Fn = (this: unknown, ...args: unknown[]) => unknown;
  const requireFromServer = createRequire(join(process.cwd(), 'server', 'package.json'));
  const ioDist = dirname(requireFromServer.resolve('socket.io')); // …/socket.io/dist (subpaths are not exported)
  const { Socket: IoSocket } = requireFromServer(join(ioDist, 'socket.js')) as { Socket: { prototype: Record<string, Fn> } };
  const { BroadcastOperator } = requireFromServer(join(ioDist, 'broadcast-operator.js')) as { BroadcastOperator: { prototype: Record<string, Fn> } };
  const onevent = IoSocket.prototype.onevent!;
  IoSocket.prototype.onevent = function (this: unknown, ...args: unknown[]) {
    const data = (args[0] as { data?: unknown[] } | undefined)?.data;
    const cmd = data?.[0] === 'command' ? (data[1] as { commandId?: unknown } | undefined) : undefined;
    if (typeof cmd?.commandId === 'string') received.set(cmd.commandId, nowMs());
    return onevent.apply(this, args);
  };
  const emit = BroadcastOperator.prototype.emit!;
  BroadcastOperator.prototype.emit = function (this: unknown, ...args: unknown[]) {
    const batch = args[1] as Array<{ type?: string; commandId?: string }> | undefined;
    const e = Array.isArray(batch) ? batch.find((x) => x.type === 'ticket.called') : undefined;
    // only the first emit of a batch (the displays' room) is timed
    if (args[0] !== 'desk:events' || !e?.commandId || !received.has(e.commandId)) return emit.apply(this, args);
    const start = nowMs();
    try {
      return emit.apply(this, args);
    } finally {
      calls.push([e.commandId, received.get(e.commandId) ?? NaN, start, nowMs()]);
      received.delete(e.commandId);
    }
  };

  // journal fsyncs: wrap FileHandle#datasync (the class is not exported: take it from a handle)
  let fsyncs: number[] = [];
  closeSync(openSync(file, 'a'));
  const probeHandle = await openHandle(file, 'r');
  const handleProto = Object.getPrototypeOf(probeHandle) as Record<'datasync', (this: unknown) => Promise<void>>;
  await probeHandle.close();
  const datasync = handleProto.datasync;
  handleProto.datasync = async function (this: unknown) {
    const t = nowMs();
    try {
      return await datasync.call(this);
    } finally {
      fsyncs.push(nowMs() - t);
    }
  };

  const dump = () => {
    const u = performance.eventLoopUtilization(elu);
    writeFileSync(
      file,
      JSON.stringify({
        loopP50: loop.percentile(50) / 1e6,
        loopP99: loop.percentile(99) / 1e6,
        loopMax: loop.max / 1e6,
        utilization: u.utilization,
        writes,
        writeMs,
        calls,
        fsyncs,
        memory: process.memoryUsage(),
      }),
    );
    calls = [];
    fsyncs = [];
    received.clear();
  };
  // BENCH_PROBE_PROFILE=<file>: a CPU profile of exactly the measured window
  const profileFile = process.env.BENCH_PROBE_PROFILE;
  let session: Session | undefined;
  let marks = 0;
  const profileMark = () => {
    if (!profileFile) return;
    if (!session) {
      session = new Session();
      session.connect();
      session.post('Profiler.enable', () => session!.post('Profiler.start'));
    } else {
      const s = session;
      session = undefined;
      s.post('Profiler.stop', (err, result) => {
        if (!err) writeFileSync(`${profileFile}.${marks}.cpuprofile`, JSON.stringify(result.profile));
        s.disconnect();
      });
    }
  };

  process.on('SIGUSR2', () => {
    marks++;
    profileMark();
    dump();
    loop.disable();
    loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    elu = performance.eventLoopUtilization();
    writes = 0;
    writeMs = 0;
  });
}
