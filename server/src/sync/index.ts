// Sync to the central desk, as the office server starts it: the queue journal is the
// outbox (more streams, e.g. the case journal, join with `extraStreams`).
//
//   const sync = await startOfficeSync(office, dataDir, syncConfigFromEnv(process.env, office));
//   // right after Office.open, before the server accepts commands; sync?.status() for the admin; sync?.stop() on close
import { join } from 'node:path';
import type { Office } from '../office';
import { FileCheckpointStore, type SyncCheckpointStore } from './checkpoint';
import { SyncClient, type SyncStreamConfig } from './client';
import { FileJournalSource, type JournalSource } from './journal-source';

export { SyncClient, type SyncStatus, type StreamStatus, type SyncClientOptions, type SyncStreamConfig } from './client';
export { FileJournalSource, type JournalSource, type ReadBatch } from './journal-source';
export { FileCheckpointStore, type SyncCheckpointStore, type SyncCheckpointData } from './checkpoint';
export * from './protocol';

export interface OfficeSyncConfig {
  url: string;
  officeId: string;
  token: string;
  batchEvents?: number;
  ackTimeoutMs?: number;
  backoffMinMs?: number;
  backoffMaxMs?: number;
  /** Where the queue journal is read from; default `<dataDir>/journal`, or the store itself if it can be read for sync (PostgreSQL). */
  source?: JournalSource;
  checkpoint?: SyncCheckpointStore;
  extraStreams?: SyncStreamConfig[];
  log?: (line: string) => void;
}

/**
 * DESK_CENTRAL_URL and DESK_CENTRAL_TOKEN turn sync on; DESK_OFFICE_ID defaults to the
 * configured office id. Returns null (sync off) when the URL or token is missing.
 */
export function syncConfigFromEnv(env: NodeJS.ProcessEnv, office: Office): OfficeSyncConfig | null {
  const url = env.DESK_CENTRAL_URL?.trim();
  const token = env.DESK_CENTRAL_TOKEN?.trim();
  if (!url || !token) return null;
  return { url, token, officeId: env.DESK_OFFICE_ID?.trim() || office.config.office.id, log: (l) => console.warn(l) };
}

function isJournalSource(x: unknown): x is JournalSource {
  return typeof (x as JournalSource).read === 'function' && typeof (x as JournalSource).lastSeq === 'function';
}

/**
 * Start syncing an office's journal. Call it right after Office.open (office.seq is then
 * what is on disk); afterwards every journal write notifies the client.
 */
export async function startOfficeSync(office: Office, dataDir: string, config: OfficeSyncConfig | null): Promise<SyncClient | null> {
  if (!config) return null;
  const source = config.source ?? (isJournalSource(office.store) ? office.store : new FileJournalSource(join(dataDir, 'journal')));
  const client = new SyncClient({
    url: config.url,
    officeId: config.officeId,
    token: config.token,
    checkpoint: config.checkpoint ?? new FileCheckpointStore(join(dataDir, 'sync.json')),
    streams: [{ stream: 'queue', source, head: office.seq }, ...(config.extraStreams ?? [])],
    batchEvents: config.batchEvents,
    ackTimeoutMs: config.ackTimeoutMs,
    backoffMinMs: config.backoffMinMs,
    backoffMaxMs: config.backoffMaxMs,
    log: config.log,
  });
  office.onEvents((events) => {
    const last = events[events.length - 1];
    if (last) client.notify('queue', last.seq);
  });
  await client.start();
  return client;
}
