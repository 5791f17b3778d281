// The central desk's tables, created (or brought up to date) at every start. Several
// nodes may start at once: an advisory lock lets one migrate while the others wait.
import type { Pool } from 'pg';

const MIGRATION_LOCK = 4_150_001;

/** Each entry runs once, in order, in its own transaction. Append; never edit a shipped one. */
export const MIGRATIONS: string[] = [
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
  // oversight (central/src/oversight): inspectors scoped to a province, the e-desk figures
  // per office day kept incrementally from the case events, and quarterly inspections
  `
  ALTER TABLE central_tokens ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE;
  ALTER TABLE central_tokens ADD COLUMN province text;
  ALTER TABLE central_tokens ADD CONSTRAINT central_tokens_inspector_province CHECK (role <> 'inspector' OR province IS NOT NULL);

  -- how far each office's case events are folded into oversight_case_days
  CREATE TABLE oversight_progress (
    office_id text PRIMARY KEY REFERENCES offices (id),
    last_seq bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  -- per office and office day: the counters the self-assessment sums (DayFacts, oversight/facts.ts)
  CREATE TABLE oversight_case_days (
    office_id text NOT NULL,
    day date NOT NULL,
    facts jsonb NOT NULL,
    PRIMARY KEY (office_id, day)
  );
  -- every tracking code given, to tell a code given to two requests
  CREATE TABLE oversight_tracking_codes (
    office_id text NOT NULL,
    tracking_code text NOT NULL,
    case_id text NOT NULL,
    day date NOT NULL,
    PRIMARY KEY (office_id, tracking_code, case_id)
  );

  CREATE TABLE oversight_inspections (
    id uuid PRIMARY KEY,
    office_id text NOT NULL REFERENCES offices (id),
    quarter text NOT NULL,
    version integer NOT NULL,
    -- a correction names the signed inspection it replaces (one correction each)
    previous_id uuid UNIQUE REFERENCES oversight_inspections (id),
    inspector_id uuid NOT NULL REFERENCES central_tokens (id),
    inspector_label text NOT NULL,
    scores jsonb NOT NULL,
    findings text NOT NULL DEFAULT '',
    actions jsonb NOT NULL DEFAULT '[]',
    signed_by text,
    signed_at timestamptz,
    -- the self-assessment as it was at signing
    snapshot jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (office_id, quarter, version)
  );
  CREATE UNIQUE INDEX oversight_inspections_one_draft ON oversight_inspections (office_id, quarter) WHERE signed_at IS NULL;

  -- a signed inspection is final, whoever writes to the table
  CREATE FUNCTION oversight_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF OLD.signed_at IS NOT NULL THEN
      RAISE EXCEPTION 'signed inspection % cannot change', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER oversight_inspections_final BEFORE UPDATE OR DELETE ON oversight_inspections
    FOR EACH ROW EXECUTE FUNCTION oversight_signed_is_final();
  `,
  // events by month (retention drops whole months: retention/partitions.ts) and what the live
  // board and the reports read besides: the office's latest configuration, ticket numbers
  `
  -- a partitioned table's keys must hold the partition key: seq stays unique per office
  -- stream by ingestion (the office_sync row lock and last_seq), an event id per day
  CREATE TABLE events_by_month (
    office_id text NOT NULL,
    stream text NOT NULL,
    seq bigint NOT NULL,
    id uuid NOT NULL,
    type text NOT NULL,
    day date NOT NULL,
    at timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    payload jsonb NOT NULL,
    CONSTRAINT events_pk PRIMARY KEY (office_id, stream, seq, day),
    CONSTRAINT events_id_day_key UNIQUE (id, day)
  ) PARTITION BY RANGE (day);
  -- one office stream's events of a day in order (reports, the live board)
  CREATE INDEX events_office_stream_day ON events_by_month (office_id, stream, day, seq);

  DO $$
  DECLARE m date;
  BEGIN
    FOR m IN
      SELECT date_trunc('month', day)::date FROM events GROUP BY 1
      UNION SELECT (date_trunc('month', (now() AT TIME ZONE 'Asia/Tehran')::date) + make_interval(months => k))::date FROM generate_series(0, 2) AS k
    LOOP
      EXECUTE format('CREATE TABLE %I PARTITION OF events_by_month FOR VALUES FROM (%L) TO (%L)', 'events_' || to_char(m, 'YYYY_MM'), m, (m + interval '1 month')::date);
    END LOOP;
  END $$;
  INSERT INTO events_by_month SELECT office_id, stream, seq, id, type, day, at, ingested_at, payload FROM events;
  DROP TABLE events;
  ALTER TABLE events_by_month RENAME TO events;

  -- months whose events retention removed (their day figures stay)
  CREATE TABLE events_retention (
    month date PRIMARY KEY,
    events bigint NOT NULL,
    figures_rebuilt integer NOT NULL DEFAULT 0,
    dropped_at timestamptz NOT NULL DEFAULT now()
  );

  -- each office's latest public configuration (config.changed): names for reports and the board
  CREATE TABLE office_configs (
    office_id text PRIMARY KEY,
    seq bigint NOT NULL,
    at timestamptz NOT NULL,
    config jsonb NOT NULL
  );
  INSERT INTO office_configs (office_id, seq, at, config)
  SELECT DISTINCT ON (office_id) office_id, seq, at, payload -> 'config' FROM events
  WHERE stream = 'queue' AND type = 'config.changed' AND jsonb_typeof(payload -> 'config') = 'object'
  ORDER BY office_id, seq DESC;

  ALTER TABLE office_tickets ADD COLUMN prefix text, ADD COLUMN number integer;
  UPDATE office_tickets t SET prefix = left(e.payload -> 'ticket' ->> 'prefix', 16),
    number = CASE WHEN (e.payload -> 'ticket' ->> 'number') ~ '^[0-9]{1,9}$' THEN (e.payload -> 'ticket' ->> 'number')::integer END
  FROM events e WHERE e.office_id = t.office_id AND e.stream = 'queue' AND e.seq = t.seq AND e.day = t.day;
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
