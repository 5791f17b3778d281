// Folds a day's ticket events into visits: one per ticket, from issue to its end,
// with each call as a segment (a transfer ends a segment and the ticket waits again).
// Definitions the queue figures use:
//   wait          = first call − issue (ticket.called; a recall does not restart it,
//                   a transfer's later calls are not waits of the visit)
//   service time  = end − start of a segment that finished, start being servingAt
//                   (ticket.serving: the clerk pressed "start") or, when the clerk never
//                   did, calledAt: how long the counter was taken (as queue/state.ts
//                   counts the rolling service time)
//   no-show       = the segment ended with ticket.noShow
//   unserved      = still waiting or called when the office day ended (a new day
//                   clears the queue: tickets never cross Tehran midnight)
import type { Channel, PriorityKind } from '@desk/common';
import type { PlaceFilter } from '../../../common/src/reports/types';
import type { EventAggregator, VisitAggregator } from './aggregator';
import type { Catalog } from './catalog';
import type { JournalLine } from './line';

export type SegmentEnd = 'finished' | 'noShow' | 'transferred' | 'open';

export interface Segment {
  counterId: string;
  clerkId: string;
  calledAt: number;
  servingAt?: number;
  endedAt?: number;
  end: SegmentEnd;
  /** The service the ticket was called for (it changes with a transfer to another service). */
  serviceId: string;
}

export interface Visit {
  ticketId: string;
  day: string;
  prefix: string;
  number: number;
  /** The service the ticket was issued for. */
  serviceId: string;
  channel: Channel;
  priority?: PriorityKind;
  issuedAt: number;
  outcome: 'served' | 'noShow' | 'unserved';
  segments: Segment[];
  transfers: number;
  recalls: number;
}

export const waitOf = (v: Visit): number | undefined => (v.segments.length ? v.segments[0]!.calledAt - v.issuedAt : undefined);
export const serviceTimeOf = (s: Segment): number | undefined =>
  s.end === 'finished' && s.endedAt !== undefined ? s.endedAt - (s.servingAt ?? s.calledAt) : undefined;

const TICKET_TYPES = ['ticket.issued', 'ticket.called', 'ticket.serving', 'ticket.finished', 'ticket.noShow', 'ticket.transferred'];

/** Which segments of a visit a place keeps (a counter's or a clerk's; all for other places). */
export function segmentFilter(place: PlaceFilter): ((s: Segment) => boolean) | undefined {
  if (place.kind === 'counter') return (s) => s.counterId === place.counterId;
  if (place.kind === 'clerk') return (s) => s.clerkId === place.clerkId;
  return undefined;
}

/** Which visits a place keeps: by the service asked for, its department or level, or a segment at the counter / by the clerk. */
export function visitFilter(place: PlaceFilter, catalog: Catalog): (v: Visit) => boolean {
  switch (place.kind) {
    case 'office':
      return () => true;
    case 'service':
      return (v) => v.serviceId === place.serviceId;
    case 'department':
      return (v) => catalog.departmentOf(v.serviceId) === place.departmentId;
    case 'unit': {
      const dept = catalog.units.get(place.unitId)?.departmentId;
      return (v) => dept !== undefined && catalog.departmentOf(v.serviceId) === dept;
    }
    case 'level':
      return (v) => catalog.levelOfDepartment(catalog.departmentOf(v.serviceId)) === place.level;
    case 'counter':
    case 'clerk': {
      const keep = segmentFilter(place)!;
      return (v) => v.segments.some(keep);
    }
  }
}

export class TicketVisits implements EventAggregator {
  readonly types = new Set(TICKET_TYPES);
  private open = new Map<string, Visit>();

  constructor(
    private readonly children: VisitAggregator[],
    private readonly keep: (v: Visit) => boolean,
  ) {}

  add(line: JournalLine, inPeriod: boolean): void {
    if (!inPeriod) return;
    const id = line.ticketText('id');
    if (id === undefined) return;
    const v = this.open.get(id) ?? this.start(line);
    if (!v) return;
    const last = v.segments[v.segments.length - 1];
    switch (line.type) {
      case 'ticket.issued':
        return;
      case 'ticket.called':
        if (last && last.end === 'open') return; // the same call journaled twice
        v.segments.push(this.segmentOf(line));
        return;
      case 'ticket.serving':
        if (last && last.end === 'open') last.servingAt = line.ticketTime('servingAt') ?? Date.parse(line.at());
        return;
      case 'ticket.transferred':
        if (last && last.end === 'open') this.close(last, 'transferred', Date.parse(line.at()));
        v.transfers = line.ticketInt('transfers') ?? v.transfers + 1;
        return;
      case 'ticket.finished':
      case 'ticket.noShow': {
        let seg = last && last.end === 'open' ? last : undefined;
        if (!seg) v.segments.push((seg = this.segmentOf(line)));
        const servingAt = seg.servingAt === undefined ? line.ticketTime('servingAt') : undefined;
        if (servingAt !== undefined) seg.servingAt = servingAt;
        this.close(seg, line.type === 'ticket.finished' ? 'finished' : 'noShow', line.ticketTime('finishedAt') ?? Date.parse(line.at()));
        v.outcome = line.type === 'ticket.finished' ? 'served' : 'noShow';
        v.transfers = line.ticketInt('transfers') ?? v.transfers;
        v.recalls = line.ticketInt('recalls') ?? v.recalls;
        const priority = line.ticketPriority();
        if (priority && priority.status !== 'rejected') v.priority = priority.kind;
        else delete v.priority;
        this.emit(v);
        return;
      }
    }
  }

  /** A visit from the ticket as this event carries it (its issue, or the first event of it the journal has). */
  private start(line: JournalLine): Visit | undefined {
    const t = line.type === 'ticket.issued' ? undefined : line.ticket();
    const id = t?.id ?? line.ticketText('id');
    const serviceId = t?.serviceId ?? line.ticketText('serviceId', true);
    const issuedAt = t ? Date.parse(t.issuedAt) : line.ticketTime('issuedAt');
    if (!id || !serviceId || issuedAt === undefined) return undefined;
    const priority = t ? t.priority : line.ticketPriority();
    const v: Visit = {
      ticketId: id,
      day: line.day,
      prefix: t?.prefix ?? line.ticketText('prefix', true) ?? '',
      number: t?.number ?? line.ticketInt('number') ?? 0,
      serviceId,
      channel: (t?.channel ?? line.ticketText('channel', true) ?? 'kiosk') as Channel,
      ...(priority && priority.status !== 'rejected' ? { priority: priority.kind } : {}),
      issuedAt,
      outcome: 'unserved',
      segments: [],
      transfers: t?.transfers ?? 0,
      recalls: 0,
    };
    this.open.set(id, v);
    return v;
  }

  private segmentOf(line: JournalLine): Segment {
    return {
      counterId: line.ticketText('counterId', true) ?? '',
      clerkId: line.ticketText('clerkId', true) ?? '',
      calledAt: line.ticketTime('calledAt') ?? Date.parse(line.at()),
      end: 'open',
      serviceId: line.ticketText('serviceId', true) ?? '',
    };
  }

  private close(seg: Segment, end: SegmentEnd, at: number): void {
    seg.end = end;
    seg.endedAt = at;
  }

  private emit(v: Visit): void {
    this.open.delete(v.ticketId);
    if (!this.keep(v)) return;
    for (const c of this.children) c.add(v);
  }

  /** The day is over: what is still open was never served. */
  endDay(): void {
    for (const v of [...this.open.values()]) this.emit(v);
  }

  result(): { tables: []; charts: [] } {
    return { tables: [], charts: [] };
  }
}
