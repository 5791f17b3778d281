// The board's live link: the /screens namespace of the central desk (Socket.IO, the
// viewer's token), subscribed to every office; each batch an office sends live comes
// as `central:events`, a catch-up batch as `central:progress` (whichever node ingested
// it). Reconnects by itself; `live` says whether the link is up.
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { CentralEvents, CentralProgress } from '../../../../server/src/sync/protocol';

export interface ScreenHandlers {
  events(batch: CentralEvents): void;
  progress(progress: CentralProgress): void;
}

export function useScreens(token: string, handlers: ScreenHandlers): boolean {
  const [live, setLive] = useState(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const socket: Socket = io('/screens', { auth: { token }, transports: ['websocket', 'polling'] });
    socket.on('connect', () => {
      socket.emit('subscribe', { all: true }, (reply: { ok: boolean }) => setLive(reply.ok));
    });
    socket.on('disconnect', () => setLive(false));
    socket.on('central:events', (batch: CentralEvents) => latest.current.events(batch));
    socket.on('central:progress', (p: CentralProgress) => latest.current.progress(p));
    return () => {
      socket.close();
    };
  }, [token]);
  return live;
}
