// Keeping the events table in shape, on every node: next months' partitions made at
// start and hourly, and — when a retention is set — old months dropped once their day
// figures are kept (one node at a time: the others find the lock taken and skip).
import { officeDay } from '@desk/common';
import type { Pool } from '../db/pool';
import { foldNewCaseEvents } from '../oversight/read';
import { ensureMonthsAhead } from './partitions';
import { applyRetention, type RetentionResult } from './retention';

export { applyRetention, retainedFrom, type RetentionResult } from './retention';
export { ensurePartitions, listPartitions, partitionName } from './partitions';

export interface MaintenanceOptions {
  /** DESK_EVENTS_RETENTION_MONTHS: whole months kept before the current one; null keeps every event. */
  retentionMonths?: number | null;
  clock?: () => Date;
  everyMs?: number;
}

export interface EventsMaintenance {
  /** One round now (the timer runs them hourly). */
  run(): Promise<RetentionResult | undefined>;
  stop(): Promise<void>;
}

/** DESK_EVENTS_RETENTION_MONTHS as a number of months, or null (unset, empty, 0: keep everything). */
export function retentionMonthsOf(value: string | undefined): number | null {
  if (!value?.trim()) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`DESK_EVENTS_RETENTION_MONTHS must be a whole number of months, not «${value}»`);
  return n === 0 ? null : n;
}

export function startEventsMaintenance(pool: Pool, options: MaintenanceOptions = {}): EventsMaintenance {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<RetentionResult | undefined> = Promise.resolve(undefined);
  const round = async (): Promise<RetentionResult | undefined> => {
    const today = officeDay(clock());
    await ensureMonthsAhead(pool, today);
    if (!options.retentionMonths) return undefined;
    const result = await applyRetention(pool, { months: options.retentionMonths, today, foldCases: (officeId) => foldNewCaseEvents(pool, officeId) });
    for (const d of result?.dropped ?? []) console.log(`retention: events of ${d.month.slice(0, 7)} dropped (${d.events} events; ${d.figuresRebuilt} office days' figures rebuilt first)`);
    for (const d of result?.deferred ?? []) console.log(`retention: ${d.month.slice(0, 7)} kept for now: ${d.reason}`);
    return result;
  };
  const run = () => (running = running.then(round, round));
  const logged = () =>
    void run().catch((err: unknown) => {
      console.error('events maintenance:', (err as Error).message);
    });
  logged();
  const timer = setInterval(logged, options.everyMs ?? 3_600_000);
  timer.unref();
  return {
    run,
    async stop() {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
