// Connects printing to the office: a ticket a kiosk issues prints on the kiosk's
// printer through the server (unless the kiosk prints locally, in its Electron shell);
// the kiosk hears how its print went, staff hear every printer's state.
import type { Server } from 'socket.io';
import { ticketLabel, type DeskEvent } from '@desk/common';
import type { TicketPrint } from '@desk/printers';
import type { Office } from '../office';
import { publicTicketStatus } from '../queue/status';
import { deviceRoom, STAFF } from '../socket';
import type { PrintService } from './service';

/** The printer every kiosk without one of its own uses. */
export const OFFICE_PRINTER = 'office';
/** A kiosk's device printer that means "it prints itself, through its Electron shell". */
export const LOCAL_PRINTER = 'local';

export function ticketPrintData(office: Office, ticketId: string, publicUrl: string): TicketPrint | undefined {
  const status = publicTicketStatus(office.state, office.publicConfig, ticketId);
  if (!status) return undefined;
  const ticket = office.state.tickets.get(ticketId)!;
  return {
    office: { name: office.config.office.name },
    label: ticketLabel(ticket),
    serviceName: status.serviceName,
    counters: status.counters,
    ahead: status.ahead ?? 0,
    waitMinutes: status.waitMinutes ?? null,
    issuedAt: Date.parse(ticket.issuedAt),
    statusUrl: `${publicUrl}/portal/t/${ticket.id}`,
  };
}

export function wirePrinting(office: Office, printing: PrintService, io: Server, publicUrl: () => string): void {
  // which kiosk issued a ticket, to tell it (only) how its print goes; bounded to today
  const issuedBy = new Map<string, string>();
  office.onEvents((events: DeskEvent[]) => {
    for (const e of events) {
      if (e.type === 'day.started') issuedBy.clear();
      if (e.type !== 'ticket.issued' || !e.ticket || e.actor.kind !== 'device' || e.actor.role !== 'kiosk') continue;
      const device = office.config.devices.find((d) => d.id === e.actor.id);
      const printerId = device?.printer ?? OFFICE_PRINTER;
      if (printerId === LOCAL_PRINTER || printerId === 'none' || !printing.has(printerId)) continue;
      const data = ticketPrintData(office, e.ticket.id, publicUrl());
      if (!data) continue;
      issuedBy.set(e.ticket.id, e.actor.id);
      const state = printing.printTicket(printerId, e.ticket.id, data);
      if (state) io.to(deviceRoom(e.actor.id)).emit('desk:print', state);
    }
  });
  printing.on('ticket', (state) => {
    const deviceId = issuedBy.get(state.ticketId);
    if (deviceId) io.to(deviceRoom(deviceId)).emit('desk:print', state);
  });
  printing.on('printers', (views) => io.to(STAFF).emit('desk:printers', views));
}
