// Where an office's events are: the queue's journal and the e-desk's case journal,
// each one file per Tehran office day (server/src/storage/journal.ts, edesk/desk.ts).
import { join } from 'node:path';
import type { DeskEventType } from '@desk/common';
import { CASE_EVENT_TYPES } from './edesk';
import type { JournalSource } from './reader';

export const QUEUE_EVENT_TYPES: ReadonlySet<DeskEventType> = new Set<DeskEventType>([
  'day.started',
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.serving',
  'ticket.finished',
  'ticket.noShow',
  'ticket.transferred',
  'ticket.priority',
  'ticket.surveyed',
  'counter.opened',
  'counter.closed',
  'counter.paused',
  'counter.resumed',
  'config.changed',
]);

export function officeJournals(dataDir: string): JournalSource[] {
  return [
    { dir: join(dataDir, 'journal'), types: QUEUE_EVENT_TYPES },
    { dir: join(dataDir, 'cases', 'journal'), types: CASE_EVENT_TYPES },
  ];
}
