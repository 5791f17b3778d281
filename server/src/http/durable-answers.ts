// Answers read from memory leave once that memory is on disk (storage/durable-mark.ts):
// a page is never shown a ticket or a case step that a crash could take back. Every
// /api answer goes through `res.send` (res.json too), which waits here only while a
// journal write is under way.
import type { RequestHandler } from 'express';

export interface DurableSource {
  whenDurable(): Promise<void> | undefined;
}

export function answersWhenDurable(sources: readonly DurableSource[]): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // what the body was read from is in memory now: wait for that, not for later writes
      const writes = sources.map((s) => s.whenDurable()).filter((w): w is Promise<void> => w !== undefined);
      if (writes.length === 0) return send(body);
      void Promise.all(writes).then(() => send(body));
      return res;
    };
    next();
  };
}
