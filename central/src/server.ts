// The central desk: one node = Express (HTTP API) + Socket.IO (offices in, screens out)
// over PostgreSQL. Several nodes run behind a load balancer: they share the database
// and, through Socket.IO's Redis adapter, the live events (a screen on node A sees
// what an office sent to node B).
import { createServer, type Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostname } from 'node:os';
import express from 'express';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { CentralAuth } from './central-auth';
import { createPool, type Pool } from './db/pool';
import { migrate } from './db/schema';
import { centralRoutes } from './http/routes';
import { Registry } from './registry';
import { attachOfficeNamespace, officeRoom } from './sockets/office';

const webDir = fileURLToPath(new URL('../web/dist/', import.meta.url));
const fontDir = dirname(createRequire(import.meta.url).resolve('vazirmatn/Vazirmatn-Variable-font-face.css'));
import { attachScreensNamespace } from './sockets/screens';
import { startEventsMaintenance, type EventsMaintenance } from './retention/index';

export interface CentralOptions {
  pgUrl: string;
  /** Redis for several nodes; without it the node runs alone. */
  redisUrl?: string | null;
  /** Prefix of the adapter's Redis channels (nodes of one central desk share it). */
  redisKey?: string;
  port?: number;
  host?: string;
  nodeId?: string;
  /** The admin's token; without one, a first start makes one (see `adminTokenCreated`). */
  adminToken?: string;
  poolSize?: number;
  clock?: () => Date;
  /** Whole months of events kept before the current one (DESK_EVENTS_RETENTION_MONTHS); null keeps every event. */
  eventsRetentionMonths?: number | null;
}

export interface RunningCentral {
  url: string;
  port: number;
  nodeId: string;
  pool: Pool;
  io: Server;
  http: HttpServer;
  registry: Registry;
  auth: CentralAuth;
  /** Set when this start created the first admin token (show it once). */
  adminTokenCreated: string | null;
  /** Partitions ahead and retention of the events table (hourly; run() for one round now). */
  maintenance: EventsMaintenance;
  close(): Promise<void>;
}

async function redisPair(url: string): Promise<{ pub: Redis; sub: Redis }> {
  const pub = new Redis(url, { maxRetriesPerRequest: null });
  const sub = pub.duplicate();
  for (const c of [pub, sub]) c.on('error', (err: Error) => console.error('redis:', err.message));
  // wait for both (the adapter's subscriptions must be in place before this node serves)
  await Promise.all([pub, sub].map((c) => (c.status === 'ready' ? undefined : new Promise<void>((resolve) => c.once('ready', () => resolve())))));
  return { pub, sub };
}

export async function startCentralServer(options: CentralOptions): Promise<RunningCentral> {
  const nodeId = options.nodeId ?? `${hostname()}:${process.pid}`;
  const pool = createPool(options.pgUrl, options.poolSize ?? 10);
  let redis: { pub: Redis; sub: Redis } | null = null;
  let maintenance: EventsMaintenance | undefined;
  try {
    await migrate(pool);
    maintenance = startEventsMaintenance(pool, { retentionMonths: options.eventsRetentionMonths, clock: options.clock });
    const registry = new Registry(pool);
    const auth = new CentralAuth(pool);
    const adminTokenCreated = await auth.ensureAdmin(options.adminToken);

    const app = express();
    app.disable('x-powered-by');
    app.use((_req, res, next) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      next();
    });
    const http = createServer(app);
    const io = new Server(http, {
      serveClient: false,
      // a batch of 500 events is well under 1 MB; config.changed events carry the whole catalogue
      maxHttpBufferSize: 8 * 1024 * 1024,
      pingInterval: 10_000,
      pingTimeout: 8_000,
    });
    if (options.redisUrl) {
      redis = await redisPair(options.redisUrl);
      io.adapter(createAdapter(redis.pub, redis.sub, { key: options.redisKey ?? 'desk-central' }));
    }
    const fanout = attachScreensNamespace(io, { auth, nodeId });
    const offices = attachOfficeNamespace(io, { pool, registry, nodeId, fanout });

    // the web app (central/web, built by `npm run build`) and the bundled Persian font
    app.use(express.static(webDir, { index: 'index.html', maxAge: '1h' }));
    app.use('/fonts', express.static(fontDir, { maxAge: '7d' }));
    app.use(
      '/api',
      centralRoutes({
        pool,
        registry,
        auth,
        nodeId,
        clock: options.clock,
        async connectedOffices() {
          try {
            const sockets = await offices.fetchSockets();
            return new Set(sockets.map((s) => s.data.office.id));
          } catch {
            return new Set([...offices.sockets.values()].map((s) => s.data.office.id));
          }
        },
        disconnectOffice(officeId) {
          offices.in(officeRoom(officeId)).disconnectSockets(true);
        },
      }),
    );

    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => resolve());
    });
    const port = (http.address() as { port: number }).port;
    const pair = redis;
    const upkeep = maintenance;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      nodeId,
      pool,
      io,
      http,
      registry,
      auth,
      adminTokenCreated,
      maintenance: upkeep,
      async close() {
        await new Promise<void>((resolve) => io.close(() => resolve()));
        if (pair) await Promise.all([pair.pub.quit(), pair.sub.quit()]).catch(() => undefined);
        await upkeep.stop();
        await pool.end();
      },
    };
  } catch (err) {
    if (redis) redis.pub.disconnect(), redis.sub.disconnect();
    await maintenance?.stop();
    await pool.end().catch(() => undefined);
    throw err;
  }
}
