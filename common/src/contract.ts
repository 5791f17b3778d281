// The contract between the office server and its screens: socket commands
// (validated with zod on the server), their answers, and the broadcast events.
import { z } from 'zod';
import { officeDay } from './persian';
import type { PrinterView, TicketPrintState } from './printing';
import type { Actor, Call, CounterState, PublicConfig, QueueSnapshot, Ticket, TicketStatus } from './types';
import type { MessageKey } from './i18n/fa';

// ── Commands (client → server, event name 'command', always acknowledged) ──

const commandId = z.string().min(8).max(64);
const id = z.string().min(1).max(64);
const reason = z.string().trim().min(2).max(200);

export const PriorityKindSchema = z.enum(['elderly', 'disabled', 'veteran', 'pregnant']);
export const TransferPositionSchema = z.enum(['front', 'back', 'original']);

export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ticket.issue'), commandId, serviceId: id, priority: PriorityKindSchema.optional() }),
  z.object({ type: z.literal('counter.open'), commandId, counterId: id }),
  z.object({ type: z.literal('counter.close'), commandId, counterId: id }),
  z.object({ type: z.literal('counter.pause'), commandId, counterId: id, reason: z.string().trim().max(200).optional() }),
  z.object({ type: z.literal('counter.resume'), commandId, counterId: id }),
  z.object({ type: z.literal('ticket.callNext'), commandId, counterId: id }),
  z.object({ type: z.literal('ticket.recall'), commandId, counterId: id }),
  z.object({ type: z.literal('ticket.callSpecific'), commandId, counterId: id, ticketId: id, reason }),
  z.object({ type: z.literal('ticket.start'), commandId, counterId: id }),
  z.object({ type: z.literal('ticket.finish'), commandId, counterId: id }),
  z.object({ type: z.literal('ticket.noShow'), commandId, counterId: id }),
  z.object({
    type: z.literal('ticket.transfer'),
    commandId,
    counterId: id,
    toServiceId: id.optional(),
    toCounterId: id.optional(),
    position: TransferPositionSchema,
  }),
  z.object({ type: z.literal('ticket.priority'), commandId, counterId: id, confirm: z.boolean() }),
]);

export type Command = z.infer<typeof CommandSchema>;

/** A client arriving for an e-desk appointment: the case and the time booked. */
export interface AppointmentArrival {
  caseId: string;
  at: string;
}

/**
 * What the office runs: the screens' commands, plus a ticket issued for an appointment
 * arrival, which only the server builds (after checking the tracking code and national
 * ID); CommandSchema never yields it, so no screen can link a ticket to a case.
 */
export type OfficeCommand = Command | (Extract<Command, { type: 'ticket.issue' }> & { appointment: AppointmentArrival }) | VisitSurveyCommand;

/**
 * A visitor's satisfaction survey after being served at a counter (table 5), from the
 * phone that follows the ticket: the server builds it from the public survey route
 * (the ticket's random id is the key); no screen sends it.
 */
export interface VisitSurveyCommand {
  type: 'ticket.survey';
  commandId: string;
  ticketId: string;
  answers: Record<string, number>;
  comment?: string;
}

/** A served visit a kiosk may ask the visitor's opinion of (POST /api/visit-survey/find). */
export interface VisitToRate {
  ticketId: string;
  label: string;
  serviceName: string;
  serviceNameEn?: string;
  counterNumber?: number;
  finishedAt: string;
}

/** A counter visit's survey as journaled (never broadcast to the screens). */
export interface VisitSurvey {
  answers: Record<string, number>;
  comment?: string;
}

/** An appointment ticket stands at the booked time; a client later than this is a walk-in. */
export const APPOINTMENT_GRACE_MINUTES = 15;

/** The case's appointment at the desk booked for today (Tehran), if any: the one to check in for. */
export function appointmentToday(c: { appointments: readonly { status: string; at: string }[] }, now: Date | string = new Date()): boolean {
  const today = officeDay(now);
  return c.appointments.some((a) => a.status === 'scheduled' && officeDay(a.at) === today);
}

/** Where an appointment ticket stands in the queue (ms; lower goes first). */
export function appointmentQueueKey(nowMs: number, atMs: number): number {
  return nowMs - atMs > APPOINTMENT_GRACE_MINUTES * 60_000 ? nowMs : atMs;
}
export type CommandType = Command['type'];
/** A command as a screen writes it: the connection adds the commandId. */
export type CommandInput = Command extends infer C ? (C extends Command ? Omit<C, 'commandId'> : never) : never;

