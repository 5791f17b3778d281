// Shared bench helpers: the office server as a child process, its RSS, HTTP calls,
// Socket.IO clients and percentiles. Loopback only.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const PgClient = pg.Client;
import { createServer } from 'node:net';
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const HOST = '127.0.0.1';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// Ctrl-C / SIGTERM: stop child servers and remove temp folders before exiting.
const cleanups = new Set<() => Promise<void>>();
let trapped = false;
function onInterrupt(fn: () => Promise<void>): () => void {
  if (!trapped) {
    trapped = true;
    const run = (signal: NodeJS.Signals) => {
      console.error(`\n${signal}: cleaning up…`);
      void (async () => {
        // newest first: servers stop before their folders go
        for (const f of [...cleanups].reverse()) await f().catch(() => undefined);
        process.exit(130);
      })();
    };
    process.once('SIGINT', run);
    process.once('SIGTERM', run);
  }
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

const dirCleanups = new Map<string, () => void>();

/** A fresh temp folder (under BENCH_TMPDIR or the OS temp dir), removed on Ctrl-C too. */
export async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(process.env.BENCH_TMPDIR ?? tmpdir(), `desk-bench-${label}-`));
  dirCleanups.set(dir, onInterrupt(() => rm(dir, { recursive: true, force: true })));
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  dirCleanups.get(dir)?.();
  dirCleanups.delete(dir);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in bytes (VmRSS), or 0 if gone. */
