// Agencies' catalogues on their way to the offices. An office hears its agency's newest
// version at every connection until it has applied it, and at once when a version is
// published: the publishing transaction notifies (PostgreSQL NOTIFY, sent at commit)
// and every node offers the version to its own connected offices of that agency, so
// it reaches offices on any node, with or without the Redis adapter. The office
// answers 'catalogue:applied' only after its office version is on disk.
import pg from 'pg';
import type { Server } from 'socket.io';
import { catalogueAppliedProblem, syncError, type CatalogueApplied, type CentralCatalogueMessage } from '../../../server/src/sync/protocol';
import type { Pool } from '../db/pool';
import type { OfficeNamespace, OfficeSocket } from '../sockets/office';
import { CATALOGUE_CHANNEL, pendingFor, recordApplied } from './db';

export const agencyRoom = (agency: string) => `agency:${agency}`;

export interface CatalogueDelivery {
  /** A new office connection: hear its acks, offer it what it has not applied. */
  connected(socket: OfficeSocket): void;
  close(): Promise<void>;
}

export function serveCatalogues(io: Server, nsp: OfficeNamespace, pool: Pool): CatalogueDelivery {
  const offer = async (socket: OfficeSocket) => {
    const office = socket.data.office;
    const pending = await pendingFor(pool, office.id, office.agency);
    if (!pending || !socket.connected) return;
    const message: CentralCatalogueMessage = { agency: pending.agency, version: pending.version, publishedAt: pending.publishedAt, catalogue: pending.catalogue };
    socket.emit('catalogue', message);
  };
  const offerQuietly = (socket: OfficeSocket) => offer(socket).catch((err: unknown) => console.error('catalogue offer:', (err as Error).message));

  const offerAgency = async (agency: string) => {
    const local = await nsp.local.in(agencyRoom(agency)).fetchSockets();
    for (const { id } of local) {
      const socket = nsp.sockets.get(id);
      if (socket) void offerQuietly(socket);
    }
  };

  const listener = listen(pool, (agency) => void offerAgency(agency).catch((err: unknown) => console.error('catalogue push:', (err as Error).message)), () => {
    // after the listening connection came back, a publish may have been missed
    for (const socket of nsp.sockets.values()) void offerQuietly(socket);
  });
  io.httpServer?.once('close', () => void listener.close());

  return {
    connected(socket) {
      void socket.join(agencyRoom(socket.data.office.agency));
      socket.on('catalogue:applied', (raw, reply) => {
        if (typeof reply !== 'function') return;
        const problem = catalogueAppliedProblem(raw);
        const office = socket.data.office;
        if (problem || (raw as CatalogueApplied).agency !== office.agency) {
          reply({ ok: false, error: syncError('sync.invalid', { detail: problem ?? 'agency' }) });
          return;
        }
        const a = raw as CatalogueApplied;
        recordApplied(pool, office.id, a.agency, a.version, a.officeVersion).then(
          () => reply({ ok: true }),
          (err: unknown) => {
            console.error('catalogue applied:', (err as Error).message);
            reply({ ok: false, error: syncError('sync.unavailable') });
          },
        );
      });
      void offerQuietly(socket);
    },
    close: () => listener.close(),
  };
}

/** LISTEN on its own connection, coming back after a loss (`resumed` runs each time it listens). */
function listen(pool: Pool, heard: (agency: string) => void, resumed: () => void): { close(): Promise<void> } {
  const connectionString = (pool as unknown as { options: { connectionString?: string } }).options.connectionString;
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let attempts = 0;

  const start = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString });
    c.on('error', (err) => console.error('catalogue listener:', err.message));
    c.on('end', () => {
      if (client === c) client = null;
      if (!closed) retry();
    });
    c.on('notification', (n) => {
      if (n.channel === CATALOGUE_CHANNEL && n.payload) heard(n.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CATALOGUE_CHANNEL}`);
    } catch (err) {
      console.error('catalogue listener:', (err as Error).message);
      await c.end().catch(() => undefined);
      retry();
      return;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    attempts = 0;
    // a publish before LISTEN took hold (at start, or while the connection was lost) is offered now
    resumed();
  };
  const retry = () => {
    if (closed || timer) return;
    attempts++;
    timer = setTimeout(() => {
      timer = null;
      void start();
    }, Math.min(30_000, 500 * 2 ** Math.min(attempts, 6)));
    timer.unref();
  };
  void start();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
