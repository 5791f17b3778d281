// The events table is partitioned by month: one partition per Gregorian month of the
// office day, `events_YYYY_MM`. Partitions are made ahead (this month and the next
// two, at every start and hourly) and on demand: an office joining with last year's
// history brings months nobody made. Each node remembers which months exist, so a
// batch pays nothing once its month is there.
import type { Pool, PoolClient } from '../db/pool';
import { quoteIdent } from '../db/pool';

/** Months made ahead of the current one. */
export const MONTHS_AHEAD = 2;
/** Nodes create partitions one at a time. */
const PARTITION_LOCK = 4_150_002;

const PARTITION = /^events_(\d{4})_(\d{2})$/;

/** '2026-03-17' → '2026-03-01'. */
export const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;

/** The first day of the month `n` months after `month` ('YYYY-MM-01'; n may be negative). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export const partitionName = (month: string): string => `events_${month.slice(0, 4)}_${month.slice(5, 7)}`;

/** The month a partition holds, from its name (undefined: not one of ours). */
export function partitionMonth(name: string): string | undefined {
  const m = PARTITION.exec(name);
  return m ? `${m[1]}-${m[2]}-01` : undefined;
}

export interface Partition {
  name: string;
  month: string;
  /** Attached to `events`; a detached one is retention's, between its detach and its drop. */
  attached: boolean;
  /** A DETACH … CONCURRENTLY that did not finish (the node stopped): finalized by retention. */
  detachPending: boolean;
}

/** The month tables of `events`, attached or not, oldest first. */
export async function listPartitions(db: Pool | PoolClient): Promise<Partition[]> {
  const { rows } = await db.query<{ name: string; attached: boolean; pending: boolean | null }>(
    `SELECT c.relname AS name, i.inhrelid IS NOT NULL AS attached, i.inhdetachpending AS pending
     FROM pg_class c LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND i.inhparent = 'events'::regclass
     WHERE c.relkind = 'r' AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'events'::regclass)
       AND c.relname ~ '^events_[0-9]{4}_[0-9]{2}$'`,
  );
  return rows
    .flatMap((r) => {
      const month = partitionMonth(r.name);
      return month ? [{ name: r.name, month, attached: r.attached, detachPending: r.pending === true }] : [];
    })
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

const known = new WeakMap<Pool, Set<string>>();

function knownMonths(pool: Pool): Set<string> {
  let months = known.get(pool);
  if (!months) known.set(pool, (months = new Set()));
  return months;
}

/** After an insert found no partition (another node dropped one): ask the database again. */
export function forgetPartitions(pool: Pool): void {
  known.delete(pool);
}

/** Make sure the partitions of these office days exist. */
export async function ensurePartitions(pool: Pool, days: Iterable<string>): Promise<void> {
  const have = knownMonths(pool);
  const missing = new Set<string>();
  for (const day of days) {
    const month = monthOf(day);
    if (!have.has(month)) missing.add(month);
  }
  if (missing.size === 0) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    const attached = new Set((await listPartitions(client)).filter((p) => p.attached).map((p) => p.month));
    for (const month of missing) {
      if (attached.has(month)) continue;
      await client.query(
        `CREATE TABLE ${quoteIdent(partitionName(month))} PARTITION OF events FOR VALUES FROM ('${month}') TO ('${addMonths(month, 1)}')`,
      );
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  for (const month of missing) have.add(month);
}

/** This month's partition and the next ones, so a new month's first batch finds its table made. */
export function ensureMonthsAhead(pool: Pool, today: string): Promise<void> {
  const month = monthOf(today);
  return ensurePartitions(pool, Array.from({ length: MONTHS_AHEAD + 1 }, (_, i) => addMonths(month, i)));
}
