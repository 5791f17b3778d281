// The office's exchanges during a step: inquiries to other agencies (the office
// asks, never the client), requests to the client for missing information, and
// in-person appointments at the desk (time, reason and documents told in advance).
import {
  addWorkingMinutes,
  formatOpeningHours,
  isWorkingTime,
  openStep,
  workingMinutesBetween,
  type CaseCommand,
  type CaseInquiry,
  type InfoRequest,
} from '@desk/common';
import {
  accept,
  actorId,
  attachDocuments,
  caseEvent,
  deskUnitOf,
  isRefusal,
  loadCase,
  loadForStep,
  nextCase,
  refuse,
  requireClientOrDesk,
  requireOpen,
  unitName,
  type CaseDecision,
  type CaseEngineContext,
} from './kit';
import type { CaseState } from './state';

/** An appointment is told to the client at least this long before it (by SMS, e-mail). */
export const APPOINTMENT_NOTICE_MINUTES = 60;

type Send = Extract<CaseCommand, { type: 'inquiry.send' }>;

export function sendInquiry(state: CaseState, cmd: Send, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadForStep(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue, def, who } = loaded;
  const definition = def.package.inquiries.find((q) => q.id === cmd.inquiryId);
  if (!definition) return refuse('case.error.inquiryUnknown');
  const pending = c.inquiries.find((q) => q.inquiryId === cmd.inquiryId && !q.answeredAt);
  if (pending) return refuse('case.error.inquiryPending', { title: pending.title });

  const next = nextCase(c, ctx.now);
  const record: CaseInquiry = {
    id: ctx.newId(),
    inquiryId: definition.id,
    title: definition.title,
    agency: definition.agency,
    stepIndex: who.step.index,
    unitId: who.step.unitId,
    request: cmd.request,
    sentAt: ctx.now,
    sentBy: actorId(ctx.actor),
    documentIds: [],
  };
  next.inquiries.push(record);
  const event = caseEvent(ctx, catalogue, 'inquiry.sent', next, { unitId: who.step.unitId, stepIndex: who.step.index, outcome: 'sent' });
  return accept(event, { inquiryRecordId: record.id });
}

type Answer = Extract<CaseCommand, { type: 'inquiry.answer' }>;

/** Recorded by staff of the asking unit (answer by letter) or by the system (electronic answer). */
export function answerInquiry(state: CaseState, cmd: Answer, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue } = loaded;
  const closed = requireOpen(c);
  if (closed) return closed;
  const inquiry = c.inquiries.find((q) => q.id === cmd.inquiryRecordId);
  if (!inquiry) return refuse('case.error.inquiryNotFound');
  if (inquiry.answeredAt) return refuse('case.error.inquiryAnswered');
  if (ctx.actor.kind === 'client') return refuse('case.error.staffOnly');
  if (ctx.actor.kind === 'staff' && !ctx.actor.unitIds.includes(inquiry.unitId)) {
    return refuse('case.error.notYourUnit', { unit: unitName(catalogue, inquiry.unitId) });
  }

  const next = nextCase(c, ctx.now);
  const docs = attachDocuments(next, cmd.documents, 'inquiry', ctx.now);
  if (isRefusal(docs)) return docs;
  next.documents.push(...docs);
  const record = next.inquiries.find((q) => q.id === inquiry.id)!;
  record.answeredAt = ctx.now;
  record.answeredBy = actorId(ctx.actor);
  record.outcome = cmd.outcome;
  record.answer = cmd.answer;
  record.documentIds = docs.map((d) => d.id);
  return accept(caseEvent(ctx, catalogue, 'inquiry.answered', next, { unitId: inquiry.unitId, stepIndex: inquiry.stepIndex, outcome: cmd.outcome }));
}

type Ask = Extract<CaseCommand, { type: 'info.request' }>;

/**
 * The office asks the client for something missing. The case waits on the client
 * and the step's clock stops: when the client answers, the step's due time and the
 * response date move later by the working time spent waiting (see info.answer).
 */
export function requestInfo(state: CaseState, cmd: Ask, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadForStep(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue, who } = loaded;
  if (c.status === 'waitingClient') return refuse('case.error.alreadyWaitingClient');

  const next = nextCase(c, ctx.now);
  const request: InfoRequest = {
    id: ctx.newId(),
    stepIndex: who.step.index,
    unitId: who.step.unitId,
    message: cmd.message,
    items: cmd.items,
    requestedAt: ctx.now,
    requestedBy: actorId(ctx.actor),
    documentIds: [],
  };
  next.infoRequests.push(request);
  next.status = 'waitingClient';
  const event = caseEvent(ctx, catalogue, 'info.requested', next, {
    unitId: who.step.unitId,
    stepIndex: who.step.index,
    outcome: 'requested',
    notice: 'infoRequest',
  });
  return accept(event, { requestId: request.id });
}

