// Ingesting one batch of an office's events: one transaction, acked only after commit.
// The office's row in office_sync is locked first, so batches of one office (from
// any node, even a stale connection) go one at a time. A batch must continue from
// what central has (`after` ≤ last_seq): events already here are checked to be the
// same ids and skipped, new ones are inserted with one multi-row INSERT … ON CONFLICT
// DO NOTHING and projected into the figures. The events table is partitioned by month
// (retention/partitions.ts), so its keys hold the day: (office, stream, seq) stays
// unique because only seqs past last_seq are inserted, under the row lock. A batch beyond last_seq is refused
// ("gap") with central's position, so the order per office is kept.
import { syncError, type EventsBatch, type SyncError, type SyncRecord } from '../../server/src/sync/protocol';
import type { Pool, PoolClient } from './db/pool';
import { projectors } from './projections/index';
import type { OfficeIdentity } from './registry';
import { ensurePartitions, forgetPartitions } from './retention/partitions';

export type IngestResult =
  | { ok: true; lastSeq: number; ingested: SyncRecord[] }
  | { ok: false; error: SyncError; lastSeq?: number };

class Refusal extends Error {
  constructor(
    readonly error: SyncError,
    readonly lastSeq?: number,
  ) {
    super(error.code);
  }
}

async function lockStream(client: PoolClient, office: OfficeIdentity, stream: string): Promise<number> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { rows } = await client.query<{ last_seq: number }>(
      `SELECT s.last_seq FROM office_sync s JOIN offices o ON o.id = s.office_id
       WHERE s.office_id = $1 AND s.stream = $2 AND o.token_hash = $3 AND o.revoked_at IS NULL
       FOR UPDATE OF s`,
      [office.id, stream, office.tokenHash],
    );
    if (rows[0]) return rows[0].last_seq;
    // the token may have been revoked since the handshake, or the stream is new for this office
    const known = await client.query('SELECT 1 FROM offices WHERE id = $1 AND token_hash = $2 AND revoked_at IS NULL', [office.id, office.tokenHash]);
    if (known.rowCount === 0) throw new Refusal(syncError('sync.revoked'));
    await client.query('INSERT INTO office_sync (office_id, stream) VALUES ($1, $2) ON CONFLICT DO NOTHING', [office.id, stream]);
  }
  throw new Error(`office_sync row for ${office.id}/${stream} missing`);
}

export async function ingestBatch(pool: Pool, office: OfficeIdentity, batch: EventsBatch): Promise<IngestResult> {
  // events are kept by month: the batch's months must have their partitions (made once)
  try {
    await ensurePartitions(pool, batch.events.map((e) => e.day));
  } catch (err) {
    console.error(`ingest ${office.id}/${batch.stream}: partitions:`, (err as Error).message);
    return { ok: false, error: syncError('sync.unavailable') };
  }
  const client = await pool.connect();
  let lastSeq: number | undefined;
  try {
    await client.query('BEGIN');
    lastSeq = await lockStream(client, office, batch.stream);
    if (batch.after > lastSeq) throw new Refusal(syncError('sync.gap'), lastSeq);

    const known = batch.events.filter((e) => e.seq <= lastSeq!);
    if (known.length > 0) {
      // the days narrow the search to their months' partitions (an event stored under another day is not the same one)
      const { rows } = await client.query<{ seq: number; id: string }>(
        'SELECT seq, id::text AS id FROM events WHERE office_id = $1 AND stream = $2 AND seq = ANY($3::bigint[]) AND day = ANY($4::date[])',
        [office.id, batch.stream, known.map((e) => e.seq), [...new Set(known.map((e) => e.day))]],
      );
      const ids = new Map(rows.map((r) => [r.seq, r.id]));
      // a seq central has with another id: the office's journal is not the one central saw
      for (const e of known) if (ids.get(e.seq) !== e.id.toLowerCase()) throw new Refusal(syncError('sync.diverged'), lastSeq);
    }

    const fresh = batch.events.filter((e) => e.seq > lastSeq!);
    if (fresh.length > 0) {
      const inserted = await client.query(
        `INSERT INTO events (office_id, stream, seq, id, type, day, at, payload)
         SELECT $1, $2, (e->>'seq')::bigint, (e->>'id')::uuid, e->>'type', (e->>'day')::date, (e->>'at')::timestamptz, e
         FROM jsonb_array_elements($3::jsonb) AS e
         ON CONFLICT DO NOTHING`,
        [office.id, batch.stream, JSON.stringify(fresh)],
      );
      // an id already stored (under another seq or office) is never overwritten, and never silently skipped
      if (inserted.rowCount !== fresh.length) throw new Refusal(syncError('sync.conflict'), lastSeq);
      await projectors[batch.stream]?.apply(client, office.id, fresh);
      const newest = fresh[fresh.length - 1]!;
      let lastAt = newest.at;
      for (const e of fresh) if (e.at > lastAt) lastAt = e.at;
      await client.query(
        `UPDATE office_sync SET last_seq = $3::bigint, head_seq = GREATEST($4::bigint, $3::bigint), events = events + $5::bigint,
           resent = resent + $7::bigint, last_event_at = GREATEST(last_event_at, $6::timestamptz), last_ingest_at = now(), last_contact_at = now()
         WHERE office_id = $1 AND stream = $2`,
        [office.id, batch.stream, newest.seq, batch.head, fresh.length, lastAt, known.length],
      );
      lastSeq = newest.seq;
    } else {
      await client.query(
        'UPDATE office_sync SET head_seq = $3::bigint, resent = resent + $4::bigint, last_contact_at = now() WHERE office_id = $1 AND stream = $2',
        [office.id, batch.stream, Math.max(batch.head, lastSeq), known.length],
      );
    }
    await client.query('COMMIT');
    return { ok: true, lastSeq, ingested: fresh };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (err instanceof Refusal) return { ok: false, error: err.error, ...(err.lastSeq !== undefined ? { lastSeq: err.lastSeq } : {}) };
    // PostgreSQL refusing the data itself (class 22: e.g. a \u0000 in a text) will not pass on a retry either
    const code = (err as { code?: string }).code;
    // no partition for a row: another node's retention dropped a month this node thought was there
    if (code === '23514') forgetPartitions(pool);
    if (typeof code === 'string' && code.startsWith('22')) {
      console.error(`ingest ${office.id}/${batch.stream}: data refused: ${(err as Error).message}`);
      return { ok: false, error: syncError('sync.invalid', { detail: (err as Error).message }), lastSeq };
    }
    console.error(`ingest ${office.id}/${batch.stream}:`, (err as Error).message);
    return { ok: false, error: syncError('sync.unavailable') };
  } finally {
    client.release();
  }
}

/** Central's position per stream for an office (told at connect), noting the office's heads. */
export async function helloOffice(pool: Pool, officeId: string, heads: Partial<Record<string, number>>): Promise<Record<string, number>> {
  const streams = Object.entries(heads).filter(([, h]) => Number.isSafeInteger(h) && (h as number) >= 0);
  if (streams.length > 0) {
    await pool.query(
      `UPDATE office_sync s SET head_seq = h.head, last_contact_at = now()
       FROM unnest($2::text[], $3::bigint[]) AS h(stream, head) WHERE s.office_id = $1 AND s.stream = h.stream`,
      [officeId, streams.map(([s]) => s), streams.map(([, h]) => h)],
    );
  }
  const { rows } = await pool.query<{ stream: string; last_seq: number }>('SELECT stream, last_seq FROM office_sync WHERE office_id = $1', [officeId]);
  return Object.fromEntries(rows.map((r) => [r.stream, r.last_seq]));
}
