// The end of a case: the client confirms receiving the response, answers the
// survey (once), or withdraws the request before it is answered.
import { caseStatusLabel, openStep, validateSurvey, type CaseCommand } from '@desk/common';
import {
  accept,
  actorId,
  caseEvent,
  isRefusal,
  loadCase,
  modeOf,
  nextCase,
  refuse,
  requireClientOrDesk,
  requireOpen,
  type CaseDecision,
  type CaseEngineContext,
} from './kit';
import type { CaseState } from './state';
import { closeOpenInfoRequests, finishOpenStep } from './steps';

type Acknowledge = Extract<CaseCommand, { type: 'response.acknowledge' }>;

/** The client (online, or at the desk before the clerk) confirms the response reached them. */
export function acknowledge(state: CaseState, cmd: Acknowledge, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue } = loaded;
  if (c.status === 'acknowledged') return refuse('case.error.alreadyAcknowledged');
  if (c.status === 'withdrawn') return refuse('case.error.closed', { status: caseStatusLabel(c.status) });
  if (c.status !== 'answered' || !c.response) return refuse('case.error.notAnswered');
  const notClient = requireClientOrDesk(c, catalogue, ctx.actor, true);
  if (notClient) return notClient;

  const next = nextCase(c, ctx.now);
  next.status = 'acknowledged';
  next.response = { ...c.response, acknowledgedAt: ctx.now, acknowledgedVia: modeOf(ctx.actor, catalogue, c.deskUnitId) };
  return accept(caseEvent(ctx, catalogue, 'response.acknowledged', next, { unitId: c.deskUnitId, outcome: 'acknowledged' }));
}

type Survey = Extract<CaseCommand, { type: 'survey.submit' }>;

/** Once per case, after the response, by the client themself (a clerk never fills it in for them). */
export function submitSurvey(state: CaseState, cmd: Survey, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue } = loaded;
  if (c.survey) return refuse('case.error.surveyDone');
  if (c.status === 'withdrawn') return refuse('case.error.closed', { status: caseStatusLabel(c.status) });
  if (c.status !== 'answered' && c.status !== 'acknowledged') return refuse('case.error.surveyTooEarly');
  const notClient = requireClientOrDesk(c, catalogue, ctx.actor, false);
  if (notClient) return notClient;
  const checked = validateSurvey(cmd.answers, cmd.comment);
  if (!checked.ok) return refuse('case.error.surveyInvalid', { detail: Object.values(checked.errors)[0] ?? '' }, checked.errors);

  const next = nextCase(c, ctx.now);
  next.survey = {
    answers: checked.answers,
    ...(checked.comment ? { comment: checked.comment } : {}),
    submittedAt: ctx.now,
    via: modeOf(ctx.actor, catalogue, c.deskUnitId),
  };
  return accept(caseEvent(ctx, catalogue, 'survey.submitted', next, { unitId: c.deskUnitId, outcome: 'surveyed' }));
}

type Withdraw = Extract<CaseCommand, { type: 'case.withdraw' }>;

/** Before the response only; whatever was open (step, request to the client, appointment) is closed. */
export function withdraw(state: CaseState, cmd: Withdraw, ctx: CaseEngineContext): CaseDecision {
  const loaded = loadCase(state, cmd.caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const { c, catalogue } = loaded;
  const closed = requireOpen(c);
  if (closed) return closed;
  const notClient = requireClientOrDesk(c, catalogue, ctx.actor, true);
  if (notClient) return notClient;

  const stepIndex = openStep(c)?.index;
  const next = nextCase(c, ctx.now);
  finishOpenStep(next, 'withdrawn', ctx.now, actorId(ctx.actor), cmd.reason);
  closeOpenInfoRequests(next, ctx.now);
  for (const a of next.appointments) if (a.status === 'scheduled') a.status = 'cancelled';
  next.status = 'withdrawn';
  next.currentStepIndex = null;
  next.closedAt = ctx.now;
  if (cmd.reason) next.withdrawReason = cmd.reason;
  return accept(
    caseEvent(ctx, catalogue, 'case.withdrawn', next, { unitId: c.deskUnitId, ...(stepIndex !== undefined ? { stepIndex } : {}), outcome: 'withdrawn' }),
  );
}
