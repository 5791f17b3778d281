// Agencies' catalogues in PostgreSQL: the draft being edited, the published versions
// (immutable; publishing notifies every node, which pushes to its connected offices),
// and which version each office has applied.
import { firstDifference, type CaseCatalogue } from '@desk/common';
import type { Pool } from '../db/pool';

/** Committed with the new version: every node hears it and offers it to its offices of that agency. */
export const CATALOGUE_CHANNEL = 'agency_catalogue';

export interface PublishedInfo {
  version: number;
  publishedAt: string;
  publishedBy: string;
}

export interface PublishedCatalogue extends PublishedInfo {
  agency: string;
  catalogue: CaseCatalogue;
}

export interface OfficeCatalogueState {
  id: string;
  name: string;
  province: string;
  /** The newest central version the office has published (null: none yet). */
  appliedVersion: number | null;
  officeVersion: number | null;
  appliedAt: string | null;
}

/** What a new agency's draft starts from: one desk, no service yet. */
export function emptyCatalogue(): CaseCatalogue {
  return { version: 0, units: [{ id: 'u-desk', name: 'میز خدمت', level: 'headquarters', isDesk: true }], defaultDeskUnitId: 'u-desk', services: [] };
}

interface VersionRow {
  agency: string;
  version: number;
  published_at: Date;
  published_by: string;
  catalogue?: CaseCatalogue;
}

const info = (r: VersionRow): PublishedInfo => ({ version: r.version, publishedAt: r.published_at.toISOString(), publishedBy: r.published_by });

export async function versionsOf(pool: Pool, agency: string): Promise<PublishedInfo[]> {
  const { rows } = await pool.query<VersionRow>('SELECT agency, version, published_at, published_by FROM agency_catalogues WHERE agency = $1 ORDER BY version DESC', [agency]);
  return rows.map(info);
}

export async function versionOf(pool: Pool, agency: string, version: number | 'latest'): Promise<PublishedCatalogue | null> {
  const { rows } =
    version === 'latest'
      ? await pool.query<VersionRow>('SELECT * FROM agency_catalogues WHERE agency = $1 ORDER BY version DESC LIMIT 1', [agency])
      : await pool.query<VersionRow>('SELECT * FROM agency_catalogues WHERE agency = $1 AND version = $2', [agency, version]);
  const r = rows[0];
  return r ? { agency: r.agency, ...info(r), catalogue: r.catalogue! } : null;
}

export async function draftOf(pool: Pool, agency: string): Promise<{ catalogue: CaseCatalogue; updatedAt: string; updatedBy: string } | null> {
  const { rows } = await pool.query<{ catalogue: CaseCatalogue; updated_at: Date; updated_by: string }>(
    'SELECT catalogue, updated_at, updated_by FROM agency_catalogue_drafts WHERE agency = $1',
    [agency],
  );
  const r = rows[0];
  return r ? { catalogue: r.catalogue, updatedAt: r.updated_at.toISOString(), updatedBy: r.updated_by } : null;
}

export async function saveDraft(pool: Pool, agency: string, catalogue: CaseCatalogue, by: string): Promise<void> {
  await pool.query(
    `INSERT INTO agency_catalogue_drafts (agency, catalogue, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (agency) DO UPDATE SET catalogue = EXCLUDED.catalogue, updated_at = now(), updated_by = EXCLUDED.updated_by`,
    [agency, JSON.stringify(catalogue), by],
  );
}

export async function dropDraft(pool: Pool, agency: string): Promise<void> {
  await pool.query('DELETE FROM agency_catalogue_drafts WHERE agency = $1', [agency]);
}

export type PublishOutcome =
  | { ok: true; published: PublishedCatalogue }
  | { ok: false; reason: 'noDraft' }
  | { ok: false; reason: 'unchanged' }
  | { ok: false; reason: 'invalid'; message: string };

/**
 * Publish the agency's draft as its next version, in one transaction (the agency's
 * draft row locked, so two admins publishing at once get two versions in order); the
 * notification goes out with the commit.
 */
