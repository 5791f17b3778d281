// Connections to PostgreSQL. A fresh install may point at a database that does not
// exist yet: it is created (a working default: `npm run central` on a new machine).
import pg from 'pg';

const { Pool, Client } = pg;
export type { Pool, PoolClient } from 'pg';

// bigint columns (seq, counts) are well within 2^53 here: read them as numbers
pg.types.setTypeParser(20, (v: string) => Number(v));
// dates (office days) stay 'YYYY-MM-DD' strings, never a Date shifted by the process's time zone
pg.types.setTypeParser(1082, (v: string) => v);

export function createPool(url: string, max = 10): pg.Pool {
  const pool = new Pool({ connectionString: url, max });
  // an idle client losing its connection (PostgreSQL restarted) must not crash the node
  pool.on('error', (err) => console.error('postgres pool:', err.message));
  return pool;
}

/** Create the database named in `url` if it is missing (connecting to `postgres` to do so). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) return;
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw err; // 3D000: database does not exist
  } finally {
    await probe.end().catch(() => undefined);
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (err) {
    if ((err as { code?: string }).code !== '42P04') throw err; // created meanwhile by another node
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
