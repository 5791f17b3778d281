// Which actions a staff member sees on a case: only on the current step, only in
// their own units, only those the step's kind allows. Pure, mirrors the engine's
// rules (server/src/cases/steps.ts, exchanges.ts) so a clerk is not offered what
// the server would refuse; the server still decides.
import { isCaseOpen, openStep, type Case, type CaseInquiry, type InquiryDefinition, type StepRecord, type Unit } from '@desk/common';
import type { EdeskService } from './api';

/** Why «تأیید و ارسال» cannot be pressed yet. */
export type CompleteBlocker = 'waitingClient' | 'inquiryPending' | 'inquiryRequired' | 'visitRequired';

export interface CaseActions {
  /** The step being worked, if any. */
  step?: StepRecord;
  /** The step is in one of my units. */
  mine: boolean;
  complete: boolean;
  completeBlocker?: CompleteBlocker;
  reject: boolean;
  returnStep: boolean;
  sendInquiry?: InquiryDefinition;
  /** Pending inquiries I may record an answer for (by letter), with whether the server answers them itself. */
  answerInquiries: { record: CaseInquiry; electronic: boolean }[];
  requestInfo: boolean;
  setAppointment: boolean;
  /** The scheduled appointment a desk clerk can check the client in for. */
  checkIn?: string;
  issueResponse: boolean;
  /** A desk clerk records what the present client brought for an open information request. */
  answerInfo?: string;
  /** A desk clerk records that the client received the response. */
  acknowledge: boolean;
}

const NONE: CaseActions = {
  mine: false,
  complete: false,
  reject: false,
  returnStep: false,
  answerInquiries: [],
  requestInfo: false,
  setAppointment: false,
  issueResponse: false,
  acknowledge: false,
};

export function isDeskStaff(units: readonly Unit[], unitIds: readonly string[]): boolean {
  return unitIds.some((id) => units.find((u) => u.id === id)?.isDesk);
}

export function caseActions(c: Case, def: EdeskService | undefined, units: readonly Unit[], unitIds: readonly string[]): CaseActions {
  const atDesk = isDeskStaff(units, unitIds);
  const acknowledge = atDesk && c.status === 'answered' && !c.response?.acknowledgedAt;
  const step = openStep(c);
  if (!isCaseOpen(c) || !step) return { ...NONE, acknowledge };
  const openInfo = c.infoRequests.find((r) => !r.answeredAt && !r.closedAt);
  const answerInfo = atDesk && c.status === 'waitingClient' && openInfo ? openInfo.id : undefined;
  const mine = unitIds.includes(step.unitId);
  if (!mine) return { ...NONE, step, acknowledge, ...(answerInfo ? { answerInfo } : {}) };

  const stepDef = def?.workflow.steps[step.index];
  const waiting = c.status === 'waitingClient';
  const isResponse = step.kind === 'response';
  const inquiries = def?.package.inquiries ?? [];
  const answerInquiries = c.inquiries
    .filter((q) => !q.answeredAt && unitIds.includes(q.unitId))
    .map((record) => ({ record, electronic: inquiries.find((d) => d.id === record.inquiryId)?.electronic ?? false }));

  let sendInquiry: InquiryDefinition | undefined;
  if (step.kind === 'inquiry' && stepDef?.inquiryId) {
    const pending = c.inquiries.some((q) => q.inquiryId === stepDef.inquiryId && !q.answeredAt);
    const answered = c.inquiries.some((q) => q.inquiryId === stepDef.inquiryId && q.answeredAt && q.stepIndex === step.index);
    if (!pending && !answered) sendInquiry = inquiries.find((q) => q.id === stepDef.inquiryId);
  }

  const scheduled = c.appointments.find((a) => a.stepIndex === step.index && a.status === 'scheduled');
  const attended = c.appointments.some((a) => a.stepIndex === step.index && a.status === 'attended');
  return {
    step,
    mine,
    complete: !isResponse,
    ...(isResponse ? {} : blocker(c, step, stepDef?.inquiryId)),
    reject: !isResponse,
    returnStep: step.index > 0 && !waiting,
    ...(sendInquiry ? { sendInquiry } : {}),
    answerInquiries,
    requestInfo: !waiting,
    setAppointment: step.kind === 'visit' && !waiting && !attended,
    ...(step.kind === 'visit' && scheduled && atDesk ? { checkIn: scheduled.id } : {}),
    issueResponse: isResponse && !waiting,
    ...(answerInfo ? { answerInfo } : {}),
    acknowledge: false,
  };
}

function blocker(c: Case, step: StepRecord, inquiryId: string | undefined): { completeBlocker?: CompleteBlocker } {
  if (c.status === 'waitingClient') return { completeBlocker: 'waitingClient' };
  if (c.inquiries.some((q) => q.stepIndex === step.index && !q.answeredAt)) return { completeBlocker: 'inquiryPending' };
  if (step.kind === 'inquiry' && !c.inquiries.some((q) => q.inquiryId === inquiryId && q.answeredAt)) return { completeBlocker: 'inquiryRequired' };
  if (step.kind === 'visit' && !c.appointments.some((a) => a.stepIndex === step.index && a.status === 'attended')) {
    return { completeBlocker: 'visitRequired' };
  }
  return {};
}
