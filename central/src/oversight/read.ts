// Reading self-assessments from PostgreSQL. The case events are folded once: each
// office's events past its mark in oversight_progress are read in seq order (the
// primary key's index), folded into per-day facts (./facts.ts) and the mark moves,
// all in one transaction holding the office's progress row, so two nodes never fold
// the same events twice. A self-assessment then sums at most ~92 small rows per office.
// Batches of an office commit in seq order (ingest.ts locks the office's stream), so
// events past the mark are always the ones not yet folded.
import type { CaseCatalogue } from '@desk/common';
import type { Pool } from '../db/pool';
import type { OfficeInfo } from '../registry';
import { assessOffice, sumFacts } from './assess';
import { catalogueFacts } from './catalogue-facts';
import { acceptedCodes, foldByDay, addFacts, type CaseEventFacts, type DayFacts } from './facts';
import type { OversightPeriod } from './quarter';
import type { CatalogueFacts, SelfAssessment, SyncFacts } from './types';

/** Events folded per transaction. */
const CHUNK = 5000;

type EventRow = Omit<CaseEventFacts, 'day' | 'case'> & { seq: number; day: string; case: CaseEventFacts['case'] | null };

/** Folds the case events of one office that are not folded yet; answers how many. */
export async function foldNewCaseEvents(pool: Pool, officeId: string): Promise<number> {
  let folded = 0;
  for (;;) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO oversight_progress (office_id) VALUES ($1) ON CONFLICT DO NOTHING', [officeId]);
      const mark = await client.query<{ last_seq: number }>('SELECT last_seq FROM oversight_progress WHERE office_id = $1 FOR UPDATE', [officeId]);
      const after = mark.rows[0]?.last_seq ?? 0;
      // only what the criteria read (the form values and the client stay in the database);
      // jsonb_to_record opens each payload once
      const { rows } = await client.query<EventRow>(
        `SELECT e.seq, e.day, e.type, r.at, r.mode, r.notice, r."caseId", r."serviceId", r."trackingCode", r."stepIndex",
           CASE WHEN jsonb_typeof(r."case") = 'object' THEN r."case" - '{formValues,client,inquiries}'::text[] END AS "case"
         FROM events e, jsonb_to_record(e.payload) AS r(at text, mode text, notice text, "caseId" text, "serviceId" text,
           "trackingCode" text, "stepIndex" jsonb, "case" jsonb)
         WHERE e.office_id = $1 AND e.stream = 'cases' AND e.seq > $2 ORDER BY e.seq LIMIT $3`,
        [officeId, after, CHUNK],
      );
      if (rows.length === 0) {
        await client.query('COMMIT');
        return folded;
      }
      const events = rows.map(({ seq: _seq, case: c, ...e }) => (c ? { ...e, case: c } : e) as CaseEventFacts);
      // who had each code first: earlier chunks (in the table), then this chunk in order
      const codes = acceptedCodes(events);
      const owners = new Map<string, string>();
      if (codes.length > 0) {
        const known = await client.query<{ tracking_code: string; case_id: string }>(
          'SELECT tracking_code, case_id FROM oversight_tracking_codes WHERE office_id = $1 AND tracking_code = ANY($2::text[])',
          [officeId, codes],
        );
        for (const k of known.rows) owners.set(k.tracking_code, k.case_id);
      }
      const before = new Set(owners.keys());
      const dayOf = new Map(events.filter((e) => e.type === 'case.submitted').map((e) => [e.caseId, e.day]));
      const days = foldByDay(events, owners);
      const stored = await client.query<{ day: string; facts: DayFacts }>(
        'SELECT day, facts FROM oversight_case_days WHERE office_id = $1 AND day = ANY($2::date[])',
        [officeId, [...days.keys()]],
      );
      for (const s of stored.rows) days.set(s.day, addFacts(s.facts, days.get(s.day)!));
      await client.query(
        `INSERT INTO oversight_case_days (office_id, day, facts)
         SELECT $1, r.day, r.facts FROM jsonb_to_recordset($2::jsonb) AS r(day date, facts jsonb)
         ON CONFLICT (office_id, day) DO UPDATE SET facts = EXCLUDED.facts`,
        [officeId, JSON.stringify([...days].map(([day, facts]) => ({ day, facts })))],
      );
      const firsts = [...owners].filter(([code]) => !before.has(code));
      if (firsts.length > 0) {
        await client.query(
          `INSERT INTO oversight_tracking_codes (office_id, tracking_code, case_id, day)
           SELECT $1, r.code, r.case_id, r.day FROM jsonb_to_recordset($2::jsonb) AS r(code text, case_id text, day date)
           ON CONFLICT DO NOTHING`,
          [officeId, JSON.stringify(firsts.map(([code, caseId]) => ({ code, case_id: caseId, day: dayOf.get(caseId) })))],
        );
      }
      await client.query('UPDATE oversight_progress SET last_seq = $2, updated_at = now() WHERE office_id = $1', [officeId, rows[rows.length - 1]!.seq]);
      await client.query('COMMIT');
      folded += rows.length;
      if (rows.length < CHUNK) return folded;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}

