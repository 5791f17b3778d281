// What one office day of case events tells about the e-desk criteria (seed 000): pure
// counters, folded event by event and added up over a period. Each case event carries
// the whole case after it, so every figure comes from the one event that did the thing
// (a request accepted, a response issued, a survey given…), counted on that event's
// office day. Data from an office is not trusted to be complete: a missing field
// counts as "not done", never as an error.
import { hasValidCheckDigit, type Case, type CaseEvent } from '@desk/common';

/** An appointment is told to the client at least this long before (as the office's engine requires). */
export const APPOINTMENT_NOTICE_MS = 60 * 60_000;

/** The parts of a case event the criteria read (the SQL reading drops the rest: form values, client). */
export type CaseEventFacts = Pick<CaseEvent, 'type' | 'at' | 'day' | 'mode' | 'caseId'> &
  Partial<Pick<CaseEvent, 'notice' | 'serviceId' | 'trackingCode' | 'stepIndex' | 'unitId'>> & {
    case?: Partial<
      Pick<
        Case,
        | 'id'
        | 'trackingCode'
        | 'serviceId'
        | 'channel'
        | 'deskUnitId'
        | 'documents'
        | 'steps'
        | 'infoRequests'
        | 'appointments'
        | 'response'
        | 'survey'
        | 'acceptedAt'
        | 'promisedResponseAt'
        | 'responseDueAt'
      >
    >;
  };

export interface ServiceFacts {
  accepted: number;
  /** Accepted through the portal or a kiosk. */
  electronic: number;
}

export interface DeskFacts {
  accepted: number;
  answered: number;
  responseMs: number;
}

export interface DayFacts {
  /** Case events of the day. */
  events: number;
  accepted: number;
  web: number;
  kiosk: number;
  counter: number;
  /** Accepted on the portal or a kiosk with at least one document uploaded with the request. */
  electronicWithDocuments: number;
  /** Accepted with the receipt sent to the client (notice) carrying a promised response date. */
  receiptWithDate: number;
  /** Accepted with an 11-digit tracking code whose check digit is right. */
  validTrackingCode: number;
  /** Accepted with a code an earlier request of the office already had. */
  reusedTrackingCode: number;
  /** Accepted with a right code no earlier request had. */
  uniqueTrackingCode: number;
  withdrawn: number;
  answered: number;
  /** Answered by the date on the receipt (never moved). */
  onTimePromised: number;
  /** Answered by the promise moved by the time the office waited on the client. */
  onTimeDue: number;
  responseMs: number;
  /** Answered cases whose every workflow step is recorded (unit, start, end, result). */
  answeredStepsTracked: number;
  /** Steps finished or sent back, each recorded on the case. */
  stepsRecorded: number;
  /** Step completions the client was told of (notice). */
  progressNotified: number;
  /** Responses the client was told of electronically (notice). */
  responseNotified: number;
  acknowledged: number;
  /** Acknowledged by the client on the portal or a kiosk (the response reached them electronically). */
  acknowledgedElectronic: number;
  infoRequested: number;
  infoRequestNotified: number;
  infoAnswered: number;
  /** Answered by the client on the portal or a kiosk. */
  infoAnsweredElectronic: number;
  appointmentsSet: number;
  /** Told electronically (notice), with a reason, at least an hour ahead. */
  appointmentsToldInAdvance: number;
  /** …with the list of documents to bring. */
  appointmentsWithBringList: number;
  /** Clients checked in for an appointment. */
  visits: number;
  /** Checked in at a desk (or the lobby kiosk) with a queue ticket. */
  visitsAtDesk: number;
  surveys: number;
  /** Given on the portal or a kiosk. */
  surveysElectronic: number;
  services: Record<string, ServiceFacts>;
  desks: Record<string, DeskFacts>;
}

type Counter = Exclude<keyof DayFacts, 'services' | 'desks'>;

