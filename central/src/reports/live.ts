// The live queue of offices as central last heard it: waiting and being served (the
// ticket rows ingestion keeps), counters open, and the newest calls (today's
// ticket.called and ticket.recalled events, newest first through the index on office,
// stream, day, seq). Counter and service names come from the office's configuration.
import type { Pool } from '../db/pool';
import type { CallShown, CounterNow, LiveQueue, OfficeLive } from './types';

interface NamedConfig {
  counters: Map<string, { number: number | null; name: string | null }>;
  services: Map<string, string>;
}

async function configsOf(pool: Pool, officeIds: readonly string[]): Promise<Map<string, NamedConfig>> {
  const { rows } = await pool.query<{ office_id: string; counters: unknown; services: unknown }>(
    "SELECT office_id, config -> 'counters' AS counters, config -> 'services' AS services FROM office_configs WHERE office_id = ANY($1::text[])",
    [officeIds],
  );
  const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return new Map(
    rows.map((r) => [
      r.office_id,
      {
        counters: new Map(list(r.counters).map((c) => [String(c.id), { number: typeof c.number === 'number' ? c.number : null, name: text(c.name) }])),
        services: new Map(list(r.services).map((s) => [String(s.id), text(s.name) ?? String(s.id)])),
      },
    ]),
  );
}

interface CallRow {
  office_id: string;
  ticket: { id?: unknown; prefix?: unknown; number?: unknown; counterId?: unknown } | null;
  at: string;
}

function callOf(r: CallRow, config: NamedConfig | undefined): CallShown | null {
  const t = r.ticket;
  if (!t || typeof t.id !== 'string' || typeof t.number !== 'number') return null;
  const counterId = typeof t.counterId === 'string' ? t.counterId : null;
  return {
    ticketId: t.id,
    prefix: typeof t.prefix === 'string' ? t.prefix : '',
    number: t.number,
    counterId,
    counterNumber: counterId ? (config?.counters.get(counterId)?.number ?? null) : null,
    at: r.at,
  };
}

/** Today's latest calls of each office, newest first. */
async function latestCalls(pool: Pool, officeIds: readonly string[], today: string, perOffice: number): Promise<CallRow[]> {
  const { rows } = await pool.query<CallRow>(
    `SELECT o.id AS office_id, c.ticket, c.at FROM unnest($1::text[]) AS o(id) CROSS JOIN LATERAL (
       SELECT e.payload -> 'ticket' AS ticket, e.payload ->> 'at' AS at FROM events e
       WHERE e.office_id = o.id AND e.stream = 'queue' AND e.day = $2::date AND e.type IN ('ticket.called', 'ticket.recalled')
       ORDER BY e.seq DESC LIMIT $3) c`,
    [officeIds, today, perOffice],
  );
  return rows;
}

/** Each office's queue now. */
export async function liveQueues(pool: Pool, officeIds: readonly string[], today: string): Promise<Map<string, LiveQueue>> {
  const out = new Map<string, LiveQueue>(officeIds.map((id) => [id, { waiting: 0, serving: 0, countersOpen: 0, lastCall: null }]));
  if (officeIds.length === 0) return out;
  const [tickets, counters, calls, configs] = await Promise.all([
    pool.query<{ office_id: string; waiting: number; serving: number }>(
      `SELECT office_id, count(*) FILTER (WHERE status = 'waiting')::int AS waiting, count(*) FILTER (WHERE status IN ('called', 'serving'))::int AS serving
       FROM office_tickets WHERE office_id = ANY($1::text[]) AND day = $2::date GROUP BY office_id`,
      [officeIds, today],
    ),
    pool.query<{ office_id: string; open: number }>(
      "SELECT office_id, count(*) FILTER (WHERE status = 'open')::int AS open FROM office_counters WHERE office_id = ANY($1::text[]) GROUP BY office_id",
      [officeIds],
    ),
    latestCalls(pool, officeIds, today, 1),
    configsOf(pool, officeIds),
  ]);
  for (const r of tickets.rows) Object.assign(out.get(r.office_id)!, { waiting: r.waiting, serving: r.serving });
  for (const r of counters.rows) out.get(r.office_id)!.countersOpen = r.open;
  for (const r of calls) out.get(r.office_id)!.lastCall = callOf(r, configs.get(r.office_id));
  return out;
}

/** One office's counters, queue by service and latest calls. */
export async function officeLive(pool: Pool, officeId: string, today: string): Promise<OfficeLive> {
  const [counters, waiting, calls, configs] = await Promise.all([
    pool.query<{ counter_id: string; status: string; clerk_name: string | null; current_ticket_id: string | null; since: Date; prefix: string | null; number: number | null }>(
      `SELECT c.counter_id, c.status, c.clerk_name, c.current_ticket_id, c.since, t.prefix, t.number
       FROM office_counters c LEFT JOIN office_tickets t ON t.office_id = c.office_id AND t.ticket_id = c.current_ticket_id
       WHERE c.office_id = $1 ORDER BY c.counter_id`,
      [officeId],
    ),
    pool.query<{ service_id: string; n: number }>(
      `SELECT service_id, count(*)::int AS n FROM office_tickets WHERE office_id = $1 AND day = $2::date AND status = 'waiting' GROUP BY service_id`,
      [officeId, today],
    ),
    latestCalls(pool, [officeId], today, 10),
    configsOf(pool, [officeId]),
  ]);
  const config = configs.get(officeId);
  const counterRows: CounterNow[] = counters.rows.map((c) => {
    const named = config?.counters.get(c.counter_id);
    return {
      counterId: c.counter_id,
      number: named?.number ?? null,
      name: named?.name ?? null,
      status: c.status,
      clerkName: c.clerk_name,
      currentTicketId: c.current_ticket_id,
      currentTicket: c.current_ticket_id && c.number !== null ? { prefix: c.prefix ?? '', number: c.number } : null,
      since: c.since.toISOString(),
    };
  });
  counterRows.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.counterId.localeCompare(b.counterId));
  return {
    counters: counterRows,
    waitingByService: Object.fromEntries(waiting.rows.map((r) => [r.service_id, r.n])),
    services: waiting.rows
      .map((r) => ({ serviceId: r.service_id, name: config?.services.get(r.service_id) ?? r.service_id, waiting: r.n }))
      .sort((a, b) => b.waiting - a.waiting || a.name.localeCompare(b.name, 'fa')),
    calls: calls.flatMap((r) => callOf(r, config) ?? []),
  };
}
