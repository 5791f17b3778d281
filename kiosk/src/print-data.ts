// The paper ticket of a kiosk that prints on its own printer (in its Electron
// shell): the same page the office server prints for the other kiosks
// (server/src/printing/wire.ts, ticketPrintData), built from what the kiosk
// already has: the issue answer, the office configuration and the public address.
import { servingCounters, ticketLabel, type IssueResult, type PublicConfig } from '@desk/common';
// Type only: the page layout lives with the printers; nothing of it is bundled here.
import type { TicketPrint } from '@desk/printers';

/** The ticket the visitor was just given → the page to print. */
export function ticketPrintData(
  config: Pick<PublicConfig, 'office' | 'services' | 'counters'>,
  issued: IssueResult,
  publicUrl: string,
): TicketPrint {
  const { ticket } = issued;
  return {
    office: { name: config.office.name },
    label: ticketLabel(ticket),
    serviceName: config.services.find((s) => s.id === ticket.serviceId)?.name ?? '',
    counters: servingCounters(config, ticket.serviceId),
    ahead: issued.ahead,
    waitMinutes: issued.waitMinutes,
    issuedAt: Date.parse(ticket.issuedAt),
    statusUrl: `${publicUrl.replace(/\/+$/, '')}/portal/t/${ticket.id}`,
  };
}
