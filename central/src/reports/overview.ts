// What the central desk reads back: offices with their sync health, today's figures
// and live queue, and the figures of any set of offices (a province, an agency, a
// list) over a period, one row per office for comparison plus the total.
import type { Pool } from '../db/pool';
import type { OfficeInfo } from '../registry';
import { liveQueues } from './live';
import type { Figures, FiguresReport, OfficeFilter, OfficeOverview, StreamHealth } from './types';

interface FigureSums {
  events: number | null;
  issued: number | null;
  waiting: number | null;
  called: number | null;
  serving: number | null;
  served: number | null;
  no_show: number | null;
  wait_seconds: number | null;
  waits: number | null;
  service_seconds: number | null;
  services: number | null;
}

const n = (v: unknown) => Number(v ?? 0);

function figuresOf(r: FigureSums): Figures {
  return {
    events: n(r.events),
    issued: n(r.issued),
    waiting: n(r.waiting),
    called: n(r.called),
    serving: n(r.serving),
    served: n(r.served),
    noShow: n(r.no_show),
    meanWaitSeconds: n(r.waits) > 0 ? n(r.wait_seconds) / n(r.waits) : null,
    meanServiceSeconds: n(r.services) > 0 ? n(r.service_seconds) / n(r.services) : null,
  };
}

const SUMS = `coalesce(sum(f.events), 0) AS events, coalesce(sum(f.issued), 0) AS issued, coalesce(sum(f.waiting), 0) AS waiting,
  coalesce(sum(f.called), 0) AS called, coalesce(sum(f.serving), 0) AS serving, coalesce(sum(f.served), 0) AS served,
  coalesce(sum(f.no_show), 0) AS no_show, coalesce(sum(f.wait_seconds), 0) AS wait_seconds, coalesce(sum(f.waits), 0) AS waits,
  coalesce(sum(f.service_seconds), 0) AS service_seconds, coalesce(sum(f.services), 0) AS services`;

export function where(filter: OfficeFilter, params: unknown[]): string {
  const conditions: string[] = [];
  if (filter.province) {
    params.push(filter.province);
    conditions.push(`o.province = $${params.length}`);
  }
  if (filter.agency) {
    params.push(filter.agency);
    conditions.push(`o.agency = $${params.length}`);
  }
  if (filter.officeIds && filter.officeIds.length > 0) {
    params.push(filter.officeIds);
    conditions.push(`o.id = ANY($${params.length}::text[])`);
  }
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

interface SyncRow {
  office_id: string;
  stream: string;
  last_seq: number;
  head_seq: number;
  events: number;
  resent: number;
  last_event_at: Date | null;
  last_ingest_at: Date | null;
  last_contact_at: Date | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listOffices(pool: Pool, filter: OfficeFilter, today: string, connected: ReadonlySet<string>): Promise<OfficeOverview[]> {
  const params: unknown[] = [today];
  const { rows } = await pool.query<OfficeInfo & FigureSums & { token_active: boolean }>(
    `SELECT o.id, o.name, o.province, o.agency, (o.token_hash IS NOT NULL AND o.revoked_at IS NULL) AS token_active, ${SUMS}
     FROM offices o LEFT JOIN office_day_figures f ON f.office_id = o.id AND f.day = $1::date
     ${where(filter, params)}
     GROUP BY o.id ORDER BY o.province, o.agency, o.name, o.id`,
    params,
  );
  const sync = await pool.query<SyncRow>('SELECT * FROM office_sync WHERE office_id = ANY($1::text[])', [rows.map((r) => r.id)]);
  const byOffice = new Map<string, Record<string, StreamHealth>>();
  for (const s of sync.rows) {
    const m = byOffice.get(s.office_id) ?? {};
    m[s.stream] = {
      lastSeq: s.last_seq,
      headSeq: s.head_seq,
      behind: Math.max(0, s.head_seq - s.last_seq),
      events: s.events,
      resent: s.resent,
      lastEventAt: iso(s.last_event_at),
      lastIngestAt: iso(s.last_ingest_at),
      lastContactAt: iso(s.last_contact_at),
    };
    byOffice.set(s.office_id, m);
  }
  const live = await liveQueues(pool, rows.map((r) => r.id), today);
  const now = Date.now();
  return rows.map((r) => {
    const streams = byOffice.get(r.id) ?? {};
    const last = streams.queue?.lastEventAt;
    return {
      id: r.id,
      name: r.name,
      province: r.province,
      agency: r.agency,
      tokenActive: r.token_active,
      connected: connected.has(r.id),
      sync: streams,
      lagSeconds: last ? Math.max(0, (now - Date.parse(last)) / 1000) : null,
      today: figuresOf(r),
      live: live.get(r.id) ?? { waiting: 0, serving: 0, countersOpen: 0, lastCall: null },
    };
  });
}

/** The offices a filter names, without their figures (the reports over offices). */
export async function officesOf(pool: Pool, filter: OfficeFilter): Promise<OfficeInfo[]> {
  const params: unknown[] = [];
  const { rows } = await pool.query<OfficeInfo>(`SELECT o.id, o.name, o.province, o.agency FROM offices o ${where(filter, params)} ORDER BY o.province, o.agency, o.name, o.id`, params);
  return rows;
}

export async function figuresReport(pool: Pool, filter: OfficeFilter, from: string, to: string): Promise<FiguresReport> {
  const params: unknown[] = [from, to];
  const { rows } = await pool.query<OfficeInfo & FigureSums>(
    `SELECT o.id, o.name, o.province, o.agency, ${SUMS}
     FROM offices o LEFT JOIN office_day_figures f ON f.office_id = o.id AND f.day BETWEEN $1::date AND $2::date
     ${where(filter, params)}
     GROUP BY o.id ORDER BY o.province, o.agency, o.name, o.id`,
    params,
  );
  const total: FigureSums = { events: 0, issued: 0, waiting: 0, called: 0, serving: 0, served: 0, no_show: 0, wait_seconds: 0, waits: 0, service_seconds: 0, services: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof FigureSums)[]) total[k] = n(total[k]) + n(r[k]);
  return {
    from,
    to,
    offices: rows.map((r) => ({ id: r.id, name: r.name, province: r.province, agency: r.agency, ...figuresOf(r) })),
    total: figuresOf(total),
  };
}
