// Per stream, what ingestion updates beside the events table, in the same transaction.
// A new stream (e.g. 'cases') adds its projector here; a stream without one is stored only.
import type { PoolClient } from '../db/pool';
import type { StreamName, SyncRecord } from '../../../server/src/sync/protocol';
import { projectQueue, ticketIdsOf, type DayFigures, type TicketRow } from './queue';

export interface Projector {
  apply(client: PoolClient, officeId: string, events: readonly SyncRecord[]): Promise<void>;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : v instanceof Date ? v.toISOString() : v);

const FIGURE_COLUMNS = ['events', 'issued', 'waiting', 'called', 'serving', 'served', 'no_show', 'wait_seconds', 'waits', 'service_seconds', 'services'] as const;

/**
 * Write day figures: 'add' adds a batch's changes to what is kept (ingestion), 'replace'
 * puts figures rebuilt from a whole day's events in place of what is kept (retention).
 */
export async function writeDayFigures(client: PoolClient, officeId: string, figures: readonly DayFigures[], mode: 'add' | 'replace'): Promise<void> {
  if (figures.length === 0) return;
  const set = FIGURE_COLUMNS.map((c) => (mode === 'add' ? `${c} = f.${c} + EXCLUDED.${c}` : `${c} = EXCLUDED.${c}`)).join(', ');
  const last = mode === 'add' ? 'GREATEST(f.last_event_at, EXCLUDED.last_event_at)' : 'EXCLUDED.last_event_at';
  await client.query(
    `INSERT INTO office_day_figures AS f (office_id, day, ${FIGURE_COLUMNS.join(', ')}, last_event_at)
     SELECT $1, r.day, ${FIGURE_COLUMNS.map((c) => `r.${c}`).join(', ')}, r.last_event_at
     FROM jsonb_to_recordset($2::jsonb) AS r(day date, events int, issued int, waiting int, called int, serving int, served int,
       no_show int, wait_seconds double precision, waits int, service_seconds double precision, services int, last_event_at timestamptz)
     ON CONFLICT (office_id, day) DO UPDATE SET ${set}, last_event_at = ${last}`,
    [officeId, JSON.stringify(figures)],
  );
}

export const queueProjector: Projector = {
  async apply(client, officeId, events) {
    const ids = ticketIdsOf(events);
    const current = new Map<string, TicketRow>();
    if (ids.length > 0) {
      const { rows } = await client.query<TicketRow & { issued_at: Date; called_at: Date | null; finished_at: Date | null }>(
        `SELECT ticket_id, day, service_id, status, seq, issued_at, called_at, finished_at, counter_id, prefix, number
         FROM office_tickets WHERE office_id = $1 AND ticket_id = ANY($2::text[])`,
        [officeId, ids],
      );
      for (const r of rows) current.set(r.ticket_id, { ...r, issued_at: iso(r.issued_at)!, called_at: iso(r.called_at), finished_at: iso(r.finished_at) });
    }
    const p = projectQueue(current, events);
    if (p.tickets.length > 0) {
      await client.query(
        `INSERT INTO office_tickets (office_id, ticket_id, day, service_id, status, seq, issued_at, called_at, finished_at, counter_id, prefix, number)
         SELECT $1, r.ticket_id, r.day, r.service_id, r.status, r.seq, r.issued_at, r.called_at, r.finished_at, r.counter_id, r.prefix, r.number
         FROM jsonb_to_recordset($2::jsonb) AS r(ticket_id text, day date, service_id text, status text, seq bigint,
              issued_at timestamptz, called_at timestamptz, finished_at timestamptz, counter_id text, prefix text, number integer)
         ON CONFLICT (office_id, ticket_id) DO UPDATE SET
           day = EXCLUDED.day, service_id = EXCLUDED.service_id, status = EXCLUDED.status, seq = EXCLUDED.seq,
           called_at = EXCLUDED.called_at, finished_at = EXCLUDED.finished_at, counter_id = EXCLUDED.counter_id,
           prefix = EXCLUDED.prefix, number = EXCLUDED.number`,
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
    if (p.config) {
      await client.query(
        `INSERT INTO office_configs AS c (office_id, seq, at, config) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (office_id) DO UPDATE SET seq = EXCLUDED.seq, at = EXCLUDED.at, config = EXCLUDED.config WHERE c.seq < EXCLUDED.seq`,
        [officeId, p.config.seq, p.config.at, JSON.stringify(p.config.config)],
      );
    }
    await writeDayFigures(client, officeId, p.figures, 'add');
  },
};

export const projectors: Partial<Record<StreamName, Projector>> = { queue: queueProjector };
