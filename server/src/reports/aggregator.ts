// The two kinds of aggregator a report is made of. Adding a figure is adding one of
// these (and naming its section in compute.ts), never touching the reader.
//
//   EventAggregator: reads journal lines of the types it names (queue, cases, config…).
//   VisitAggregator: reads whole ticket visits, folded from the ticket events by
//                    TicketVisits (visits.ts): issue → calls → serving → end.
import type { ReportPart } from '../../../common/src/reports/types';
import type { Catalog } from './catalog';
import type { JournalLine } from './line';
import type { Visit } from './visits';

export interface EventAggregator {
  /** Event types it reads; lines of other types are never parsed for it. */
  readonly types: ReadonlySet<string>;
  /**
   * Also read the days before the period (inPeriod = false then), to know the state at
   * its start: cases still open from earlier months.
   */
  readonly needsHistory?: boolean;
  /** Bytes every line it wants before the period holds (e.g. '"caseId":"'): other lines there are skipped unread. */
  readonly historyMarker?: string;
  add(line: JournalLine, inPeriod: boolean): void;
  /** After the last line of an office day. */
  endDay?(day: string, inPeriod: boolean): void;
  result(catalog: Catalog): ReportPart;
}

export interface VisitAggregator {
  add(visit: Visit): void;
  result(catalog: Catalog): ReportPart;
}
