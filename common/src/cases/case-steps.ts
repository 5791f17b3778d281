// The workflow as the client follows it: every step of the service (from the
// catalogue) beside what happened to it (from the case's own records), with a
// state a screen can colour. Shared by the portal's and the kiosk's tracking.
import type { WorkflowStep } from './definitions';
import type { Case, StepRecord } from './types';

export type StepState = 'done' | 'rejected' | 'current' | 'next' | 'later';

export interface CaseStepRow {
  index: number;
  /** What happened on this step, the latest record when it was worked more than once. */
  record: StepRecord | undefined;
  /** The catalogue's step (title, agreed time), when it is the one the record names. */
  step: WorkflowStep | undefined;
  state: StepState;
}

function stateOf(c: Case, index: number, record: StepRecord | undefined): StepState {
  if (c.currentStepIndex === null) return record?.finishedAt ? (record.result === 'rejected' ? 'rejected' : 'done') : 'later';
  if (index < c.currentStepIndex) return record?.result === 'rejected' ? 'rejected' : 'done';
  if (index === c.currentStepIndex) return 'current';
  return index === c.currentStepIndex + 1 ? 'next' : 'later';
}

export function caseStepRows(c: Case, workflow: readonly WorkflowStep[]): CaseStepRow[] {
  const count = Math.max(workflow.length, ...c.steps.map((s) => s.index + 1));
  return Array.from({ length: count }, (_, i) => {
    const record = [...c.steps].reverse().find((s) => s.index === i);
    const step = workflow[i]?.id === record?.stepId || !record ? workflow[i] : undefined;
    return { index: i, record, step, state: stateOf(c, i, record) };
  });
}
