// Socket.IO: authenticate the handshake (every connection, including reconnects:
// we do not use connection-state recovery, our own sync replaces it), validate
// each command, answer every one, and broadcast numbered events.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { CommandSchema, errorMessage, SyncRequestSchema, type Ack, type ClientToServer, type ServerToClient } from '@desk/common';
import type { Office } from './office';
import type { Auth, Principal } from './auth/auth';
import { describeIssues } from './http/admin-schemas';

const DISPLAYS = 'displays';
export const STAFF = 'staff';
export const deviceRoom = (deviceId: string) => `device:${deviceId}`;

interface SocketData {
  principal: Principal;
}

export function attachSockets(http: HttpServer, office: Office, auth: Auth): Server {
  const io = new Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>(http, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });

  io.use((socket, next) => {
    const principal = auth.resolve((socket.handshake.auth as { token?: string } | undefined)?.token);
    if (!principal) return next(new Error('unauthorized'));
    socket.data.principal = principal;
    next();
  });

  io.on('connection', (socket) => {
    const principal = socket.data.principal;
    if (principal.kind === 'device' && principal.device.kind === 'display') void socket.join(DISPLAYS);
    // a kiosk hears how its own tickets print; staff hear every printer's state
    if (principal.kind === 'device') void socket.join(deviceRoom(principal.id));
    if (principal.kind === 'staff') void socket.join(STAFF);
    socket.on('command', (raw, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = CommandSchema.safeParse(raw);
      if (!parsed.success) {
        const known = typeof raw === 'object' && raw !== null && CommandSchema.options.some((o) => o.shape.type.value === (raw as { type?: unknown }).type);
        const code = known ? 'error.invalid' : 'error.unknownCommand';
        ack({ ok: false, error: { code, message: errorMessage(code, { detail: describeIssues(parsed.error) }) } });
        return;
      }
      // the token may have been revoked since the handshake
      const principal = auth.resolve((socket.handshake.auth as { token?: string }).token);
      if (!principal) {
        ack({ ok: false, error: { code: 'error.unauthenticated', message: errorMessage('error.unauthenticated') } });
        socket.disconnect(true);
        return;
      }
      office.execute(parsed.data, principal).then(ack, (err: unknown) => {
        console.error(err);
        ack({ ok: false, error: { code: 'error.internal', message: errorMessage('error.internal') } });
      });
    });

    socket.on('sync', (raw, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = SyncRequestSchema.safeParse(raw ?? {});
      if (!parsed.success) {
        ack({ ok: false, error: { code: 'error.invalid', message: errorMessage('error.invalid', { detail: 'lastSeq' }) } } as Ack<never>);
        return;
      }
      // a snapshot of memory goes out once that memory is on disk (storage/durable-mark.ts)
      const result = office.sync(parsed.data.lastSeq, parsed.data.day);
      const written = office.whenDurable();
      if (written) void written.then(() => ack({ ok: true, result }));
      else ack({ ok: true, result });
    });
  });

  // Hall displays first: a call is for the people in the lobby. Counters and kiosks get
  // the same frame right after the command's answer has gone out (setImmediate keeps
  // the order of batches). A screen that syncs in between ignores what it already has.
  office.onEvents((events) => {
    io.to(DISPLAYS).emit('desk:events', events);
    setImmediate(() => io.except(DISPLAYS).emit('desk:events', events));
  });
  return io;
}
