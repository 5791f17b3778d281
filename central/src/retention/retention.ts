// Retention of the events table (DESK_EVENTS_RETENTION_MONTHS; unset: every event is
// kept). A month goes once it ended more than N months before the current one, as a
// whole partition and only after its day figures are kept:
//   1. the e-desk's case events of the month are folded by oversight (its per-day facts);
//   2. the partition is detached CONCURRENTLY: ingestion of other months goes on, and
//      nothing can be added to this one any more;
//   3. its queue day figures are checked against its events, office day by office day,
//      and rebuilt from them where they differ (figures missing or kept before the
//      projector knew them); case events not folded yet send the month back (attached);
//   4. the table is dropped and the month written in events_retention.
// The board's figures (office_day_figures) and oversight's stay; reports that read the
// events themselves have nothing left for a dropped month (the report says so).
import type { Pool, PoolClient } from '../db/pool';
import { quoteIdent } from '../db/pool';
import { writeDayFigures } from '../projections/index';
import { projectQueue } from '../projections/queue';
import type { SyncRecord } from '../../../server/src/sync/protocol';
import { addMonths, listPartitions, monthOf, type Partition } from './partitions';

const RETENTION_LOCK = 4_150_003;

export interface DroppedMonth {
  month: string;
  events: number;
  /** Office days whose figures were rebuilt from the events before the drop. */
  figuresRebuilt: number;
}

export interface RetentionResult {
  /** The first month kept. */
  keepFrom: string;
  dropped: DroppedMonth[];
  /** Months left for the next run, and why. */
  deferred: { month: string; reason: string }[];
}

export interface RetentionOptions {
  /** Whole months kept before the current one (≥ 1). */
  months: number;
  /** Today's office day (Tehran). */
  today: string;
  /** Fold an office's case events into oversight's day facts (when oversight keeps them). */
  foldCases?: (officeId: string) => Promise<unknown>;
}

/** The first month kept when `months` whole months are kept before today's. */
export function retainedFrom(today: string, months: number): string {
  return addMonths(monthOf(today), -months);
}

/** Drop the months older than the retention; undefined when another node is doing it. */
export async function applyRetention(pool: Pool, options: RetentionOptions): Promise<RetentionResult | undefined> {
  if (!Number.isInteger(options.months) || options.months < 1) throw new RangeError('retention: months must be a whole number ≥ 1');
  const lock = await pool.connect();
  try {
    const { rows } = await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [RETENTION_LOCK]);
    if (!rows[0]?.ok) return undefined;
    try {
      const keepFrom = retainedFrom(options.today, options.months);
      const result: RetentionResult = { keepFrom, dropped: [], deferred: [] };
      for (const partition of await listPartitions(pool)) {
        if (partition.month >= keepFrom) break;
        const done = await dropMonth(pool, partition, options.foldCases);
        if ('reason' in done) result.deferred.push(done);
        else result.dropped.push(done);
      }
      return result;
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [RETENTION_LOCK]);
    }
  } finally {
    lock.release();
  }
}

async function hasOversight(db: Pool | PoolClient): Promise<boolean> {
  const { rows } = await db.query<{ t: string | null }>("SELECT to_regclass('oversight_progress')::text AS t");
  return rows[0]?.t != null;
}

/** Offices whose case events in `table` are past what oversight has folded. */
async function unfoldedCases(db: Pool | PoolClient, table: string): Promise<string[]> {
  if (!(await hasOversight(db))) return [];
  const { rows } = await db.query<{ office_id: string }>(
    `SELECT e.office_id FROM (SELECT office_id, max(seq) AS seq FROM ${table} WHERE stream = 'cases' GROUP BY office_id) e
     LEFT JOIN oversight_progress p ON p.office_id = e.office_id WHERE coalesce(p.last_seq, 0) < e.seq`,
  );
  return rows.map((r) => r.office_id);
}

async function dropMonth(pool: Pool, partition: Partition, foldCases: RetentionOptions['foldCases']): Promise<DroppedMonth | { month: string; reason: string }> {
  const table = quoteIdent(partition.name);
  const { month } = partition;
  if (partition.attached && !partition.detachPending) {
    if (foldCases) for (const officeId of await unfoldedCases(pool, table)) await foldCases(officeId);
    await pool.query(`ALTER TABLE events DETACH PARTITION ${table} CONCURRENTLY`);
  } else if (partition.detachPending) {
    await pool.query(`ALTER TABLE events DETACH PARTITION ${table} FINALIZE`);
  }
  // detached: what it holds is final
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if ((await unfoldedCases(client, table)).length > 0) {
      await client.query(`ALTER TABLE events ATTACH PARTITION ${table} FOR VALUES FROM ('${month}') TO ('${addMonths(month, 1)}')`);
      await client.query('COMMIT');
      return { month, reason: 'case events not yet in oversight' };
    }
    const figuresRebuilt = await keepQueueFigures(client, table);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM ${table}`);
    const events = rows[0]?.n ?? 0;
    await client.query(`DROP TABLE ${table}`);
    await client.query(
      `INSERT INTO events_retention AS r (month, events, figures_rebuilt) VALUES ($1, $2, $3)
       ON CONFLICT (month) DO UPDATE SET events = r.events + EXCLUDED.events, figures_rebuilt = r.figures_rebuilt + EXCLUDED.figures_rebuilt, dropped_at = now()`,
      [month, events, figuresRebuilt],
    );
    await client.query('COMMIT');
    return { month, events, figuresRebuilt };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Each office day of the month's queue events has its figures, counting exactly these
 * events; a day that does not is rebuilt from them. Answers how many days were rebuilt.
 */
async function keepQueueFigures(client: PoolClient, table: string): Promise<number> {
  const { rows } = await client.query<{ office_id: string; day: string }>(
    `SELECT e.office_id, e.day FROM (SELECT office_id, day, count(*) AS n FROM ${table} WHERE stream = 'queue' GROUP BY office_id, day) e
     LEFT JOIN office_day_figures f ON f.office_id = e.office_id AND f.day = e.day
     WHERE f.events IS DISTINCT FROM e.n`,
  );
  for (const { office_id: officeId, day } of rows) {
    const events = await client.query<{ payload: SyncRecord }>(`SELECT payload FROM ${table} WHERE office_id = $1 AND stream = 'queue' AND day = $2 ORDER BY seq`, [
      officeId,
      day,
    ]);
    // a day's tickets live within the day (the queue starts empty each morning)
    const figures = projectQueue(new Map(), events.rows.map((r) => r.payload)).figures.filter((f) => f.day === day);
    await writeDayFigures(client, officeId, figures, 'replace');
  }
  return rows.length;
}
