// The office store over PostgreSQL, for large offices that want a database server:
// the same OfficeStore interface as the embedded files (server/src/storage/store.ts).
// Configuration and sessions are one JSON row each; the journal is a table with one
// row per event, and an append is durable when its transaction has committed
// (synchronous_commit on). Appends are group-committed and strictly ordered, as the
// file journal: the office may announce seq N only once every seq below it is stored.
// One server per schema, as one server per data folder: an advisory lock held on a
// dedicated connection refuses a second one.
//
// It also serves the sync client as a journal source (read/lastSeq) and can keep the
// sync checkpoint. `DESK_OFFICE_PG_URL` (and `DESK_OFFICE_PG_SCHEMA`) select it.
import pg from 'pg';
import type { JournalRecord } from './journal';
import type { OfficeStore, StoredConfig, StoredSession } from './store';
import type { JournalSource, ReadBatch } from '../sync/journal-source';
import type { SyncCheckpointData, SyncCheckpointStore } from '../sync/checkpoint';
import type { SyncRecord } from '../sync/protocol';

export interface PgOfficeStoreOptions {
  url: string;
  /** One office per schema (default desk_office). */
  schema?: string;
  poolSize?: number;
}

export class OfficeStoreLockedError extends Error {
  constructor(readonly schema: string) {
    super(`سرور دیگری با همین طرح پایگاه داده (${schema}) در حال اجراست. هر طرح فقط یک سرور می‌پذیرد.`);
    this.name = 'OfficeStoreLockedError';
  }
}

interface Pending {
  records: JournalRecord[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgOfficeStore implements OfficeStore, JournalSource {
  private queue: Pending[] = [];
  private flushing = false;
  private saveChain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly lock: pg.Client,
    readonly schema: string,
  ) {}

  static async open(options: PgOfficeStoreOptions): Promise<PgOfficeStore> {
    const schema = options.schema ?? 'desk_office';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`bad schema name ${schema}`);
    const lock = new pg.Client({ connectionString: options.url });
    await lock.connect();
    lock.on('error', (err) => console.error('office store lock connection:', err.message));
    try {
      const { rows } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext('desk-office:' || $1)) AS ok", [schema]);
      if (!rows[0]?.ok) throw new OfficeStoreLockedError(schema);
      await lock.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await lock.query(`
        CREATE TABLE IF NOT EXISTS ${schema}.config (id integer PRIMARY KEY CHECK (id = 1), data jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS ${schema}.sessions (id integer PRIMARY KEY CHECK (id = 1), data jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS ${schema}.journal (seq bigint PRIMARY KEY, day text NOT NULL, record jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS journal_day ON ${schema}.journal (day, seq);
        CREATE TABLE IF NOT EXISTS ${schema}.journal_days (day text PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS ${schema}.sync_checkpoint (id integer PRIMARY KEY CHECK (id = 1), data jsonb NOT NULL);
      `);
    } catch (err) {
      await lock.end().catch(() => undefined);
      throw err;
    }
    // every write is on disk at commit, whatever the server's default
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 4, options: '-c synchronous_commit=on' });
    pool.on('error', (err) => console.error('office store pool:', err.message));
    return new PgOfficeStore(pool, lock, schema);
  }

  private t(table: string): string {
    return `${this.schema}.${table}`;
  }

  async loadConfig(): Promise<StoredConfig | null> {
    const { rows } = await this.pool.query<{ data: StoredConfig }>(`SELECT data FROM ${this.t('config')} WHERE id = 1`);
    return rows[0]?.data ?? null;
  }

  /** Writes one at a time, so an older state never overwrites a newer one. */
  private saveRow(table: string, data: unknown): Promise<void> {
    const next = this.saveChain.then(async () => {
      await this.pool.query(`INSERT INTO ${this.t(table)} (id, data) VALUES (1, $1::jsonb) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`, [
        JSON.stringify(data),
      ]);
    });
    this.saveChain = next.catch(() => undefined);
    return next;
  }

  saveConfig(config: StoredConfig): Promise<void> {
    return this.saveRow('config', config);
  }

  async loadSessions(): Promise<StoredSession[]> {
    const { rows } = await this.pool.query<{ data: StoredSession[] }>(`SELECT data FROM ${this.t('sessions')} WHERE id = 1`);
    return rows[0]?.data ?? [];
  }

  saveSessions(sessions: StoredSession[]): Promise<void> {
    return this.saveRow('sessions', sessions);
  }

  async journalDays(): Promise<string[]> {
    const { rows } = await this.pool.query<{ day: string }>(`SELECT day FROM ${this.t('journal_days')} ORDER BY day`);
    return rows.map((r) => r.day);
  }

  async readJournal(day: string): Promise<JournalRecord[]> {
    const { rows } = await this.pool.query<{ record: JournalRecord }>(`SELECT record FROM ${this.t('journal')} WHERE day = $1 ORDER BY seq`, [day]);
    return rows.map((r) => r.record);
  }

  async lastSeq(): Promise<number> {
    const { rows } = await this.pool.query<{ seq: string | number | null }>(`SELECT max(seq) AS seq FROM ${this.t('journal')}`);
    return Number(rows[0]?.seq ?? 0);
  }

  /** Durably append records (numbered, in seq order): resolves once committed. */
  append(records: JournalRecord[]): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.queue.push({ records, resolve, reject }));
    if (!this.flushing) void this.flush();
    return done;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          // one statement is one transaction: the rows and their days commit together
          await this.pool.query(
            `WITH r AS (SELECT (x->>'seq')::bigint AS seq, x->>'day' AS day, x AS record FROM jsonb_array_elements($1::jsonb) AS x),
                  ins AS (INSERT INTO ${this.t('journal')} (seq, day, record) SELECT seq, day, record FROM r)
             INSERT INTO ${this.t('journal_days')} (day) SELECT DISTINCT day FROM r ON CONFLICT DO NOTHING`,
            [JSON.stringify(batch.flatMap((p) => p.records))],
          );
          for (const p of batch) p.resolve();
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** JournalSource: events for the sync client, without the commands' answers. */
  async read(after: number, upTo: number, maxEvents: number, maxBytes: number): Promise<ReadBatch> {
    const { rows } = await this.pool.query<{ r: string }>(
      `SELECT (record - 'answer')::text AS r FROM ${this.t('journal')} WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
      [after, upTo, maxEvents],
    );
    const records: SyncRecord[] = [];
    let bytes = 0;
    for (const row of rows) {
      records.push(JSON.parse(row.r) as SyncRecord);
      bytes += Buffer.byteLength(row.r) + 1;
      if (bytes >= maxBytes) break;
    }
    return { records, bytes };
  }

  /** Where the sync client keeps its checkpoint when the office has no data folder to speak of. */
  checkpointStore(): SyncCheckpointStore {
    return {
      load: async () => {
        const { rows } = await this.pool.query<{ data: SyncCheckpointData }>(`SELECT data FROM ${this.t('sync_checkpoint')} WHERE id = 1`);
        return rows[0]?.data ?? { version: 1, streams: {} };
      },
      save: (data) => this.saveRow('sync_checkpoint', data),
    };
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length > 0) {
      if (!this.flushing) void this.flush();
      await new Promise((r) => setTimeout(r, 5));
    }
    await this.saveChain;
    await this.pool.end();
    await this.lock.end().catch(() => undefined);
  }
}
