// Moving a case along its workflow (table 1): a unit finishes its step and the
// case goes to the next unit; a rejection goes straight to the desk's response
// step (the client always gets a reasoned answer); a step can be sent back.
import { openStep, stepDueAt, type Case, type CaseCommand, type OfficeCalendar, type ServiceDefinition, type StepResult } from '@desk/common';
import {
  accept,
  actorId,
  attachDocuments,
  caseEvent,
  isRefusal,
  loadCase,
  loadForStep,
  nextCase,
  refuse,
  requireOpen,
  requireStepStaff,
  type CaseDecision,
  type CaseEngineContext,
} from './kit';
import type { CaseState } from './state';

/** Start workflow step `index` now; its due time comes from its agreed time and the office calendar. */
export function startStep(c: Case, def: ServiceDefinition, index: number, now: string, calendar: OfficeCalendar): void {
  const step = def.workflow.steps[index];
  if (!step) throw new RangeError(`workflow of ${def.serviceId} has no step ${index}`);
  c.steps.push({
    index,
    stepId: step.id,
    unitId: step.unitId,
    kind: step.kind,
    startedAt: now,
    dueAt: stepDueAt(now, step.time, calendar),
    clientWaitMinutes: 0,
  });
  c.currentStepIndex = index;
}

export function finishOpenStep(c: Case, result: StepResult, now: string, by: string, note?: string): void {
  const step = openStep(c);
  if (!step) return;
  step.finishedAt = now;
  step.result = result;
  step.finishedBy = by;
  if (note) step.note = note;
}

/** Close a request to the client that will not be answered any more (rejection, withdrawal). */
export function closeOpenInfoRequests(c: Case, now: string): void {
  for (const r of c.infoRequests) if (!r.answeredAt && !r.closedAt) r.closedAt = now;
}

type Complete = Extract<CaseCommand, { type: 'step.complete' }>;

export function completeStep(state: CaseState, cmd: Complete, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadForStep(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue, def, who } = loaded;
  const stepDef = def.workflow.steps[who.step.index]!;
  if (stepDef.kind === 'response') return refuse('case.error.useResponse');

  const rejecting = cmd.result === 'rejected';
  if (rejecting && !cmd.note) return refuse('case.error.noteRequired');
  if (!rejecting) {
    if (c.status === 'waitingClient') return refuse('case.error.waitingClient');
    const blocked = stepBlocker(c, def, who.step.index);
    if (blocked) return blocked;
  }

  const next = nextCase(c, ctx.now);
  finishOpenStep(next, rejecting ? 'rejected' : 'done', ctx.now, actorId(ctx.actor), cmd.note);
  if (rejecting) {
    closeOpenInfoRequests(next, ctx.now);
    next.status = 'inProgress';
  }
  // a rejection skips the remaining work: the desk gives the reasoned answer
  const to = rejecting ? def.workflow.steps.length - 1 : who.step.index + 1;
  startStep(next, def, to, ctx.now, ctx.calendar);
  return accept(
    caseEvent(ctx, catalogue, 'step.completed', next, {
      unitId: who.step.unitId,
      stepIndex: who.step.index,
      outcome: rejecting ? 'rejected' : 'done',
      notice: 'progress',
    }),
  );
}

/** What keeps a step from being done: an unanswered inquiry, or a visit not yet made. */
function stepBlocker(c: Case, def: ServiceDefinition, index: number): CaseDecision | undefined {
  const pending = c.inquiries.find((q) => q.stepIndex === index && !q.answeredAt);
  if (pending) return refuse('case.error.inquiryPending', { title: pending.title });
  const stepDef = def.workflow.steps[index]!;
  if (stepDef.kind === 'inquiry') {
    const inquiry = def.package.inquiries.find((q) => q.id === stepDef.inquiryId);
    if (!c.inquiries.some((q) => q.inquiryId === stepDef.inquiryId && q.answeredAt)) {
      return refuse('case.error.inquiryRequired', { title: inquiry?.title ?? stepDef.title });
    }
  }
  if (stepDef.kind === 'visit' && !c.appointments.some((a) => a.stepIndex === index && a.status === 'attended')) {
    return refuse('case.error.visitRequired');
  }
  return undefined;
}

type Return = Extract<CaseCommand, { type: 'step.return' }>;

/** Send the case back to an earlier step (the previous one unless named); that step starts again with a fresh due time. */
export function returnStep(state: CaseState, cmd: Return, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadForStep(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue, def, who } = loaded;
  if (c.status === 'waitingClient') return refuse('case.error.waitingClient');
  const to = cmd.toStepIndex ?? who.step.index - 1;
  if (to < 0 || to >= who.step.index) return refuse('case.error.noEarlierStep');

  const next = nextCase(c, ctx.now);
  finishOpenStep(next, 'returned', ctx.now, actorId(ctx.actor), cmd.note);
  startStep(next, def, to, ctx.now, ctx.calendar);
  return accept(caseEvent(ctx, catalogue, 'step.returned', next, { unitId: who.step.unitId, stepIndex: who.step.index, outcome: 'returned' }));
}

type Issue = Extract<CaseCommand, { type: 'response.issue' }>;

/** Table 4: the response, issued in the last step by the desk; the case is answered. */
export function issueResponse(state: CaseState, cmd: Issue, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue, def } = loaded;
  const closed = requireOpen(c);
  if (closed) return closed;
  const lastIndex = def.workflow.steps.length - 1;
  if (c.currentStepIndex !== lastIndex) return refuse('case.error.responseTooEarly');
  const who = requireStepStaff(c, catalogue, ctx.actor);
  if (isRefusal(who)) return who;
  if (c.status === 'waitingClient') return refuse('case.error.waitingClient');
  const blocked = stepBlocker(c, def, lastIndex);
  if (blocked) return blocked;

  const next = nextCase(c, ctx.now);
  const docs = attachDocuments(next, cmd.documents, 'response', ctx.now);
  if (isRefusal(docs)) return docs;
  next.documents.push(...docs);
  finishOpenStep(next, 'answered', ctx.now, actorId(ctx.actor));
  next.currentStepIndex = null;
  next.status = 'answered';
  next.closedAt = ctx.now;
  next.response = { outcome: cmd.outcome, text: cmd.text, documentIds: docs.map((d) => d.id), issuedAt: ctx.now, issuedBy: actorId(ctx.actor) };
  return accept(
    caseEvent(ctx, catalogue, 'response.issued', next, { unitId: who.step.unitId, stepIndex: lastIndex, outcome: cmd.outcome, notice: 'response' }),
  );
}