type Reply = Extract<CaseCommand, { type: 'info.answer' }>;

/** The client answers (online, at a kiosk, or handing it in at the desk); the clock restarts. */
export function answerInfo(state: CaseState, cmd: Reply, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue } = loaded;
  const closed = requireOpen(c);
  if (closed) return closed;
  const request = c.infoRequests.find((r) => r.id === cmd.requestId && !r.answeredAt && !r.closedAt);
  if (!request) return refuse('case.error.infoRequestNotFound');
  const notClient = requireClientOrDesk(c, catalogue, ctx.actor, true);
  if (notClient) return notClient;
  const text = cmd.answer?.trim();
  if (!text && cmd.documents.length === 0) return refuse('case.error.emptyAnswer');

  const next = nextCase(c, ctx.now);
  const docs = attachDocuments(next, cmd.documents, 'info', ctx.now);
  if (isRefusal(docs)) return docs;
  next.documents.push(...docs);
  const waited = Math.max(0, workingMinutesBetween(request.requestedAt, ctx.now, ctx.calendar));
  const record = next.infoRequests.find((r) => r.id === request.id)!;
  record.answeredAt = ctx.now;
  if (text) record.answer = text;
  record.documentIds = docs.map((d) => d.id);
  record.waitedMinutes = waited;
  const step = openStep(next);
  if (step && waited > 0) {
    step.dueAt = addWorkingMinutes(step.dueAt, waited, ctx.calendar);
    step.clientWaitMinutes += waited;
  }
  if (waited > 0) next.responseDueAt = addWorkingMinutes(next.responseDueAt, waited, ctx.calendar);
  next.clientWaitMinutes += waited;
  next.status = 'inProgress';
  return accept(caseEvent(ctx, catalogue, 'info.answered', next, { unitId: request.unitId, stepIndex: request.stepIndex, outcome: 'answered' }));
}

type SetAppointment = Extract<CaseCommand, { type: 'appointment.set' }>;

/** The client is received only at the desk, at a working time told in advance; a new time replaces the old one. */
export function setAppointment(state: CaseState, cmd: SetAppointment, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadForStep(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue, who } = loaded;
  const at = new Date(cmd.at).toISOString();
  const earliest = Date.parse(ctx.now) + APPOINTMENT_NOTICE_MINUTES * 60_000;
  if (Date.parse(at) < earliest || !isWorkingTime(ctx.calendar, at)) {
    return refuse('case.error.appointmentTime', { minutes: APPOINTMENT_NOTICE_MINUTES, hours: formatOpeningHours(ctx.calendar.hours) });
  }

  const next = nextCase(c, ctx.now);
  for (const a of next.appointments) if (a.stepIndex === who.step.index && a.status === 'scheduled') a.status = 'cancelled';
  const id = ctx.newId();
  next.appointments.push({
    id,
    stepIndex: who.step.index,
    at,
    deskUnitId: c.deskUnitId,
    reason: cmd.reason,
    bring: cmd.bring,
    setAt: ctx.now,
    setBy: actorId(ctx.actor),
    status: 'scheduled',
  });
  const event = caseEvent(ctx, catalogue, 'appointment.set', next, {
    unitId: who.step.unitId,
    stepIndex: who.step.index,
    outcome: 'scheduled',
    notice: 'appointment',
  });
  return accept(event, { appointmentId: id });
}

type CheckIn = Extract<CaseCommand, { type: 'appointment.checkIn' }>;

/** The client arrived at the desk and was served with a queue ticket: by a desk clerk, or the client at a lobby kiosk. */
export function checkIn(state: CaseState, cmd: CheckIn, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue } = loaded;
  const closed = requireOpen(c);
  if (closed) return closed;
  const appointment = c.appointments.find((a) => a.id === cmd.appointmentId && a.status === 'scheduled');
  if (!appointment) return refuse('case.error.appointmentNotFound');
  const atKiosk = ctx.actor.kind === 'client' && ctx.actor.via === 'kiosk';
  if (atKiosk) {
    const notClient = requireClientOrDesk(c, catalogue, ctx.actor, false);
    if (notClient) return notClient;
  } else if (!deskUnitOf(catalogue, ctx.actor)) {
    return refuse('case.error.notDesk');
  }

  const next = nextCase(c, ctx.now);
  const record = next.appointments.find((a) => a.id === appointment.id)!;
  record.status = 'attended';
  record.checkedInAt = ctx.now;
  record.ticketId = cmd.ticketId;
  const unitId = deskUnitOf(catalogue, ctx.actor) ?? appointment.deskUnitId;
  return accept(caseEvent(ctx, catalogue, 'appointment.checkedIn', next, { unitId, stepIndex: appointment.stepIndex, outcome: 'attended' }));
}