const COUNTERS: readonly Counter[] = [
  'events',
  'accepted',
  'web',
  'kiosk',
  'counter',
  'electronicWithDocuments',
  'receiptWithDate',
  'validTrackingCode',
  'reusedTrackingCode',
  'uniqueTrackingCode',
  'withdrawn',
  'answered',
  'onTimePromised',
  'onTimeDue',
  'responseMs',
  'answeredStepsTracked',
  'stepsRecorded',
  'progressNotified',
  'responseNotified',
  'acknowledged',
  'acknowledgedElectronic',
  'infoRequested',
  'infoRequestNotified',
  'infoAnswered',
  'infoAnsweredElectronic',
  'appointmentsSet',
  'appointmentsToldInAdvance',
  'appointmentsWithBringList',
  'visits',
  'visitsAtDesk',
  'surveys',
  'surveysElectronic',
];

export function emptyFacts(): DayFacts {
  const f = { services: {}, desks: {} } as Partial<DayFacts>;
  for (const k of COUNTERS) f[k] = 0;
  return f as DayFacts;
}

const ELECTRONIC = new Set(['web', 'kiosk']);
const time = (iso: unknown): number => (typeof iso === 'string' ? Date.parse(iso) : NaN);

function service(f: DayFacts, id: string): ServiceFacts {
  return (f.services[id] ??= { accepted: 0, electronic: 0 });
}

function desk(f: DayFacts, id: string): DeskFacts {
  return (f.desks[id] ??= { accepted: 0, answered: 0, responseMs: 0 });
}

/** A workflow step the client can follow: its unit, when it started, and (once done) when and how it ended. */
function stepRecorded(s: NonNullable<Case['steps']>[number] | undefined): boolean {
  return !!s && !!s.unitId && Number.isFinite(time(s.startedAt)) && Number.isFinite(time(s.finishedAt)) && !!s.result;
}

/** The tracking code a case was given at acceptance, if it is a well-formed one (11 digits, Damm check digit). */
export function validTrackingCode(code: unknown): code is string {
  return typeof code === 'string' && /^[1-9]\d{10}$/.test(code) && hasValidCheckDigit(code);
}

/**
 * Adds one case event to its day's facts (mutates `f`). `codeOwners` maps each tracking
 * code the office gave to the case that got it first; a submission is added to it.
 */
