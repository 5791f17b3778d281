// Real PostgreSQL and Redis for the central desk's tests: a fresh database per test
// file (dropped afterwards), central nodes in-process or as child processes (for kill -9).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const PG_BASE = process.env.DESK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.DESK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server (CREATE DATABASE desk_test_<random>). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `desk_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_BASE);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: PG_BASE });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function api<T>(base: string, method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN): Promise<{ status: number; json: T }> {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

export async function registerOffice(base: string, id: string, province = 'مازندران', agency = 'وزارت کشور'): Promise<string> {
  const r = await api<{ token: string }>(base, 'POST', '/admin/offices', { id, name: `ادارهٔ ${id}`, province, agency });
  if (r.status !== 201) throw new Error(`register ${id}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json.token;
}

export async function waitHealthy(base: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
}

/** Poll until `check` is true (no time limit: the test runner's own timeout is the bound). */
export async function until(check: () => boolean | Promise<boolean>, everyMs = 100): Promise<void> {
  while (!(await check())) await sleep(everyMs);
}

export interface CentralChild {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  output(): string;
}

/** A central node as `npm run central` runs it, as a child process (so it can be killed with SIGKILL). */
export async function startCentralChild(env: { port: number; pgUrl: string; redisUrl?: string; nodeId?: string }): Promise<CentralChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'central/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(env.port),
      HOST: '127.0.0.1',
      DESK_PG_URL: env.pgUrl,
      DESK_REDIS_URL: env.redisUrl ?? '',
      DESK_NODE_ID: env.nodeId ?? `child-${env.port}`,
      DESK_CENTRAL_ADMIN_TOKEN: ADMIN_TOKEN,
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${env.port}`;
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  for (;;) {
    if (gone !== undefined) throw new Error(`central exited (${gone}):\n${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
  return { child, url, exited, output: () => out };
}
