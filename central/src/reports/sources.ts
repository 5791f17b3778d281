// Where a central report reads an office's events: its two streams in the events table,
// each with the event types the office's journal folders hold (server/src/reports/sources.ts).
import type { ComputeOptions } from '../../../server/src/reports/compute';
import { CASE_EVENT_TYPES } from '../../../server/src/reports/edesk';
import type { DaySource } from '../../../server/src/reports/reader';
import { QUEUE_EVENT_TYPES } from '../../../server/src/reports/sources';
import type { Pool } from '../db/pool';
import { PgEventDays } from './pg-days';

/** What the central worker gets for one run (plain data: it opens its own connections). */
export type CentralWorkerOptions = Omit<ComputeOptions, 'signal' | 'onProgress' | 'ranIn' | 'sliceMs' | 'journals'> & {
  pgUrl: string;
  /** One office, or every office of the total (read together, day by day). */
  officeIds: string[];
};

export function officeEventSources(pool: Pool, officeIds: readonly string[]): DaySource[] {
  return officeIds.flatMap((id) => [new PgEventDays(pool, id, 'queue', QUEUE_EVENT_TYPES), new PgEventDays(pool, id, 'cases', CASE_EVENT_TYPES)]);
}
