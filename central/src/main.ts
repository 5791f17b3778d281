// `npm run central`: a central desk node (HTTP API + Socket.IO for offices and screens).
//   PORT (8090) · HOST (0.0.0.0) · DESK_PG_URL (postgres://postgres@127.0.0.1:5432/desk_central)
//   DESK_REDIS_URL (unset: a single node; set it on every node behind a load balancer)
//   DESK_CENTRAL_ADMIN_TOKEN (unset: the first start prints a new admin token once) · DESK_NODE_ID
//   DESK_EVENTS_RETENTION_MONTHS (unset: keep every event; N: drop whole months older than N months, figures kept)
import { ensureDatabase } from './db/pool';
import { centralMessage } from './messages';
import { retentionMonthsOf } from './retention/index';
import { startCentralServer } from './server';

const port = Number(process.env.PORT ?? 8090);
const pgUrl = process.env.DESK_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/desk_central';

try {
  await ensureDatabase(pgUrl);
  const central = await startCentralServer({
    pgUrl,
    redisUrl: process.env.DESK_REDIS_URL || null,
    port,
    host: process.env.HOST ?? '0.0.0.0',
    nodeId: process.env.DESK_NODE_ID || undefined,
    adminToken: process.env.DESK_CENTRAL_ADMIN_TOKEN || undefined,
    eventsRetentionMonths: retentionMonthsOf(process.env.DESK_EVENTS_RETENTION_MONTHS),
  });
  console.log(`دفتر مرکزی میز خدمت آماده است: http://localhost:${central.port}/api/health  (node ${central.nodeId})`);
  if (central.adminTokenCreated) console.log(centralMessage('central.adminTokenCreated', { token: central.adminTokenCreated }));
  const stop = () => {
    void central.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error('دفتر مرکزی راه‌اندازی نشد:', (err as Error).message);
  process.exit(1);
}