export function rssOf(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `everyMs` and keeps the peak. */
export class RssSampler {
  peak = 0;
  last = 0;
  samples = 0;
  private timer: NodeJS.Timeout;
  constructor(
    private readonly pid: number,
    everyMs = 200,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }
  sample(): void {
    const v = rssOf(this.pid);
    if (v > 0) {
      this.last = v;
      this.samples++;
      if (v > this.peak) this.peak = v;
    }
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}

export interface ChildServer {
  url: string;
  port: number;
  pid: number;
  /** Where bench/server-probe.ts writes (with BENCH_PROBE=1). */
  probeFile: string;
  /** The server's stdout+stderr so far (for reporting a crash). */
  output(): string;
  /** SIGTERM, wait for exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

let serverBuilt = false;

/**
 * Start the server as `npm start` runs it (the bundle `server/dist/main.js`, built here
 * first so the bench never measures stale code) on a free loopback port, and wait until
 * /api/health answers.
 */
export async function startServer(dataDir: string, timeoutMs = 60_000, printerUrl?: string): Promise<ChildServer> {
  if (!serverBuilt) {
    const built = spawnSync(process.execPath, ['server/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('server build failed (node server/build.mjs)');
    serverBuilt = true;
  }
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // BENCH_PIN=1: the server on CPU 0 and this bench process (and its forked clients) on the others,
  // so client-side decoding does not steal the server's core (a diagnostic, Linux only).
  const pin = process.env.BENCH_PIN === '1' && cpus().length > 1;
  if (pin) spawnSync('taskset', ['-a', '-cp', `1-${cpus().length - 1}`, String(process.pid)], { stdio: 'ignore' });
  const cmd = pin ? 'taskset' : process.execPath;
  const probeFile = join(dataDir, 'bench-probe.json');
  // the probe (BENCH_PROBE=1) is TypeScript: only then is the tsx loader in the server process
  const loader = probeArgs().length ? ['--import', 'tsx'] : [];
  const args = [...extra, ...loader, ...probeArgs(), 'server/dist/main.js'];
  // The office printer is a device of its own, as in an office: a virtual printer in a
  // separate process (its decoding and PNG files are not the server's work). The server
  // still draws every kiosk ticket and sends it. BENCH_PRINTER=none turns printing off.
  const printer = printerUrl ? { url: printerUrl, kill: () => undefined } : process.env.BENCH_PRINTER === 'none' ? undefined : await startPrinterProcess(join(dataDir, 'printed'));
  const child: ChildProcess = spawn(cmd, pin ? ['-c', '0', process.execPath, ...args] : args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST,
      DESK_DATA_DIR: dataDir,
      NODE_ENV: 'production',
      BENCH_PROBE_FILE: probeFile,
      DESK_PRINTER: printer?.url ?? 'none',
      DESK_INQUIRY_STAND_IN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => printer?.kill());
  let out = '';
  let ready = false;
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes(`:${port}/`)) ready = true;
  });
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? 128 : -1);
      resolve();
    }),
  );
  const url = `http://${HOST}:${port}`;
  // the server must be gone before its temp folder is removed: stop it first on Ctrl-C
  const untrap = onInterrupt(async () => {
    if (exited === null) child.kill('SIGKILL');
    await exit;
  });
  const server: ChildServer = {
    url,
    port,
    pid: child.pid ?? -1,
    probeFile,
    output: () => out,
    async stop(graceMs = 10_000) {
      untrap();
      if (exited !== null) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(t);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited (${exited}) before it was ready:\n${out}`);
    if (ready) {
      try {
        const res = await fetch(`${url}/api/health`);
        if (res.ok) return server;
      } catch {
        /* not listening yet */
      }
    }
    await sleep(50);
  }
  await server.stop();
  throw new Error(`server not ready after ${timeoutMs} ms:\n${out}`);
}

/** A virtual network printer in a child process; resolves once it listens. */
async function startPrinterProcess(dir: string): Promise<{ url: string; kill: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'printers/src/virtual-printer-main.ts', '--port', '0', '--dir', dir, '--json'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"listening":"([^"]+)"/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`virtual printer exited (${code})`)));
  });
  child.stdout!.resume();
  return { url, kill: () => child.kill('SIGKILL') };
}

export async function api<T>(base: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/**
 * A lean JSON client for latency figures: node:http over one kept-alive connection (as
 * a browser keeps one), so the figure is the server's answer plus loopback, not the
 * measuring process's own work. (undici's fetch allocates enough per call that this
 * process's garbage collections landed in most of a p99 tail: bench/edesk.ts, issue 4.)
 */
export function keepAliveClient(base: string): { post(path: string, body: unknown): Promise<{ status: number; body: Buffer }>; close(): void } {
  const u = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (path, body) =>
      new Promise((resolve, reject) => {
        const data = Buffer.from(JSON.stringify(body));
        const req = request(
          { host: u.hostname, port: u.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': data.length } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(data);
      }),
    close: () => agent.destroy(),
  };
}

/** Garbage collections of this (the measuring) process, to tell its own pauses from the server's. */
export function ownGcWatch(): { overlaps(startMs: number, endMs: number): boolean; stop(): void } {
  const spans: Array<[number, number]> = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) spans.push([e.startTime, e.startTime + e.duration]);
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    // performance.now() times
    overlaps: (a, b) => spans.some(([s, e]) => s < b && e > a),
    stop: () => obs.disconnect(),
  };
}

export async function login(base: string, username: string, password: string): Promise<string> {
  return (await api<{ token: string }>(base, 'POST', '/auth/login', { username, password })).token;
}

export async function deviceToken(base: string, kind: 'kiosk' | 'display'): Promise<string> {
  return (await api<{ token: string }>(base, 'POST', '/devices/auto', { kind })).token;
}

export type AckAnswer = { ok: true; [k: string]: unknown } | { ok: false; error: { code: string; message: string } };

/** A connected, synced Socket.IO client (websocket only, no auto-reconnect so a drop is visible). */
export async function connect(base: string, token: string, timeoutMs = 20_000): Promise<Socket> {
  const socket = io(base, { transports: ['websocket'], auth: { token }, reconnection: false, timeout: timeoutMs, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('connect timeout')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(t);
      resolve();
    });
    socket.once('connect_error', (err) => {
      clearTimeout(t);
      reject(err);
    });
  });
  const answer = (await socket.timeout(timeoutMs).emitWithAck('sync', {})) as AckAnswer;
  if (!answer.ok) throw new Error(`sync refused: ${answer.error.code}`);
  return socket;
}

export function command(socket: Socket, type: string, fields: Record<string, unknown>, timeoutMs = 10_000): Promise<AckAnswer> {
  return socket.timeout(timeoutMs).emitWithAck('command', { type, commandId: randomUUID(), ...fields }) as Promise<AckAnswer>;
}

/** Run `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface Stats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function stats(values: number[]): Stats {
  if (values.length === 0) return { count: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const s = Float64Array.from(values).sort();
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  let sum = 0;
  for (const v of s) sum += v;
  return { count: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1]!, mean: sum / s.length };
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)} ms` : 'n/a');
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The bench process's own event-loop delay (if it is high, client-side queuing inflates the figures). */
export function loopMonitor(): IntervalHistogram {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  return h;
}

/** True when this module is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(metaUrl) === process.argv[1];
}

/**
 * Open-loop schedule: call `fn(i)` at t0 + i/rate for `durationMs`, never waiting for
 * earlier calls to finish. Returns how many were sent and the worst scheduling lag.
 */
export async function openLoop(rate: number, durationMs: number, fn: (i: number) => void): Promise<{ sent: number; lagMax: number; elapsedMs: number }> {
  const n = Math.round((rate * durationMs) / 1000);
  const interval = 1000 / rate;
  const t0 = performance.now();
  let i = 0;
  let lagMax = 0;
  while (i < n) {
    const now = performance.now();
    while (i < n && t0 + i * interval <= now) {
      lagMax = Math.max(lagMax, now - (t0 + i * interval));
      fn(i);
      i++;
    }
    if (i < n) await sleep(Math.max(0, t0 + i * interval - performance.now()));
  }
  return { sent: n, lagMax, elapsedMs: performance.now() - t0 };
}

export function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** CPU seconds (user+system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** One line about the machine: other load on it skews every figure. */
export function environmentLine(): string {
  const la = loadavg().map((v) => v.toFixed(2)).join(' ');
  return `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${la}`;
}

/** Milliseconds on CLOCK_MONOTONIC: comparable between processes on this machine. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface ClientsReport {
  type: 'report';
  receipts: Array<[string, number, number]>;
  loopP99: number;
  loopMax: number;
  cpuSeconds: number;
  disconnects: number;
}

export interface ClientsProcess {
  pid: number;
  report(): Promise<ClientsReport>;
  kill(): void;
}

/** Fork bench/socket-clients.ts holding one Socket.IO client per token; resolves once all are connected and synced. */
export async function forkClients(url: string, tokens: string[], record: boolean): Promise<ClientsProcess> {
  const child = fork(join(repoRoot, 'bench', 'socket-clients.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waitFor = <T>(type: string, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`clients: no ${type} after ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (m: { type: string; message?: string }) => {
        if (m.type === type || m.type === 'error') {
          clearTimeout(t);
          child.off('message', onMessage);
          if (m.type === 'error') reject(new Error(`clients: ${m.message}`));
          else resolve(m as T);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => {
        clearTimeout(t);
        reject(new Error(`clients process exited (${code}) before ${type}`));
      });
    });
  const ready = waitFor<{ connected: number }>('ready', 120_000);
  child.send({ type: 'start', url, tokens, record });
  try {
    await ready;
  } catch (err) {
    child.kill();
    throw err;
  }
  return {
    pid: child.pid ?? -1,
    async report() {
      const r = waitFor<ClientsReport>('report', 30_000);
      child.send({ type: 'report' });
      return r;
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

export interface ServerProbe {
  loopP50: number;
  loopP99: number;
  loopMax: number;
  utilization: number;
  writes: number;
  writeMs: number;
  /** Per called command: [commandId, received at, ticket.called broadcast start, end] (process.hrtime ms). */
  calls: Array<[string, number, number, number]>;
  /** Durations of the journal's fdatasync calls (ms). */
  fsyncs: number[];
  memory: NodeJS.MemoryUsage;
}

/** Node flags that load bench/server-probe.ts into the server when BENCH_PROBE=1. */
export function probeArgs(): string[] {
  return process.env.BENCH_PROBE === '1' ? ['--import', join(repoRoot, 'bench', 'server-probe.ts')] : [];
}

/** Close the probe's current window and read it (undefined without BENCH_PROBE=1). */
export async function probeMark(pid: number, file: string): Promise<ServerProbe | undefined> {
  if (process.env.BENCH_PROBE !== '1') return undefined;
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 50; i++) {
    await sleep(20);
    try {
      const text = readFileSync(file, 'utf8');
      if (text) {
        writeFileSync(file, '');
        return JSON.parse(text) as ServerProbe;
      }
    } catch {
      /* not yet */
    }
  }
  return undefined;
}

export function probeLine(p: ServerProbe): string {
  return (
    `server probe: event-loop utilisation ${(p.utilization * 100).toFixed(0)}%, loop delay p50 ${ms(p.loopP50)} p99 ${ms(p.loopP99)} max ${ms(p.loopMax)}; ` +
    `${p.writes} socket writes taking ${ms(p.writeMs)} in total (${((p.writeMs / Math.max(1, p.writes)) * 1000).toFixed(1)} µs each); ` +
    `heap used ${mb(p.memory.heapUsed)} of ${mb(p.memory.heapTotal)}, external ${mb(p.memory.external)}; ` +
    `${p.fsyncs.length} journal fdatasyncs p50 ${ms(stats(p.fsyncs).p50)} p99 ${ms(stats(p.fsyncs).p99)} max ${ms(stats(p.fsyncs).max)}`
  );
}

/**
 * A throwaway PostgreSQL database for a bench (on the server `pgBase` names): its URL,
 * and `drop()` for the bench's finally (BENCH_KEEP_DB keeps it, and says so).
 */
export async function benchDatabase(pgBase: string, label = 'bench'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `desk_${label}_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  const admin = new PgClient({ connectionString: pgBase });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: Object.assign(new URL(pgBase), { pathname: `/${name}` }).toString(),
    async drop() {
      if (process.env.BENCH_KEEP_DB) return console.log(`  kept database ${name}`);
      const c = new PgClient({ connectionString: pgBase });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
