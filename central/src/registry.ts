// The offices the central desk knows: who they are (province, agency) and the hash
// of each one's sync token. A token is shown once, at registration or rotation;
// revoking it stops the office at its next batch and disconnects it everywhere.
import { STREAMS } from '../../server/src/sync/protocol';
import type { Pool } from './db/pool';
import { hashToken, newToken } from './tokens';

export interface OfficeInfo {
  id: string;
  name: string;
  province: string;
  agency: string;
}

export interface OfficeRecord extends OfficeInfo {
  tokenActive: boolean;
  createdAt: string;
}

/** Who an authenticated office socket is. */
export interface OfficeIdentity extends OfficeInfo {
  tokenHash: string;
}

const OFFICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** What is wrong with a registration, or null. */
export function officeInfoProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'body';
  const o = raw as Partial<OfficeInfo>;
  if (typeof o.id !== 'string' || !OFFICE_ID.test(o.id)) return 'id';
  for (const field of ['name', 'province', 'agency'] as const) {
    const v = o[field];
    if (typeof v !== 'string' || v.trim().length === 0 || v.length > 200) return field;
  }
  return null;
}

interface OfficeRow {
  id: string;
  name: string;
  province: string;
  agency: string;
  token_hash: string | null;
  revoked_at: Date | null;
  created_at: Date;
}

const toRecord = (r: OfficeRow): OfficeRecord => ({
  id: r.id,
  name: r.name,
  province: r.province,
  agency: r.agency,
  tokenActive: r.token_hash !== null && r.revoked_at === null,
  createdAt: r.created_at.toISOString(),
});

export class Registry {
  constructor(private readonly pool: Pool) {}

  /** Register an office; its token is in the answer only. null if the id is taken. */
  async register(info: OfficeInfo): Promise<{ office: OfficeRecord; token: string } | null> {
    const token = newToken();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<OfficeRow>(
        `INSERT INTO offices (id, name, province, agency, token_hash, token_issued_at)
         VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (id) DO NOTHING RETURNING *`,
        [info.id, info.name.trim(), info.province.trim(), info.agency.trim(), hashToken(token)],
      );
      if (!rows[0]) {
        await client.query('ROLLBACK');
        return null;
      }
      await client.query(
        `INSERT INTO office_sync (office_id, stream) SELECT $1, s FROM unnest($2::text[]) AS s ON CONFLICT DO NOTHING`,
        [info.id, [...STREAMS]],
      );
      await client.query('COMMIT');
      return { office: toRecord(rows[0]), token };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** A new token for the office (the old one stops working). null if unknown. */
  async rotateToken(id: string): Promise<string | null> {
    const token = newToken();
    const { rowCount } = await this.pool.query(
      'UPDATE offices SET token_hash = $2, token_issued_at = now(), revoked_at = NULL WHERE id = $1',
      [id, hashToken(token)],
    );
    return rowCount ? token : null;
  }

  /** Revoke the office's token (a stolen one): false if the office is unknown. */
  async revoke(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE offices SET token_hash = NULL, revoked_at = now() WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async authenticate(officeId: unknown, token: unknown): Promise<OfficeIdentity | null> {
    if (typeof officeId !== 'string' || typeof token !== 'string' || !officeId || !token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const { rows } = await this.pool.query<OfficeRow>('SELECT * FROM offices WHERE id = $1 AND token_hash = $2 AND revoked_at IS NULL', [
      officeId,
      tokenHash,
    ]);
    const r = rows[0];
    return r ? { id: r.id, name: r.name, province: r.province, agency: r.agency, tokenHash } : null;
  }

  async get(id: string): Promise<OfficeRecord | null> {
    const { rows } = await this.pool.query<OfficeRow>('SELECT * FROM offices WHERE id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }
}
