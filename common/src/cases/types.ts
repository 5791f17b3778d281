// The case (پرونده) a request becomes, and who acts on it. Plain serialisable
// data: it is journaled, synced and shown as is. What a service is made of
// (package, form, workflow) is in ./definitions.
import type { DeviceKind, Role } from '../types';
import type { FormValues, StepKind } from './definitions';

// ── the case (پرونده) ──

/** Where the request came in. */
export type CaseChannel = 'kiosk' | 'web' | 'counter';

/**
 * How a step of the work was done, as the daily staff report (table 2) lists it.
 * Seed 001's table is an image only; the letters are this system's own:
 * الف desk (a clerk at the in-person desk), ب web (the client online),
 * ج kiosk (the client at the lobby kiosk), د unit (a unit inside the office),
 * ه system (an automatic, system-to-system action).
 */
export type CaseMode = 'desk' | 'web' | 'kiosk' | 'unit' | 'system';

export type CaseStatus =
  /** A unit is working on it. */
  | 'inProgress'
  /** The office asked the client for something; the step clock is paused. */
  | 'waitingClient'
  /** The response is issued. */
  | 'answered'
  /** The client confirmed receiving the response. */
  | 'acknowledged'
  | 'withdrawn';

export interface CaseClient {
  nationalId: string;
  name: string;
  mobile: string;
  email?: string;
}

export type DocumentStage = 'submission' | 'info' | 'inquiry' | 'response';

/** A file the server stored; the case keeps what identifies and checks it. */
export interface CaseDocument {
  id: string;
  /** The form's document field (or 'info', 'inquiry', 'response' for later files). */
  slotId: string;
  name: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  stage: DocumentStage;
  addedAt: string;
}

export type StepResult = 'done' | 'rejected' | 'returned' | 'answered' | 'withdrawn';

export interface StepRecord {
  /** Position of the step in the case's workflow. */
  index: number;
  stepId: string;
  unitId: string;
  kind: StepKind;
  startedAt: string;
  /** When the step is due; moved later by the time spent waiting on the client. */
  dueAt: string;
  finishedAt?: string;
  result?: StepResult;
  note?: string;
  /** Staff id who finished it. */
  finishedBy?: string;
  /** Working minutes this step waited on the client (not counted against the unit). */
  clientWaitMinutes: number;
}

export type InquiryOutcome = 'confirmed' | 'rejected' | 'info';

export interface CaseInquiry {
  id: string;
  inquiryId: string;
  title: string;
  agency: string;
  stepIndex: number;
  unitId: string;
  request: string;
  sentAt: string;
  sentBy: string;
  answeredAt?: string;
  answeredBy?: string;
  outcome?: InquiryOutcome;
  answer?: string;
  documentIds: string[];
}

export interface InfoRequest {
  id: string;
  stepIndex: number;
  unitId: string;
  message: string;
  /** What the client must send: document titles or pieces of information. */
  items: string[];
  requestedAt: string;
  requestedBy: string;
  answeredAt?: string;
  answer?: string;
  documentIds: string[];
  /** Working minutes between request and answer (the pause added to the due dates). */
  waitedMinutes?: number;
  /** Closed without an answer (the step was rejected or the case withdrawn). */
  closedAt?: string;
}

export interface Appointment {
  id: string;
  stepIndex: number;
  /** When the client is expected at the desk. */
  at: string;
  deskUnitId: string;
  reason: string;
  /** Documents to bring (originals to show, forms to sign). */
  bring: string[];
  setAt: string;
  setBy: string;
  status: 'scheduled' | 'attended' | 'cancelled';
  checkedInAt?: string;
  /** The queue ticket the client was served with at the desk. */
  ticketId?: string;
}

/** Table 4: the response (or decision) given to the client. */
export type ResponseOutcome = 'approved' | 'rejected' | 'partial' | 'informed';

export interface CaseResponse {
  outcome: ResponseOutcome;
  text: string;
  documentIds: string[];
  issuedAt: string;
  issuedBy: string;
  acknowledgedAt?: string;
  acknowledgedVia?: CaseMode;
}

export interface SurveyAnswers {
  /** Question id → satisfaction 1 (very low) … 5 (very high). */
  answers: Record<string, number>;
  comment?: string;
  submittedAt: string;
  via: CaseMode;
}

export interface Case {
  id: string;
  /** 11 Latin digits, the last a check digit; shown grouped with formatTrackingCode. */
  trackingCode: string;
  serviceId: string;
  /** The catalogue version the case started with; its workflow never changes. */
  catalogueVersion: number;
  channel: CaseChannel;
  /** The desk where the client is received (headquarters or an operational unit). */
  deskUnitId: string;
  client: CaseClient;
  formValues: FormValues;
  documents: CaseDocument[];
  status: CaseStatus;
  /** The workflow step being worked, or null once answered or withdrawn. */
  currentStepIndex: number | null;
  steps: StepRecord[];
  inquiries: CaseInquiry[];
  infoRequests: InfoRequest[];
  appointments: Appointment[];
  response?: CaseResponse;
  survey?: SurveyAnswers;
  acceptedAt: string;
  /** The date on the receipt (table 3): never moved. */
  promisedResponseAt: string;
  /** The promise moved by the time the office waited on the client. */
  responseDueAt: string;
  /** Working minutes the case waited on the client, in total. */
  clientWaitMinutes: number;
  updatedAt: string;
  closedAt?: string;
  withdrawReason?: string;
}

// ── who acts ──

/**
 * The actor of a case command, as the server establishes it: a staff member with
 * the units they belong to, a client (identified by tracking code + national ID or
 * a one-time code, through the portal or a kiosk), or the system itself.
 */
export type CaseActor =
  | { kind: 'staff'; id: string; name?: string; role: Role; unitIds: string[] }
  | { kind: 'client'; via: 'web' | 'kiosk'; nationalId?: string; deviceId?: string }
  | { kind: 'system'; id: string };

/** The actor as events record it: enough for the daily staff report and the audit. */
export interface CaseEventActor {
  kind: 'staff' | 'client' | 'system';
  id: string;
  role?: Role | DeviceKind;
  /** The unit on whose behalf a staff member acted. */
  unitId?: string;
}