export function foldCaseEvent(f: DayFacts, e: CaseEventFacts, codeOwners: Map<string, string> = new Map()): void {
  const c = e.case ?? {};
  f.events++;
  switch (e.type) {
    case 'case.submitted': {
      f.accepted++;
      const channel = c.channel;
      if (channel === 'web' || channel === 'kiosk' || channel === 'counter') f[channel]++;
      const electronic = channel === 'web' || channel === 'kiosk';
      if (electronic && (c.documents ?? []).some((d) => d.stage === 'submission')) f.electronicWithDocuments++;
      const promised = time(c.promisedResponseAt);
      if (e.notice === 'receipt' && Number.isFinite(promised) && promised >= time(c.acceptedAt ?? e.at)) f.receiptWithDate++;
      const code = c.trackingCode ?? e.trackingCode;
      const owner = code ? codeOwners.get(code) : undefined;
      const reused = owner !== undefined && owner !== e.caseId;
      if (code && owner === undefined) codeOwners.set(code, e.caseId);
      if (reused) f.reusedTrackingCode++;
      if (validTrackingCode(code)) {
        f.validTrackingCode++;
        if (!reused) f.uniqueTrackingCode++;
      }
      const serviceId = c.serviceId ?? e.serviceId;
      if (serviceId) {
        const s = service(f, serviceId);
        s.accepted++;
        if (electronic) s.electronic++;
      }
      if (c.deskUnitId) desk(f, c.deskUnitId).accepted++;
      return;
    }
    case 'case.withdrawn':
      f.withdrawn++;
      return;
    case 'step.completed':
    case 'step.returned': {
      const step = [...(c.steps ?? [])].reverse().find((s) => s.index === e.stepIndex && s.finishedAt === e.at);
      if (stepRecorded(step)) f.stepsRecorded++;
      if (e.notice === 'progress') f.progressNotified++;
      return;
    }
    case 'response.issued': {
      f.answered++;
      const issued = time(c.response?.issuedAt ?? e.at);
      const accepted = time(c.acceptedAt);
      const ms = Number.isFinite(accepted) ? Math.max(0, issued - accepted) : 0;
      f.responseMs += ms;
      if (issued <= time(c.promisedResponseAt)) f.onTimePromised++;
      if (issued <= time(c.responseDueAt ?? c.promisedResponseAt)) f.onTimeDue++;
      const steps = c.steps ?? [];
      if (steps.length > 0 && steps.every(stepRecorded)) f.answeredStepsTracked++;
      if (e.notice === 'response') f.responseNotified++;
      if (c.deskUnitId) {
        const d = desk(f, c.deskUnitId);
        d.answered++;
        d.responseMs += ms;
      }
      return;
    }
    case 'response.acknowledged':
      f.acknowledged++;
      if (ELECTRONIC.has(c.response?.acknowledgedVia ?? e.mode)) f.acknowledgedElectronic++;
      return;
    case 'info.requested':
      f.infoRequested++;
      if (e.notice === 'infoRequest') f.infoRequestNotified++;
      return;
    case 'info.answered':
      f.infoAnswered++;
      if (ELECTRONIC.has(e.mode)) f.infoAnsweredElectronic++;
      return;
    case 'appointment.set': {
      f.appointmentsSet++;
      // the appointment this event set: the newest one of its step
      const a = [...(c.appointments ?? [])].reverse().find((x) => x.setAt === e.at && (e.stepIndex === undefined || x.stepIndex === e.stepIndex));
      if (a && e.notice === 'appointment' && a.reason?.trim() && time(a.at) - time(a.setAt) >= APPOINTMENT_NOTICE_MS) {
        f.appointmentsToldInAdvance++;
        if ((a.bring ?? []).length > 0) f.appointmentsWithBringList++;
      }
      return;
    }
    case 'appointment.checkedIn': {
      f.visits++;
      const a = (c.appointments ?? []).find((x) => x.checkedInAt === e.at && x.status === 'attended');
      // received at a desk unit by its clerk, or checked in by the client at the lobby kiosk
      if (a?.ticketId && (e.mode === 'desk' || e.mode === 'kiosk')) f.visitsAtDesk++;
      return;
    }
    case 'survey.submitted':
      f.surveys++;
      if (ELECTRONIC.has(c.survey?.via ?? e.mode)) f.surveysElectronic++;
      return;
    default:
      return;
  }
}

/** Adds `b` into `into` (facts read back from storage may lack counters added later). */
export function addInto(into: DayFacts, b: Partial<DayFacts>): DayFacts {
  for (const k of COUNTERS) into[k] += b[k] ?? 0;
  for (const [id, s] of Object.entries(b.services ?? {})) {
    const t = service(into, id);
    t.accepted += s.accepted ?? 0;
    t.electronic += s.electronic ?? 0;
  }
  for (const [id, d] of Object.entries(b.desks ?? {})) {
    const t = desk(into, id);
    t.accepted += d.accepted ?? 0;
    t.answered += d.answered ?? 0;
    t.responseMs += d.responseMs ?? 0;
  }
  return into;
}

/** a + b, as a new object. */
export function addFacts(a: Partial<DayFacts>, b: Partial<DayFacts>): DayFacts {
  return addInto(addInto(emptyFacts(), a), b);
}

/** The facts of each office day of these events (in journal order); new code owners are added to `codeOwners`. */
export function foldByDay(events: Iterable<CaseEventFacts>, codeOwners: Map<string, string> = new Map()): Map<string, DayFacts> {
  const days = new Map<string, DayFacts>();
  for (const e of events) {
    let f = days.get(e.day);
    if (!f) days.set(e.day, (f = emptyFacts()));
    foldCaseEvent(f, e, codeOwners);
  }
  return days;
}

/** The tracking codes these events gave at acceptance. */
export function acceptedCodes(events: Iterable<CaseEventFacts>): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.type !== 'case.submitted') continue;
    const code = e.case?.trackingCode ?? e.trackingCode;
    if (typeof code === 'string' && code) out.push(code);
  }
  return out;
}
