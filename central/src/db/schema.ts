// The central desk's tables, created (or brought up to date) at every start. Several
// nodes may start at once: an advisory lock lets one migrate while the others wait.
import type { Pool } from 'pg';

const MIGRATION_LOCK = 4_150_001;

/** Each entry runs once, in order, in its own transaction. Append; never edit a shipped one. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE offices (
    id text PRIMARY KEY,
    name text NOT NULL,
    province text NOT NULL,
    agency text NOT NULL,
    token_hash text UNIQUE,
    token_issued_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX offices_province ON offices (province);
  CREATE INDEX offices_agency ON offices (agency);

  -- how far each office's stream is ingested (the resume point told at every connect)
  CREATE TABLE office_sync (
    office_id text NOT NULL REFERENCES offices (id),
    stream text NOT NULL,
    last_seq bigint NOT NULL DEFAULT 0,
    head_seq bigint NOT NULL DEFAULT 0,
    events bigint NOT NULL DEFAULT 0,
    -- events that arrived again (an ack lost, a stale connection): stored once, counted here
    resent bigint NOT NULL DEFAULT 0,
    last_event_at timestamptz,
    last_ingest_at timestamptz,
    last_contact_at timestamptz,
    PRIMARY KEY (office_id, stream)
  );

  CREATE TABLE events (
    office_id text NOT NULL,
    stream text NOT NULL,
    seq bigint NOT NULL,
    id uuid NOT NULL UNIQUE,
    type text NOT NULL,
    day date NOT NULL,
    at timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    payload jsonb NOT NULL,
    PRIMARY KEY (office_id, stream, seq)
  );
  CREATE INDEX events_office_day ON events (office_id, day);

  -- every ticket as its latest event left it: the source of waiting / served figures
  CREATE TABLE office_tickets (
    office_id text NOT NULL,
    ticket_id text NOT NULL,
    day date NOT NULL,
    service_id text NOT NULL,
    status text NOT NULL,
    seq bigint NOT NULL,
    issued_at timestamptz NOT NULL,
    called_at timestamptz,
    finished_at timestamptz,
    counter_id text,
    PRIMARY KEY (office_id, ticket_id)
  );
  CREATE INDEX office_tickets_day ON office_tickets (office_id, day, status);

  CREATE TABLE office_counters (
    office_id text NOT NULL,
    counter_id text NOT NULL,
    status text NOT NULL,
    clerk_name text,
    current_ticket_id text,
    since timestamptz NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (office_id, counter_id)
  );

  -- per office and day, kept in the same transaction as the events they come from
  CREATE TABLE office_day_figures (
    office_id text NOT NULL,
    day date NOT NULL,
    events integer NOT NULL DEFAULT 0,
    issued integer NOT NULL DEFAULT 0,
    waiting integer NOT NULL DEFAULT 0,
    called integer NOT NULL DEFAULT 0,
    serving integer NOT NULL DEFAULT 0,
    served integer NOT NULL DEFAULT 0,
    no_show integer NOT NULL DEFAULT 0,
    wait_seconds double precision NOT NULL DEFAULT 0,
    waits integer NOT NULL DEFAULT 0,
    service_seconds double precision NOT NULL DEFAULT 0,
    services integer NOT NULL DEFAULT 0,
    last_event_at timestamptz,
    PRIMARY KEY (office_id, day)
  );

  -- people of the central desk (admins now; inspectors with the oversight screens)
  CREATE TABLE central_tokens (
    token_hash text PRIMARY KEY,
    role text NOT NULL,
    label text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
  );
  `,
  // each agency's e-desk catalogue (central/src/catalogue): published versions pushed to
  // the agency's offices, the draft being edited, and what each office has applied
  `
  CREATE TABLE agency_catalogues (
    agency text NOT NULL,
    version integer NOT NULL,
    catalogue jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL,
    PRIMARY KEY (agency, version)
  );

  CREATE TABLE agency_catalogue_drafts (
    agency text PRIMARY KEY,
    catalogue jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL
  );

  -- the newest central version each office has published as an office version (its ack)
  CREATE TABLE office_catalogues (
    office_id text PRIMARY KEY REFERENCES offices (id),
    agency text NOT NULL,
    version integer NOT NULL,
    office_version integer NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  );
  `,
];

export async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const done = rows[0]?.v ?? 0;
    for (let v = done + 1; v <= MIGRATIONS.length; v++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[v - 1]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
