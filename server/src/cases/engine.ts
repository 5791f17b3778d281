// The case engine, beside the queue's: decides what a case command does. Pure:
// no I/O; time, ids, the random tracking code and the actor come in through the
// context. It returns events carrying the whole case as it is after them;
// applyCaseEvent (state.ts) changes the state, so replaying the journal rebuilds it.
import type { CaseCommand } from '@desk/common';
import { acknowledge, submitSurvey, withdraw } from './closing';
import { answerInfo, answerInquiry, checkIn, requestInfo, sendInquiry, setAppointment } from './exchanges';
import type { CaseDecision, CaseEngineContext } from './kit';
import { applyCaseEvent, type CaseState } from './state';
import { completeStep, issueResponse, returnStep } from './steps';
import { submit } from './submit';

export type { CaseDecision, CaseEngineContext, CaseRefusal } from './kit';
export { APPOINTMENT_NOTICE_MINUTES } from './exchanges';

/** Decide, then apply the events to `state`. On refusal the state is untouched. */
export function handleCaseCommand(state: CaseState, command: CaseCommand, ctx: CaseEngineContext): CaseDecision {
  const decision = decideCase(state, command, ctx);
  if (decision.ok) for (const e of decision.events) applyCaseEvent(state, e);
  return decision;
}

/** Decide only: the events to journal, or a refusal with a Persian message. */
export function decideCase(state: CaseState, command: CaseCommand, ctx: CaseEngineContext): CaseDecision {
  const c = { ...ctx, commandId: ctx.commandId ?? command.commandId };
  switch (command.type) {
    case 'case.submit':
      return submit(state, command, c);
    case 'step.complete':
      return completeStep(state, command, c);
    case 'step.return':
      return returnStep(state, command, c);
    case 'inquiry.send':
      return sendInquiry(state, command, c);
    case 'inquiry.answer':
      return answerInquiry(state, command, c);
    case 'info.request':
      return requestInfo(state, command, c);
    case 'info.answer':
      return answerInfo(state, command, c);
    case 'appointment.set':
      return setAppointment(state, command, c);
    case 'appointment.checkIn':
      return checkIn(state, command, c);
    case 'response.issue':
      return issueResponse(state, command, c);
    case 'response.acknowledge':
      return acknowledge(state, command, c);
    case 'survey.submit':
      return submitSurvey(state, command, c);
    case 'case.withdraw':
      return withdraw(state, command, c);
  }
}
