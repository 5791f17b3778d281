// The cases in memory, and how events change them. Every event carries the whole
// case as it is after it, so applying is a replacement: replaying the journal
// rebuilds exactly this state, and a late or repeated event cannot half-apply.
import {
  isCaseOpen,
  openStep,
  timeLeft,
  workingMinutesBetween,
  type Appointment,
  type Case,
  type CaseEngineEvent,
  type CaseEvent,
  type OfficeCalendar,
  type StepKind,
} from '@desk/common';

export interface CaseState {
  cases: Map<string, Case>;
  /** Tracking code → case id. */
  byTrackingCode: Map<string, string>;
  /** Unit id → ids of the open cases whose current step is that unit's. */
  inbox: Map<string, Set<string>>;
  /** Client's national ID → ids of their cases (documents on file, single window). */
  byClient: Map<string, Set<string>>;
  /** Document id → the cases holding it (who may see a file; a file on file can serve several requests). */
  byDocument: Map<string, Set<string>>;
}

export function emptyCaseState(): CaseState {
  return { cases: new Map(), byTrackingCode: new Map(), inbox: new Map(), byClient: new Map(), byDocument: new Map() };
}

/** Apply one event (in place: the server holds one state per office). */
export function applyCaseEvent(state: CaseState, event: Pick<CaseEngineEvent | CaseEvent, 'case'>): void {
  const c = event.case;
  const before = state.cases.get(c.id);
  if (before) removeFromInbox(state, before);
  state.cases.set(c.id, c);
  state.byTrackingCode.set(c.trackingCode, c.id);
  let mine = state.byClient.get(c.client.nationalId);
  if (!mine) state.byClient.set(c.client.nationalId, (mine = new Set()));
  mine.add(c.id);
  for (const d of c.documents) {
    let holders = state.byDocument.get(d.id);
    if (!holders) state.byDocument.set(d.id, (holders = new Set()));
    holders.add(c.id);
  }
  const step = isCaseOpen(c) ? openStep(c) : undefined;
  if (step) {
    let set = state.inbox.get(step.unitId);
    if (!set) state.inbox.set(step.unitId, (set = new Set()));
    set.add(c.id);
  }
}

function removeFromInbox(state: CaseState, c: Case): void {
  for (const s of c.steps) state.inbox.get(s.unitId)?.delete(c.id);
}

/** The cases filed under a national ID. */
export function casesOfClient(state: CaseState, nationalId: string): Case[] {
  return [...(state.byClient.get(nationalId) ?? [])].map((id) => state.cases.get(id)!);
}

/** The cases a stored document belongs to. */
export function casesOfDocument(state: CaseState, documentId: string): Case[] {
  return [...(state.byDocument.get(documentId) ?? [])].map((id) => state.cases.get(id)!);
}

export function caseByTrackingCode(state: CaseState, trackingCode: string): Case | undefined {
  const id = state.byTrackingCode.get(trackingCode);
  return id ? state.cases.get(id) : undefined;
}

export interface InboxRow {
  caseId: string;
  trackingCode: string;
  serviceId: string;
  clientName: string;
  stepIndex: number;
  stepId: string;
  kind: StepKind;
  /** The unit whose inbox this is (the step's unit). */
  unitId: string;
  /** The catalogue version the case runs on (its step titles come from it). */
  catalogueVersion: number;
  startedAt: string;
  dueAt: string;
  /** The office is waiting on the client: the step clock is stopped. */
  waitingClient: boolean;
  overdue: boolean;
  /** Working minutes left (or, when overdue, past the due time). Frozen while waiting on the client. */
  workingMinutes: number;
}

/** A unit's inbox, most urgent first (overdue, then least working time left). */
export function inboxOf(state: CaseState, unitId: string, now: string, calendar: OfficeCalendar): InboxRow[] {
  const rows: InboxRow[] = [];
  for (const id of state.inbox.get(unitId) ?? []) {
    const c = state.cases.get(id);
    const step = c && openStep(c);
    if (!c || !step) continue;
    const waiting = c.status === 'waitingClient';
    // while the client has the ball, the time left stays what it was when they were asked
    const askedAt = waiting ? c.infoRequests.find((r) => !r.answeredAt && !r.closedAt)?.requestedAt : undefined;
    const left = askedAt
      ? { overdue: Date.parse(askedAt) > Date.parse(step.dueAt), workingMinutes: Math.abs(workingMinutesBetween(askedAt, step.dueAt, calendar)) }
      : timeLeft(now, step.dueAt, calendar);
    rows.push({
      caseId: c.id,
      trackingCode: c.trackingCode,
      serviceId: c.serviceId,
      clientName: c.client.name,
      stepIndex: step.index,
      stepId: step.stepId,
      kind: step.kind,
      unitId: step.unitId,
      catalogueVersion: c.catalogueVersion,
      startedAt: step.startedAt,
      dueAt: step.dueAt,
      waitingClient: waiting,
      overdue: left.overdue,
      workingMinutes: left.workingMinutes,
    });
  }
  return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.overdue ? b.workingMinutes - a.workingMinutes : a.workingMinutes - b.workingMinutes));
}

/** Answered cases whose response the desk still has to hand over (acknowledgement pending). */
export function awaitingAcknowledgement(state: CaseState, deskUnitId: string): Case[] {
  return [...state.cases.values()].filter((c) => c.status === 'answered' && c.deskUnitId === deskUnitId);
}

/** Scheduled visits at a desk on an office day (Tehran date YYYY-MM-DD), in time order. */
export function appointmentsOn(state: CaseState, deskUnitId: string, day: string, officeDayOf: (at: string) => string): { case: Case; appointment: Appointment }[] {
  const out: { case: Case; appointment: Appointment }[] = [];
  for (const c of state.cases.values()) {
    for (const a of c.appointments) {
      if (a.status === 'scheduled' && a.deskUnitId === deskUnitId && officeDayOf(a.at) === day) out.push({ case: c, appointment: a });
    }
  }
  return out.sort((x, y) => Date.parse(x.appointment.at) - Date.parse(y.appointment.at));
}