/** The catalogue each office applied (its agency's central version), as the criteria read it. */
async function readCatalogues(pool: Pool, ids: string[]): Promise<Map<string, CatalogueFacts>> {
  const applied = await pool.query<{ office_id: string; agency: string; version: number }>(
    'SELECT office_id, agency, version FROM office_catalogues WHERE office_id = ANY($1::text[])',
    [ids],
  );
  if (applied.rows.length === 0) return new Map();
  // offices of one agency share a version: each catalogue is read and digested once
  const { rows } = await pool.query<{ agency: string; version: number; catalogue: CaseCatalogue }>(
    `SELECT agency, version, catalogue FROM agency_catalogues
     WHERE (agency, version) IN (SELECT DISTINCT agency, version FROM office_catalogues WHERE office_id = ANY($1::text[]))`,
    [ids],
  );
  const digested = new Map(rows.map((r) => [`${r.agency}\u0000${r.version}`, catalogueFacts(r.catalogue, r)]));
  const out = new Map<string, CatalogueFacts>();
  for (const a of applied.rows) {
    const facts = digested.get(`${a.agency}\u0000${a.version}`);
    if (facts) out.set(a.office_id, facts);
  }
  return out;
}

/**
 * The self-assessment of each office for the period, from the events central has now
 * and the catalogue each office applied (the single window and the info packages need
 * it; without it those criteria say there is no data).
 */
export async function readSelfAssessments(pool: Pool, offices: readonly OfficeInfo[], period: OversightPeriod, now: Date): Promise<SelfAssessment[]> {
  if (offices.length === 0) return [];
  const ids = offices.map((o) => o.id);
  // one look for all: only offices with case events past their mark are folded
  const behind = await pool.query<{ office_id: string }>(
    `SELECT s.office_id FROM office_sync s LEFT JOIN oversight_progress p ON p.office_id = s.office_id
     WHERE s.office_id = ANY($1::text[]) AND s.stream = 'cases' AND s.last_seq > coalesce(p.last_seq, 0)`,
    [ids],
  );
  for (const r of behind.rows) await foldNewCaseEvents(pool, r.office_id);
  const [days, sync, catalogues] = await Promise.all([
    pool.query<{ office_id: string; facts: DayFacts }>(
      'SELECT office_id, facts FROM oversight_case_days WHERE office_id = ANY($1::text[]) AND day BETWEEN $2::date AND $3::date',
      [ids, period.fromDay, period.toDay],
    ),
    pool.query<{ office_id: string; last_seq: number; head_seq: number; last_event_at: Date | null }>(
      "SELECT office_id, last_seq, head_seq, last_event_at FROM office_sync WHERE office_id = ANY($1::text[]) AND stream = 'cases'",
      [ids],
    ),
    readCatalogues(pool, ids),
  ]);
  const factsOf = new Map<string, DayFacts[]>();
  for (const r of days.rows) (factsOf.get(r.office_id) ?? factsOf.set(r.office_id, []).get(r.office_id)!).push(r.facts);
  const syncOf = new Map<string, SyncFacts>(
    sync.rows.map((r) => [r.office_id, { lastSeq: r.last_seq, headSeq: r.head_seq, lastEventAt: r.last_event_at ? r.last_event_at.toISOString() : null }]),
  );
  const computedAt = now.toISOString();
  return offices.map((o) =>
    assessOffice(
      o,
      period,
      { facts: sumFacts(factsOf.get(o.id) ?? []), sync: syncOf.get(o.id) ?? null, catalogue: catalogues.get(o.id) ?? null },
      computedAt,
    ),
  );
}

export async function readSelfAssessment(pool: Pool, office: OfficeInfo, period: OversightPeriod, now: Date): Promise<SelfAssessment> {
  return (await readSelfAssessments(pool, [office], period, now))[0]!;
}

/** An office as the principal may see it: null when it is unknown or of another province. */
export async function officeInScope(pool: Pool, id: string, province: string | null): Promise<OfficeInfo | null> {
  const { rows } = await pool.query<OfficeInfo>('SELECT id, name, province, agency FROM offices WHERE id = $1 AND ($2::text IS NULL OR province = $2)', [
    id,
    province,
  ]);
  return rows[0] ?? null;
}

export async function officesOfProvince(pool: Pool, province: string): Promise<OfficeInfo[]> {
  const { rows } = await pool.query<OfficeInfo>('SELECT id, name, province, agency FROM offices WHERE province = $1 ORDER BY agency, name, id', [province]);
  return rows;
}