export interface ErrorBody {
  code: MessageKey;
  message: string;
}

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: ErrorBody };

export interface IssueResult {
  ticket: Ticket;
  /** People before this ticket in its queue. */
  ahead: number;
  /** Estimated minutes until called. */
  waitMinutes: number;
}

export interface CommandResults {
  'ticket.issue': IssueResult;
  'ticket.callNext': { ticket: Ticket | null };
  'ticket.callSpecific': { ticket: Ticket };
  'ticket.recall': { ticket: Ticket };
  'ticket.start': { ticket: Ticket };
  'ticket.finish': { ticket: Ticket };
  'ticket.noShow': { ticket: Ticket };
  'ticket.transfer': { ticket: Ticket };
  'ticket.priority': { ticket: Ticket };
  'counter.open': { counter: CounterState };
  'counter.close': { counter: CounterState };
  'counter.pause': { counter: CounterState };
  'counter.resume': { counter: CounterState };
}

// ── Sync (client → server, event name 'sync') ──

export const SyncRequestSchema = z.object({ lastSeq: z.number().int().min(0).optional(), day: z.string().optional() });
export type SyncRequest = z.infer<typeof SyncRequestSchema>;
export type SyncResult =
  | { mode: 'events'; events: DeskEvent[]; seq: number }
  | { mode: 'snapshot'; snapshot: QueueSnapshot; config: PublicConfig };

// ── Events (server → clients, event name 'desk:events': the events of one journal write, in seq order) ──

export type DeskEventType =
  | 'day.started'
  | 'ticket.issued'
  | 'ticket.called'
  | 'ticket.recalled'
  | 'ticket.serving'
  | 'ticket.finished'
  | 'ticket.noShow'
  | 'ticket.transferred'
  | 'ticket.priority'
  | 'ticket.surveyed'
  | 'counter.opened'
  | 'counter.closed'
  | 'counter.paused'
  | 'counter.resumed'
  | 'config.changed';

/**
 * What happened, with its full payload: a screen never has to ask "what changed".
 * `seq` is the per-office sequence number given when the event is journaled.
 */
export interface DeskEvent {
  seq: number;
  id: string;
  type: DeskEventType;
  at: string;
  day: string;
  actor: Actor;
  commandId?: string;
  /** The ticket as it is after this event. */
  ticket?: Ticket;
  /** The counter as it is after this event (and `counters` when several changed). */
  counter?: CounterState;
  counters?: CounterState[];
  /** Present on ticket.called / ticket.recalled: what the board announces. */
  call?: Call;
  /** Why (out-of-order call, pause, priority rejected…). */
  reason?: string;
  /** Rolling mean service time of a service after a finish. */
  serviceSeconds?: { serviceId: string; seconds: number };
  /** On config.changed: the new public configuration. */
  config?: PublicConfig;
  /** On ticket.surveyed, in the journal only: the visitor's answers (screens get the event without them). */
  survey?: VisitSurvey;
}

/** An event as the engine decides it, before the journal numbers it. */
export type EngineEvent = Omit<DeskEvent, 'seq'>;

export interface ServerToClient {
  /** One message per journal write: a call that finishes the previous ticket sends both events in one frame. */
  'desk:events': (events: DeskEvent[]) => void;
  /** To the kiosk that issued a ticket: how its print is going (not journaled). */
  'desk:print': (state: TicketPrintState) => void;
  /** To staff: every printer's state, whenever one changes (not journaled). */
  'desk:printers': (printers: PrinterView[]) => void;
}

export interface ClientToServer {
  command: (command: Command, ack: (answer: Ack<object>) => void) => void;
  sync: (request: SyncRequest, ack: (answer: Ack<{ result: SyncResult }>) => void) => void;
}

// ── Public HTTP answers ──

/** GET /api/public/tickets/:id: where a ticket stands (the page its printed QR opens). */
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
  /** While waiting: people before it in its service's queue, and the estimate. */
  ahead?: number;
  waitMinutes?: number;
  /** Once called: where to go. */
  counterNumber?: number;
  calledAt?: string;
  /** Counters that serve this service (their numbers), for the ticket's guidance line. */
  counters: number[];
  /** Once served: the satisfaction survey is open (today), or was answered. */
  survey?: 'open' | 'done';
}