export async function publishDraft(pool: Pool, agency: string, by: string, check: (c: CaseCatalogue) => string | null): Promise<PublishOutcome> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const draft = await client.query<{ catalogue: CaseCatalogue }>('SELECT catalogue FROM agency_catalogue_drafts WHERE agency = $1 FOR UPDATE', [agency]);
    const catalogue = draft.rows[0]?.catalogue;
    if (!catalogue) {
      await client.query('ROLLBACK');
      return { ok: false, reason: 'noDraft' };
    }
    const problem = check(catalogue);
    if (problem) {
      await client.query('ROLLBACK');
      return { ok: false, reason: 'invalid', message: problem };
    }
    const last = await client.query<{ version: number; catalogue: CaseCatalogue }>(
      'SELECT version, catalogue FROM agency_catalogues WHERE agency = $1 ORDER BY version DESC LIMIT 1',
      [agency],
    );
    const previous = last.rows[0];
    if (previous && firstDifference(previous.catalogue, catalogue) === null) {
      await client.query('ROLLBACK');
      return { ok: false, reason: 'unchanged' };
    }
    const version = (previous?.version ?? 0) + 1;
    const stored: CaseCatalogue = { ...catalogue, version };
    const { rows } = await client.query<VersionRow>(
      'INSERT INTO agency_catalogues (agency, version, catalogue, published_by) VALUES ($1, $2, $3, $4) RETURNING agency, version, published_at, published_by',
      [agency, version, JSON.stringify(stored), by],
    );
    await client.query('DELETE FROM agency_catalogue_drafts WHERE agency = $1', [agency]);
    await client.query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, agency]);
    await client.query('COMMIT');
    return { ok: true, published: { agency, ...info(rows[0]!), catalogue: stored } };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** The agency's newest version if this office has not applied it yet. */
export async function pendingFor(pool: Pool, officeId: string, agency: string): Promise<PublishedCatalogue | null> {
  const { rows } = await pool.query<VersionRow>(
    `SELECT c.* FROM agency_catalogues c
       LEFT JOIN office_catalogues o ON o.office_id = $2 AND o.agency = c.agency
      WHERE c.agency = $1 AND c.version > COALESCE(o.version, 0)
      ORDER BY c.version DESC LIMIT 1`,
    [agency, officeId],
  );
  const r = rows[0];
  return r ? { agency: r.agency, ...info(r), catalogue: r.catalogue! } : null;
}

/** The office says it published an office version from this central version (a newer ack never goes back). */
export async function recordApplied(pool: Pool, officeId: string, agency: string, version: number, officeVersion: number): Promise<void> {
  await pool.query(
    `INSERT INTO office_catalogues (office_id, agency, version, office_version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (office_id) DO UPDATE SET agency = EXCLUDED.agency, version = EXCLUDED.version, office_version = EXCLUDED.office_version, applied_at = now()
     WHERE office_catalogues.agency <> EXCLUDED.agency OR office_catalogues.version <= EXCLUDED.version`,
    [officeId, agency, version, officeVersion],
  );
}

export async function officesOf(pool: Pool, agency: string): Promise<OfficeCatalogueState[]> {
  const { rows } = await pool.query<{ id: string; name: string; province: string; version: number | null; office_version: number | null; applied_at: Date | null }>(
    `SELECT f.id, f.name, f.province, o.version, o.office_version, o.applied_at
       FROM offices f LEFT JOIN office_catalogues o ON o.office_id = f.id AND o.agency = f.agency
      WHERE f.agency = $1 ORDER BY f.province, f.name`,
    [agency],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    province: r.province,
    appliedVersion: r.version,
    officeVersion: r.office_version,
    appliedAt: r.applied_at?.toISOString() ?? null,
  }));
}

export interface AgencySummary {
  agency: string;
  offices: number;
  latestVersion: number | null;
  publishedAt: string | null;
  /** Offices that applied the latest version. */
  upToDate: number;
  hasDraft: boolean;
}

export async function agencies(pool: Pool): Promise<AgencySummary[]> {
  const { rows } = await pool.query<{ agency: string; offices: number; latest: number | null; published_at: Date | null; up_to_date: number; has_draft: boolean }>(
    `WITH names AS (SELECT agency FROM offices UNION SELECT agency FROM agency_catalogues UNION SELECT agency FROM agency_catalogue_drafts),
          latest AS (SELECT DISTINCT ON (agency) agency, version, published_at FROM agency_catalogues ORDER BY agency, version DESC)
     SELECT n.agency,
            (SELECT count(*) FROM offices f WHERE f.agency = n.agency)::int AS offices,
            l.version AS latest, l.published_at,
            (SELECT count(*) FROM office_catalogues o WHERE o.agency = n.agency AND o.version = l.version)::int AS up_to_date,
            EXISTS (SELECT 1 FROM agency_catalogue_drafts d WHERE d.agency = n.agency) AS has_draft
       FROM names n LEFT JOIN latest l ON l.agency = n.agency
      ORDER BY n.agency`,
  );
  return rows.map((r) => ({
    agency: r.agency,
    offices: r.offices,
    latestVersion: r.latest,
    publishedAt: r.published_at?.toISOString() ?? null,
    upToDate: r.up_to_date,
    hasDraft: r.has_draft,
  }));
}
