// Two central nodes behind a proxy, sharing PostgreSQL and Redis: a screen subscribed
// on node A sees a call that an office's sync delivered to node B.
//
// The proxy routes connections round-robin (the first to A, the next to B). Offices and
// screens use the WebSocket transport only, so one Socket.IO session is one TCP
// connection and a TCP-level proxy is sticky by construction; HTTP long-polling would
// need sticky sessions at the load balancer (see central/README.md).
import { describe, it, expect, afterAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ticket } from '@desk/common';
import { startCentralServer, type RunningCentral } from '../src/server';
import type { CentralEvents, SubscribeReply } from '../../server/src/sync/protocol';
import type { OfficeOverview } from '../src/reports';
import { ADMIN_TOKEN, REDIS_URL, api, createTestDatabase, registerOffice, until, type TestDatabase } from './helpers';
import { SimOffice } from './sim-office';
import { TcpProxy } from './tcp-proxy';

let db: TestDatabase | undefined;
const nodes: RunningCentral[] = [];
let proxy: TcpProxy | undefined;
let sim: SimOffice | undefined;
const screens: Socket[] = [];

afterAll(async () => {
  for (const s of screens) s.close();
  await sim?.close();
  await proxy?.close();
  for (const n of nodes) await n.close();
  await db?.drop();
});

async function screen(url: string, subscription: object): Promise<{ socket: Socket; reply: SubscribeReply; batches: CentralEvents[] }> {
  const socket = io(`${url}/screens`, { auth: { token: ADMIN_TOKEN }, transports: ['websocket'], reconnection: false, forceNew: true });
  screens.push(socket);
  const batches: CentralEvents[] = [];
  socket.on('central:events', (b: CentralEvents) => batches.push(b));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const reply = (await socket.timeout(10_000).emitWithAck('subscribe', subscription)) as SubscribeReply;
  return { socket, reply, batches };
}

describe('several central nodes', () => {
  it('a display subscribed on node A sees a call ingested on node B', async () => {
    db = await createTestDatabase();
    const redisKey = `desk-test-${randomBytes(4).toString('hex')}`;
    for (const nodeId of ['node-a', 'node-b']) {
      nodes.push(await startCentralServer({ pgUrl: db.url, redisUrl: REDIS_URL, redisKey, nodeId, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN }));
    }
    const [a, b] = nodes as [RunningCentral, RunningCentral];
    proxy = await TcpProxy.start((n) => (n % 2 === 0 ? a.port : b.port));
    const token = await registerOffice(a.url, 'two-nodes-1', 'مازندران');

    // connection 0 → node A: the display, for this office and for the whole province
    const display = await screen(proxy.url, { officeIds: ['two-nodes-1'] });
    expect(display.reply).toMatchObject({ ok: true, node: 'node-a' });
    const province = await screen(a.url, { province: 'مازندران' });
    // connection 1 → node B: the office
    sim = await SimOffice.open('two-nodes-1', 3);
    const sync = await sim.startSync({ url: proxy.url, token });
    await until(() => sync.status().connected && sync.status().waiting === 0);
    expect(sync.status().centralNode).toBe('node-b');

    await sim.run({ type: 'ticket.issue', serviceId: 's01' }, { kind: 'device', id: 'k', device: { id: 'k', kind: 'kiosk', name: 'k', paired: true, createdAt: '' } });
    const clerk = sim.office.config.staff[0]!;
    const called = await sim.run({ type: 'ticket.callNext', counterId: 'c1' }, { kind: 'staff', id: clerk.id, user: clerk });
    expect(called.ok).toBe(true);
    const ticket = called.ticket as Ticket;

    const seesCall = (batches: CentralEvents[]) =>
      batches.some((x) => x.officeId === 'two-nodes-1' && x.events.some((e) => e.type === 'ticket.called' && (e.ticket as Ticket).id === ticket.id));
    await until(() => seesCall(display.batches) && seesCall(province.batches));
    const call = display.batches.flatMap((x) => x.events).find((e) => e.type === 'ticket.called')!;
    expect(call.call).toMatchObject({ number: ticket.number, counterId: 'c1' });

    // node A also knows the office is connected (its socket lives on node B)
    const listed = await api<{ offices: OfficeOverview[] }>(a.url, 'GET', '/offices');
    expect(listed.json.offices.find((o) => o.id === 'two-nodes-1')).toMatchObject({ connected: true, today: { issued: 1, called: 1 } });
  });
});
