// Per stream, what ingestion updates beside the events table, in the same transaction.
// A new stream (e.g. 'cases') adds its projector here; a stream without one is stored only.
import type { PoolClient } from '../db/pool';
import type { StreamName, SyncRecord } from '../../../server/src/sync/protocol';
import { projectQueue, ticketIdsOf, type TicketRow } from './queue';

export interface Projector {
  apply(client: PoolClient, officeId: string, events: readonly SyncRecord[]): Promise<void>;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : v instanceof Date ? v.toISOString() : v);

export const queueProjector: Projector = {
  async apply(client, officeId, events) {
    const ids = ticketIdsOf(events);
    const current = new Map<string, TicketRow>();
    if (ids.length > 0) {
      const { rows } = await client.query<TicketRow & { issued_at: Date; called_at: Date | null; finished_at: Date | null }>(
        `SELECT ticket_id, day, service_id, status, seq, issued_at, called_at, finished_at, counter_id
         FROM office_tickets WHERE office_id = $1 AND ticket_id = ANY($2::text[])`,
        [officeId, ids],
      );
      for (const r of rows) current.set(r.ticket_id, { ...r, issued_at: iso(r.issued_at)!, called_at: iso(r.called_at), finished_at: iso(r.finished_at) });
    }
    const p = projectQueue(current, events);
    if (p.tickets.length > 0) {
      await client.query(
        `INSERT INTO office_tickets (office_id, ticket_id, day, service_id, status, seq, issued_at, called_at, finished_at, counter_id)
         SELECT $1, r.ticket_id, r.day, r.service_id, r.status, r.seq, r.issued_at, r.called_at, r.finished_at, r.counter_id
         FROM jsonb_to_recordset($2::jsonb) AS r(ticket_id text, day date, service_id text, status text, seq bigint,
              issued_at timestamptz, called_at timestamptz, finished_at timestamptz, counter_id text)
         ON CONFLICT (office_id, ticket_id) DO UPDATE SET
           day = EXCLUDED.day, service_id = EXCLUDED.service_id, status = EXCLUDED.status, seq = EXCLUDED.seq,
           called_at = EXCLUDED.called_at, finished_at = EXCLUDED.finished_at, counter_id = EXCLUDED.counter_id`,
        [officeId, JSON.stringify(p.tickets)],
      );
    }
    if (p.counters.length > 0) {
      await client.query(
        `INSERT INTO office_counters (office_id, counter_id, status, clerk_name, current_ticket_id, since, seq)
         SELECT $1, r.counter_id, r.status, r.clerk_name, r.current_ticket_id, r.since, r.seq
         FROM jsonb_to_recordset($2::jsonb) AS r(counter_id text, status text, clerk_name text, current_ticket_id text, since timestamptz, seq bigint)
         ON CONFLICT (office_id, counter_id) DO UPDATE SET
           status = EXCLUDED.status, clerk_name = EXCLUDED.clerk_name, current_ticket_id = EXCLUDED.current_ticket_id,
           since = EXCLUDED.since, seq = EXCLUDED.seq`,
        [officeId, JSON.stringify(p.counters)],
      );
    }
    await client.query(
      `INSERT INTO office_day_figures AS f (office_id, day, events, issued, waiting, called, serving, served, no_show,
         wait_seconds, waits, service_seconds, services, last_event_at)
       SELECT $1, r.day, r.events, r.issued, r.waiting, r.called, r.serving, r.served, r.no_show,
         r.wait_seconds, r.waits, r.service_seconds, r.services, r.last_event_at
       FROM jsonb_to_recordset($2::jsonb) AS r(day date, events int, issued int, waiting int, called int, serving int, served int,
         no_show int, wait_seconds double precision, waits int, service_seconds double precision, services int, last_event_at timestamptz)
       ON CONFLICT (office_id, day) DO UPDATE SET
         events = f.events + EXCLUDED.events, issued = f.issued + EXCLUDED.issued, waiting = f.waiting + EXCLUDED.waiting,
         called = f.called + EXCLUDED.called, serving = f.serving + EXCLUDED.serving, served = f.served + EXCLUDED.served,
         no_show = f.no_show + EXCLUDED.no_show, wait_seconds = f.wait_seconds + EXCLUDED.wait_seconds, waits = f.waits + EXCLUDED.waits,
         service_seconds = f.service_seconds + EXCLUDED.service_seconds, services = f.services + EXCLUDED.services,
         last_event_at = GREATEST(f.last_event_at, EXCLUDED.last_event_at)`,
      [officeId, JSON.stringify(p.figures)],
    );
  },
};

export const projectors: Partial<Record<StreamName, Projector>> = { queue: queueProjector };
