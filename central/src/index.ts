// The central desk: start a node, or use its parts (registry, ingestion, reports).
export { startCentralServer, type CentralOptions, type RunningCentral } from './server';
export { ensureDatabase, createPool } from './db/pool';
export { migrate } from './db/schema';
export { Registry, type OfficeInfo, type OfficeRecord } from './registry';
export { CentralAuth, type CentralRole } from './central-auth';
export { ingestBatch, type IngestResult } from './ingest';
export { figuresReport, listOffices, officeLive, type Figures, type FiguresReport, type OfficeOverview, type StreamHealth } from './reports';
export { PgOfficeStore, type PgOfficeStoreOptions } from '../../server/src/storage/pg-store';
