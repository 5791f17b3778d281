// People of the central desk: an admin (registers offices, reads everything), viewers
// (dashboards, the live screens) and inspectors (oversight of one province: they see
// only that province's offices). Tokens are kept as sha256 hashes.
import type { Pool } from './db/pool';
import { hashToken, newToken } from './tokens';

export type CentralRole = 'admin' | 'viewer' | 'inspector';

/** Who a token is: an inspector always has a province, and sees only its offices. */
export interface CentralPrincipal {
  id: string;
  role: CentralRole;
  label: string;
  province: string | null;
}

export interface InspectorRecord {
  id: string;
  name: string;
  province: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The province a principal is confined to (inspectors), or null for every office. */
export function provinceScope(p: Pick<CentralPrincipal, 'role' | 'province'>): string | null {
  return p.role === 'inspector' ? (p.province ?? '\u0000') : null;
}

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export class CentralAuth {
  constructor(private readonly pool: Pool) {}

  /**
   * Make sure an admin can log in: the token from the environment if given (kept in
   * sync on every start), else a new one when there is no admin yet (returned once).
   */
  async ensureAdmin(envToken: string | undefined): Promise<string | null> {
    if (envToken) {
      await this.pool.query(
        `INSERT INTO central_tokens (token_hash, role, label) VALUES ($1, 'admin', 'env') ON CONFLICT (token_hash) DO UPDATE SET revoked_at = NULL, role = 'admin'`,
        [hashToken(envToken)],
      );
      // a changed DESK_CENTRAL_ADMIN_TOKEN retires the previous one
      await this.pool.query("UPDATE central_tokens SET revoked_at = now() WHERE label = 'env' AND token_hash <> $1 AND revoked_at IS NULL", [
        hashToken(envToken),
      ]);
      return null;
    }
    const { rows } = await this.pool.query("SELECT 1 FROM central_tokens WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1");
    if (rows.length > 0) return null;
    return this.issue('admin', 'first start');
  }

  async issue(role: Exclude<CentralRole, 'inspector'>, label: string): Promise<string> {
    const token = newToken();
    await this.pool.query('INSERT INTO central_tokens (token_hash, role, label) VALUES ($1, $2, $3)', [hashToken(token), role, label]);
    return token;
  }

  /** A new inspector of one province; the token is in the answer only. */
  async issueInspector(name: string, province: string): Promise<{ inspector: InspectorRecord; token: string }> {
    const token = newToken();
    const { rows } = await this.pool.query<InspectorRow>(
      `INSERT INTO central_tokens (token_hash, role, label, province) VALUES ($1, 'inspector', $2, $3)
       RETURNING id::text, label, province, created_at, revoked_at`,
      [hashToken(token), name, province],
    );
    return { inspector: inspectorOf(rows[0]!), token };
  }

  async listInspectors(province?: string): Promise<InspectorRecord[]> {
    const { rows } = await this.pool.query<InspectorRow>(
      `SELECT id::text, label, province, created_at, revoked_at FROM central_tokens
       WHERE role = 'inspector' AND ($1::text IS NULL OR province = $1) ORDER BY province, label, created_at`,
      [province ?? null],
    );
    return rows.map(inspectorOf);
  }

  /** Revoke an inspector's token: false if there is no such inspector. */
  async revokeInspector(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const { rowCount } = await this.pool.query(
      "UPDATE central_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1::uuid AND role = 'inspector'",
      [id],
    );
    return (rowCount ?? 0) > 0;
  }

  async principal(token: unknown): Promise<CentralPrincipal | null> {
    if (typeof token !== 'string' || !token || token.length > 200) return null;
    const { rows } = await this.pool.query<CentralPrincipal>(
      'SELECT id::text, role, label, province FROM central_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [hashToken(token)],
    );
    return rows[0] ?? null;
  }

  async resolve(token: unknown): Promise<CentralRole | null> {
    return (await this.principal(token))?.role ?? null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface InspectorRow {
  id: string;
  label: string;
  province: string;
  created_at: Date;
  revoked_at: Date | null;
}

const inspectorOf = (r: InspectorRow): InspectorRecord => ({
  id: r.id,
  name: r.label,
  province: r.province,
  createdAt: r.created_at.toISOString(),
  revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
});
