// A real office server on a fresh data folder, for the end-to-end tests.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startOfficeServer, type OfficeServerOptions, type RunningOffice } from '../../server/src/app';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The screens are served from their built `dist` folders: fail early and clearly if one is missing. */
export function assertAppsBuilt(): void {
  const missing = ['kiosk', 'counter', 'display', 'portal'].filter((name) => !existsSync(join(repoRoot, name, 'dist', 'index.html')));
  if (missing.length > 0) {
    throw new Error(
      `Built screens missing (${missing.join(', ')}): run \`npm run build\` first`,
    );
  }
}

export function freshDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'desk-e2e-'));
}

export function startServer(dataDir: string, port = 0, more: Partial<OfficeServerOptions> = {}): Promise<RunningOffice> {
  return startOfficeServer({ dataDir, port, host: '127.0.0.1', ...more });
}

export async function removeDataDir(dataDir: string | undefined): Promise<void> {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
