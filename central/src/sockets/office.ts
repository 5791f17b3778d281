// The offices' namespace: each office authenticates with its own id and token, and
// everything it sends is stored under that id (the payload cannot name another
// office). A batch is acked only after its transaction committed.
import type { Namespace, Server, Socket } from 'socket.io';
import {
  OFFICE_NAMESPACE,
  batchProblem,
  syncError,
  type BatchReply,
  type EventsBatch,
  type HelloReply,
  type CentralToOffice,
  type OfficeToCentral,
} from '../../../server/src/sync/protocol';
import type { Pool } from '../db/pool';
import { serveCatalogues } from '../catalogue/push';
import { helloOffice, ingestBatch } from '../ingest';
import type { OfficeIdentity, Registry } from '../registry';
import type { Fanout } from './screens';

interface OfficeSocketData {
  office: OfficeIdentity;
}

export type OfficeNamespace = Namespace<OfficeToCentral, CentralToOffice, Record<string, never>, OfficeSocketData>;
export type OfficeSocket = Socket<OfficeToCentral, CentralToOffice, Record<string, never>, OfficeSocketData>;

export const officeRoom = (officeId: string) => `office:${officeId}`;

export function attachOfficeNamespace(io: Server, deps: { pool: Pool; registry: Registry; nodeId: string; fanout: Fanout }): OfficeNamespace {
  const nsp = io.of(OFFICE_NAMESPACE) as unknown as OfficeNamespace;
  // the agency's catalogue: pushed when published, offered at connection until applied
  const catalogues = serveCatalogues(io, nsp, deps.pool);

  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { officeId?: unknown; token?: unknown };
    deps.registry.authenticate(auth.officeId, auth.token).then(
      (office) => {
        if (!office) return next(new Error('unauthorized'));
        socket.data.office = office;
        next();
      },
      (err: unknown) => {
        console.error('office auth:', (err as Error).message);
        next(new Error('unavailable'));
      },
    );
  });

  nsp.on('connection', (socket) => {
    const office = socket.data.office;
    void socket.join(officeRoom(office.id));
    catalogues.connected(socket);

    socket.on('hello', (raw, ack) => {
      if (typeof ack !== 'function') return;
      const heads = (raw && typeof raw === 'object' && (raw as { heads?: unknown }).heads) || {};
      helloOffice(deps.pool, office.id, heads as Record<string, number>).then(
        (streams) => {
          const reply: HelloReply = { ok: true, node: deps.nodeId, officeId: office.id, streams: { queue: 0, cases: 0, ...streams } };
          ack(reply);
        },
        (err: unknown) => {
          console.error('hello:', (err as Error).message);
          ack({ ok: false, error: syncError('sync.unavailable') });
        },
      );
    });

    socket.on('events', (raw, ack) => {
      if (typeof ack !== 'function') return;
      const problem = batchProblem(raw);
      if (problem) {
        ack({ ok: false, error: syncError('sync.invalid', { detail: problem }) });
        return;
      }
      const batch = raw as EventsBatch;
      ingestBatch(deps.pool, office, batch).then(
        (result) => {
          let reply: BatchReply;
          if (result.ok) {
            reply = { ok: true, lastSeq: result.lastSeq, ingested: result.ingested.length };
          } else {
            reply = { ok: false, error: result.error, ...(result.lastSeq !== undefined ? { lastSeq: result.lastSeq } : {}) };
            if (result.error.code === 'sync.revoked') setImmediate(() => socket.disconnect(true));
          }
          ack(reply);
          if (result.ok && result.ingested.length > 0) deps.fanout.ingested(office, batch.stream, result.ingested, batch.tail, result.lastSeq);
        },
        (err: unknown) => {
          console.error('events:', err);
          ack({ ok: false, error: syncError('sync.unavailable') });
        },
      );
    });
  });
  return nsp;
}
