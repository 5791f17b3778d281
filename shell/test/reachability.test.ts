import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackoffOptions } from '../src/common/backoff';
import { checkHealth, waitForServer } from '../src/node/reachability';

const fast: BackoffOptions = { initialMs: 20, factor: 1.5, maxMs: 50 };

/** A real office server stand-in: answers /api/health with each behaviour in turn, then the last one forever. */
async function startServer(behaviours: Array<'503' | 'close' | '200' | 'hang'>): Promise<{ url: string; hits: () => string[] }> {
  const hits: string[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const behaviour = behaviours[Math.min(n++, behaviours.length - 1)];
    if (behaviour === 'close') req.socket.destroy();
    else if (behaviour === 'hang') return;
    else res.writeHead(Number(behaviour), { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); })),
  );
});

describe('is the office server there?', () => {
  it('200 from /api/health is ready, 503 and a dropped connection are not', async () => {
    const server = await startServer(['503', 'close', '200']);
    expect(await checkHealth(server.url, fetch)).toBe(false);
    expect(await checkHealth(server.url, fetch)).toBe(false);
    expect(await checkHealth(server.url, fetch)).toBe(true);
    expect(server.hits()).toEqual(['GET /api/health', 'GET /api/health', 'GET /api/health']);
  });

  it('a server that never answers counts as down after the timeout', async () => {
    const server = await startServer(['hang']);
    const started = Date.now();
    expect(await checkHealth(server.url, fetch, { timeoutMs: 150 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('nobody listening is down, not an exception', async () => {
    const server = await startServer(['200']);
    const url = server.url;
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    expect(await checkHealth(url, fetch)).toBe(false);
  });
});

describe('waiting for the office server', () => {
  it('keeps checking through 503 and a dropped connection, and is ready at the first 200', async () => {
    const server = await startServer(['503', 'close', '503', '200']);
    const failures: number[] = [];
    const ready = await waitForServer({
      serverUrl: server.url,
      fetch,
      signal: new AbortController().signal,
      backoff: fast,
      onFailure: (n) => failures.push(n),
    });
    expect(ready).toBe(true);
    expect(failures).toEqual([1, 2, 3]);
    expect(server.hits()).toHaveLength(4);
  });

  it('spaces the checks out with backoff', async () => {
    const server = await startServer(['503', '503', '200']);
    const slept: number[] = [];
    await waitForServer({
      serverUrl: server.url,
      fetch,
      signal: new AbortController().signal,
      backoff: { initialMs: 100, factor: 2, maxMs: 1000 },
      sleep: async (ms) => void slept.push(ms),
    });
    expect(slept).toEqual([100, 200]);
  });

  it('after a failed page load, waits before the first check', async () => {
    const server = await startServer(['200']);
    const slept: number[] = [];
    const ready = await waitForServer({
      serverUrl: server.url,
      fetch,
      signal: new AbortController().signal,
      backoff: { initialMs: 100, factor: 2, maxMs: 1000 },
      delayFirstCheck: true,
      sleep: async (ms) => void slept.push(ms),
    });
    expect(ready).toBe(true);
    expect(slept).toEqual([100]);
  });

  it('stops when told to, without reporting ready', async () => {
    const server = await startServer(['503']);
    const controller = new AbortController();
    const waiting = waitForServer({
      serverUrl: server.url,
      fetch,
      signal: controller.signal,
      backoff: fast,
      onFailure: (n) => n === 2 && controller.abort(),
    });
    expect(await waiting).toBe(false);
    const hitsAtStop = server.hits().length;
    await new Promise((r) => setTimeout(r, 150));
    expect(server.hits()).toHaveLength(hitsAtStop);
  });
});
