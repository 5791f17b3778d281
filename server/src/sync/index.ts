// Sync to the central desk, as the office server starts it: the queue journal is the
// outbox; more journals (the e-desk's cases) join with `extraStreams`, no new plumbing:
//
//   const env = syncConfigFromEnv(process.env, office);
//   const sync = await startOfficeSync(office, dataDir, env && {
//     ...env,
//     extraStreams: [{ stream: 'cases', source: new FileJournalSource(join(dataDir, 'cases', 'journal')), journal: edesk.desk }],
//   });
//   // before the server accepts commands; sync?.status() for the admin; await sync?.stop() on close
import { join } from 'node:path';
import type { Office } from '../office';
import { FileCheckpointStore, type SyncCheckpointStore } from './checkpoint';
import { SyncClient, type SyncClientOptions, type SyncStreamConfig } from './client';
import type { StreamName } from './protocol';
import { FileJournalSource, type JournalSource } from './journal-source';

export { SyncClient, type SyncStatus, type StreamStatus, type SyncClientOptions, type SyncStreamConfig } from './client';
export { FileJournalSource, type JournalSource, type ReadBatch } from './journal-source';
export { FileCheckpointStore, type SyncCheckpointStore, type SyncCheckpointData } from './checkpoint';
export * from './protocol';

/** Whatever writes a journal and announces each durable write (Office, CaseDesk). */
export interface JournalWriter {
  /** The last seq numbered: durable when read before any command runs. */
  readonly seq: number;
  onEvents(listener: (events: ReadonlyArray<{ seq: number }>) => void): unknown;
}

export interface JournaledStream {
  stream: StreamName;
  source: JournalSource;
  journal: JournalWriter;
}

export interface OfficeSyncConfig {
  url: string;
  officeId: string;
  token: string;
  batchEvents?: number;
  ackTimeoutMs?: number;
  backoffMinMs?: number;
  backoffMaxMs?: number;
  /** Where the queue journal is read from; default `<dataDir>/journal`, or the store itself if it can be read for sync (PostgreSQL). The checkpoint likewise: `<dataDir>/sync.json`, or the store's. */
  source?: JournalSource;
  checkpoint?: SyncCheckpointStore;
  extraStreams?: JournaledStream[];
  log?: (line: string) => void;
  /** Where the agency's catalogue goes when central sends it (the office's catalogue store). */
  onCatalogue?: SyncClientOptions['onCatalogue'];
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

function hasCheckpointStore(x: unknown): x is { checkpointStore(): SyncCheckpointStore } {
  return typeof (x as { checkpointStore?: unknown }).checkpointStore === 'function';
}

function isJournalSource(x: unknown): x is JournalSource {
  return typeof (x as JournalSource).read === 'function' && typeof (x as JournalSource).lastSeq === 'function';
}

/**
 * Start syncing an office's journals. Call it right after the journals are opened and
 * before the server accepts commands (each writer's seq is then what is on disk);
 * afterwards every journal write notifies the client.
 */
export async function startOfficeSync(office: Office, dataDir: string, config: OfficeSyncConfig | null): Promise<SyncClient | null> {
  if (!config) return null;
  const source = config.source ?? (isJournalSource(office.store) ? office.store : new FileJournalSource(join(dataDir, 'journal')));
  const journaled: JournaledStream[] = [{ stream: 'queue', source, journal: office }, ...(config.extraStreams ?? [])];
  // heads are read now, before any command runs, so they are what is on disk
  const streams: SyncStreamConfig[] = journaled.map((j) => ({ stream: j.stream, source: j.source, head: j.journal.seq }));
  const client = new SyncClient({
    url: config.url,
    officeId: config.officeId,
    token: config.token,
    checkpoint: config.checkpoint ?? (hasCheckpointStore(office.store) ? office.store.checkpointStore() : new FileCheckpointStore(join(dataDir, 'sync.json'))),
    streams,
    batchEvents: config.batchEvents,
    ackTimeoutMs: config.ackTimeoutMs,
    backoffMinMs: config.backoffMinMs,
    backoffMaxMs: config.backoffMaxMs,
    log: config.log,
    onCatalogue: config.onCatalogue,
  });
  for (const j of journaled) {
    j.journal.onEvents((events) => {
      const last = events[events.length - 1];
      if (last) client.notify(j.stream, last.seq);
    });
  }
  await client.start();
  return client;
}
