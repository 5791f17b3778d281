// What a visitor's phone shows after scanning the QR on a printed ticket: where the
// ticket stands now. Public (the link is the ticket's random id), so it says nothing
// about other visitors or staff beyond counts.
import { estimateWaitMinutes, peopleAhead, servingCounters, ticketLabel, waitingCountByService, type PublicConfig, type PublicTicketStatus, type VisitToRate } from '@desk/common';

export type { PublicTicketStatus };
import { serviceSecondsRecord, type QueueState } from './state';


export function publicTicketStatus(state: QueueState, config: PublicConfig, ticketId: string): PublicTicketStatus | undefined {
  const ticket = state.tickets.get(ticketId);
  if (!ticket) return undefined;
  const service = config.services.find((s) => s.id === ticket.serviceId);
  const status: PublicTicketStatus = {
    id: ticket.id,
    day: ticket.day,
    prefix: ticket.prefix,
    number: ticket.number,
    serviceId: ticket.serviceId,
    serviceName: service?.name ?? '',
    ...(service?.nameEn ? { serviceNameEn: service.nameEn } : {}),
    status: ticket.status,
    issuedAt: ticket.issuedAt,
    counters: servingCounters(config, ticket.serviceId),
  };
  if (ticket.status === 'waiting') {
    const ahead = peopleAhead(state.tickets.values(), ticket);
    status.ahead = ahead;
    status.waitMinutes = estimateWaitMinutes({
      serviceId: ticket.serviceId,
      ahead,
      config,
      counters: [...state.counters.values()],
      serviceSeconds: serviceSecondsRecord(state),
      waitingByService: waitingCountByService(state.tickets.values()),
    });
  }
  if (ticket.status === 'done') status.survey = ticket.surveyedAt ? 'done' : 'open';
  if (ticket.counterId) {
    status.counterNumber = config.counters.find((c) => c.id === ticket.counterId)?.number;
    if (ticket.calledAt) status.calledAt = ticket.calledAt;
  }
  return status;
}

/**
 * Today's tickets with this number that were served since `sinceMs` and not yet rated:
 * what a kiosk offers a visitor who types the number on their ticket (usually one; two
 * services can share a number, and the visitor picks theirs).
 */
export function visitsToRate(state: QueueState, config: PublicConfig, number: number, sinceMs: number): VisitToRate[] {
  return [...state.tickets.values()]
    .filter((t) => t.number === number && t.status === 'done' && !t.surveyedAt && t.finishedAt && Date.parse(t.finishedAt) >= sinceMs)
    .map((t) => {
      const service = config.services.find((s) => s.id === t.serviceId);
      const counter = config.counters.find((c) => c.id === t.counterId);
      return {
        ticketId: t.id,
        label: ticketLabel(t, 'fa'),
        serviceName: service?.name ?? '',
        ...(service?.nameEn ? { serviceNameEn: service.nameEn } : {}),
        ...(counter ? { counterNumber: counter.number } : {}),
        finishedAt: t.finishedAt!,
      };
    });
}
