// The contract of the case engine: commands (validated with zod by the server
// before the engine sees them), their answers, and the events the engine emits.
// Shapes only: national IDs, forms and surveys are checked by the engine, which
// answers with Persian messages a person can act on.
import { z } from 'zod';
import type { CaseErrorCode } from './messages';
import type { Case, CaseEventActor, CaseMode, InquiryOutcome, ResponseOutcome } from './types';

const commandId = z.string().min(8).max(64);
const id = z.string().min(1).max(64);
const caseId = id;
const reason = z.string().trim().min(2).max(2000);
const optionalNote = z.string().trim().max(2000).optional();

/** A file the server already stored (bytes checked by content, kept under a random name). */
export const DocumentRefSchema = z.object({
  id,
  /** The form's document field this file fills; later files may leave it out. */
  slotId: id.optional(),
  name: z.string().trim().min(1).max(200),
  contentType: z.string().min(3).max(100),
  size: z.number().int().min(1).max(50 * 1024 * 1024),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

const documents = z.array(DocumentRefSchema).max(30);

export const CaseClientSchema = z.object({
  nationalId: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(100),
  mobile: z.string().trim().min(1).max(20),
  email: z.string().trim().max(200).optional(),
});

export const InquiryOutcomeSchema = z.enum(['confirmed', 'rejected', 'info']);
export const ResponseOutcomeSchema = z.enum(['approved', 'rejected', 'partial', 'informed']);

export const CaseCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('case.submit'),
    commandId,
    serviceId: id,
    client: CaseClientSchema,
    values: z.record(z.string().max(64), z.string().max(4000)),
    documents: documents.default([]),
    /** The desk receiving the client; the staff member's desk or the catalogue's default when left out. */
    deskUnitId: id.optional(),
  }),
  z.object({ type: z.literal('step.complete'), commandId, caseId, result: z.enum(['done', 'rejected']), note: optionalNote }),
  z.object({ type: z.literal('step.return'), commandId, caseId, toStepIndex: z.number().int().min(0).optional(), note: reason }),
  z.object({ type: z.literal('inquiry.send'), commandId, caseId, inquiryId: id, request: reason }),
  z.object({
    type: z.literal('inquiry.answer'),
    commandId,
    caseId,
    inquiryRecordId: id,
    outcome: InquiryOutcomeSchema,
    answer: z.string().trim().min(1).max(8000),
    documents: documents.default([]),
  }),
  z.object({
    type: z.literal('info.request'),
    commandId,
    caseId,
    message: reason,
    items: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  }),
  z.object({
    type: z.literal('info.answer'),
    commandId,
    caseId,
    requestId: id,
    answer: z.string().trim().max(8000).optional(),
    documents: documents.default([]),
  }),
  z.object({
    type: z.literal('appointment.set'),
    commandId,
    caseId,
    at: z.iso.datetime({ offset: true }),
    reason,
    bring: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  }),
  z.object({ type: z.literal('appointment.checkIn'), commandId, caseId, appointmentId: id, ticketId: id }),
  z.object({
    type: z.literal('response.issue'),
    commandId,
    caseId,
    outcome: ResponseOutcomeSchema,
    text: z.string().trim().min(2).max(8000),
    documents: documents.default([]),
  }),
  z.object({ type: z.literal('response.acknowledge'), commandId, caseId }),
  z.object({
    type: z.literal('survey.submit'),
    commandId,
    caseId,
    answers: z.record(z.string().max(16), z.number()),
    comment: z.string().max(4000).optional(),
  }),
  z.object({ type: z.literal('case.withdraw'), commandId, caseId, reason: optionalNote }),
]);

export type CaseCommand = z.infer<typeof CaseCommandSchema>;
export type CaseCommandType = CaseCommand['type'];
/** A command as a screen writes it: the connection adds the commandId. */
export type CaseCommandInput = z.input<typeof CaseCommandSchema> extends infer C
  ? C extends { commandId: string }
    ? Omit<C, 'commandId'>
    : never
  : never;

// ── answers ──

export interface CaseErrorBody {
  code: CaseErrorCode;
  message: string;
  /** Per-field messages when a form or the survey was refused. */
  fields?: Record<string, string>;
}

export type CaseAck<T = object> = ({ ok: true } & T) | { ok: false; error: CaseErrorBody };

/** Table 3: what the client receives the moment the request is accepted. */
export interface Receipt {
  trackingCode: string;
  serviceId: string;
  catalogueVersion: number;
  clientName: string;
  nationalId: string;
  acceptedAt: string;
  promisedResponseAt: string;
  channel: Case['channel'];
  deskUnitId: string;
  /** Names of the documents received, so the client knows what was handed in. */
  documents: string[];
  /** The workflow's steps, as the client can follow them. */
  steps: { title: string; unitId: string }[];
  responsible: { title: string; phone: string; email?: string };
}

export interface CaseCommandResults {
  'case.submit': { case: Case; receipt: Receipt };
  'step.complete': { case: Case };
  'step.return': { case: Case };
  'inquiry.send': { case: Case; inquiryRecordId: string };
  'inquiry.answer': { case: Case };
  'info.request': { case: Case; requestId: string };
  'info.answer': { case: Case };
  'appointment.set': { case: Case; appointmentId: string };
  'appointment.checkIn': { case: Case };
  'response.issue': { case: Case };
  'response.acknowledge': { case: Case };
  'survey.submit': { case: Case };
  'case.withdraw': { case: Case };
}

// ── events ──

export type CaseEventType =
  | 'case.submitted'
  | 'step.completed'
  | 'step.returned'
  | 'inquiry.sent'
  | 'inquiry.answered'
  | 'info.requested'
  | 'info.answered'
  | 'appointment.set'
  | 'appointment.checkedIn'
  | 'response.issued'
  | 'response.acknowledged'
  | 'survey.submitted'
  | 'case.withdrawn';

/** The result an event records, as the daily staff report (table 2) lists it. */
export type CaseEventOutcome =
  | 'accepted'
  | 'done'
  | 'rejected'
  | 'returned'
  | 'sent'
  | InquiryOutcome
  | 'requested'
  | 'answered'
  | 'scheduled'
  | 'attended'
  | ResponseOutcome
  | 'acknowledged'
  | 'surveyed'
  | 'withdrawn';

/** What the client must be told now (SMS, e-mail): see clientNoticeText. */
export type ClientNoticeKind = 'receipt' | 'progress' | 'infoRequest' | 'appointment' | 'response';

/**
 * What happened to a case, with its full payload: the case as it is after the
 * event. `seq` is given when the event is journaled (as the queue's DeskEvent).
 */
export interface CaseEvent {
  seq: number;
  id: string;
  type: CaseEventType;
  at: string;
  /** Office day (Tehran date, YYYY-MM-DD). */
  day: string;
  actor: CaseEventActor;
  mode: CaseMode;
  commandId?: string;
  caseId: string;
  trackingCode: string;
  serviceId: string;
  /** The unit concerned: the step's unit, or the desk for submissions, check-ins and acknowledgements. */
  unitId: string;
  /** The workflow step concerned. */
  stepIndex?: number;
  outcome: CaseEventOutcome;
  notice?: ClientNoticeKind;
  case: Case;
}

/** An event as the engine decides it, before the journal numbers it. */
export type CaseEngineEvent = Omit<CaseEvent, 'seq'>;

/** A document this person gave with an earlier request, offered again (single window). */
export interface OnFileDocument {
  id: string;
  name: string;
  contentType: string;
  size: number;
  slotId: string;
  /** The form field it was given for. */
  title: string;
  titleEn?: string;
  trackingCode: string;
  addedAt: string;
}
