// What the portal reads from the office server.
export type { PublicTicketStatus } from '@desk/common';
