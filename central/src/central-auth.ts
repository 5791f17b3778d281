// People of the central desk: for now an admin (registers offices, reads everything)
// and viewers (dashboards, the live screens). Tokens are kept as sha256 hashes.
import type { Pool } from './db/pool';
import { hashToken, newToken } from './tokens';

export type CentralRole = 'admin' | 'viewer';

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

  async issue(role: CentralRole, label: string): Promise<string> {
    const token = newToken();
    await this.pool.query('INSERT INTO central_tokens (token_hash, role, label) VALUES ($1, $2, $3)', [hashToken(token), role, label]);
    return token;
  }

  async resolve(token: unknown): Promise<CentralRole | null> {
    if (typeof token !== 'string' || !token || token.length > 200) return null;
    const { rows } = await this.pool.query<{ role: CentralRole }>('SELECT role FROM central_tokens WHERE token_hash = $1 AND revoked_at IS NULL', [
      hashToken(token),
    ]);
    return rows[0]?.role ?? null;
  }
}
