// Screens of the central desk (dashboards, a province's wall): they subscribe to
// offices, a province, an agency or everything, and receive the events central
// ingested — from whichever node ingested them, through the Redis adapter.
import type { Namespace, Server } from 'socket.io';
import {
  SCREENS_NAMESPACE,
  syncError,
  type CentralToScreen,
  type ScreenSubscription,
  type ScreenToCentral,
  type StreamName,
  type SubscribeReply,
  type SyncRecord,
} from '../../../server/src/sync/protocol';
import { provinceScope, type CentralAuth, type CentralRole } from '../central-auth';
import type { OfficeInfo } from '../registry';

interface ScreenSocketData {
  role: CentralRole;
  /** An inspector's province: their screens follow only its offices. */
  province: string | null;
}

type ScreensNamespace = Namespace<ScreenToCentral, CentralToScreen, Record<string, never>, ScreenSocketData>;

const rooms = {
  office: (id: string) => `office:${id}`,
  province: (p: string) => `province:${p}`,
  agency: (a: string) => `agency:${a}`,
  all: 'all',
};

export interface Fanout {
  /** After commit: live batches go out as events; catch-up batches only as progress. */
  ingested(office: OfficeInfo, stream: StreamName, events: SyncRecord[], live: boolean, lastSeq: number): void;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

export function attachScreensNamespace(io: Server, deps: { auth: CentralAuth; nodeId: string }): Fanout {
  const nsp = io.of(SCREENS_NAMESPACE) as unknown as ScreensNamespace;

  nsp.use((socket, next) => {
    deps.auth.principal((socket.handshake.auth as { token?: unknown } | undefined)?.token).then(
      (principal) => {
        if (!principal) return next(new Error('unauthorized'));
        socket.data.role = principal.role;
        socket.data.province = provinceScope(principal);
        next();
      },
      () => next(new Error('unavailable')),
    );
  });

  nsp.on('connection', (socket) => {
    socket.on('subscribe', (raw: ScreenSubscription, ack: (reply: SubscribeReply) => void) => {
      if (typeof ack !== 'function') return;
      const scope = socket.data.province;
      if (scope) {
        // an inspector follows their own province, and nothing else
        if (!raw || typeof raw !== 'object' || raw.province !== scope || raw.all === true || raw.agency || raw.officeIds?.length) {
          ack({ ok: false, error: syncError('sync.unauthorized') });
          return;
        }
        void socket.join(rooms.province(scope));
        ack({ ok: true, node: deps.nodeId, rooms: [rooms.province(scope)] });
        return;
      }
      const want: string[] = [];
      if (raw && typeof raw === 'object') {
        if (Array.isArray(raw.officeIds)) for (const id of raw.officeIds.slice(0, 1000)) if (text(id)) want.push(rooms.office(id));
        if (text(raw.province)) want.push(rooms.province(raw.province));
        if (text(raw.agency)) want.push(rooms.agency(raw.agency));
        if (raw.all === true) want.push(rooms.all);
      }
      if (want.length === 0) {
        ack({ ok: false, error: syncError('sync.invalid', { detail: 'subscribe' }) });
        return;
      }
      void socket.join(want);
      ack({ ok: true, node: deps.nodeId, rooms: want });
    });
  });

  return {
    ingested(office, stream, events, live, lastSeq) {
      const to = nsp.to([rooms.office(office.id), rooms.province(office.province), rooms.agency(office.agency), rooms.all]);
      if (live) to.emit('central:events', { officeId: office.id, stream, events });
      else to.emit('central:progress', { officeId: office.id, stream, lastSeq, ingested: events.length });
    },
  };
}
