// What the portal reads from the office server (the server's own types, re-declared
// where the server keeps them outside @desk/common).
import type { TicketStatus } from '@desk/common';

export interface PublicTicketStatus {
  id: string;
  day: string;
  prefix: string;
  number: number;
  serviceId: string;
  serviceName: string;
  serviceNameEn?: string;
  status: TicketStatus;
  issuedAt: string;
  ahead?: number;
  waitMinutes?: number;
  counterNumber?: number;
  calledAt?: string;
  counters: number[];
}
