// Who may see and work a case. A client sees a case only with its tracking code
// and their national ID; staff act only on a step in their own unit's inbox.
import { toLatinDigits } from '../persian';
import type { Role } from '../types';
import { parseTrackingCode } from './tracking-code';
import type { Case, StepRecord } from './types';

export function isCaseOpen(c: Case): boolean {
  return c.status === 'inProgress' || c.status === 'waitingClient';
}

/** The step being worked (the last one started and not finished). */
export function openStep(c: Case): StepRecord | undefined {
  const last = c.steps[c.steps.length - 1];
  return last && !last.finishedAt && c.currentStepIndex === last.index ? last : undefined;
}

/** Both must match: the code alone could be read off a receipt left on a counter. */
export function canClientSee(c: Case, nationalId: string, trackingCode: string): boolean {
  const parsed = parseTrackingCode(trackingCode);
  if (!parsed.ok) return false;
  const id = toLatinDigits(nationalId).replace(/[\s-]/g, '');
  return parsed.code === c.trackingCode && id === c.client.nationalId;
}

export interface StaffMember {
  id: string;
  role: Role;
  active?: boolean;
}

/** Whether this staff member may act on the case's current step (their unit's inbox). */
export function canStaffAct(c: Case, staff: StaffMember, unitIds: readonly string[]): boolean {
  if (staff.active === false || !isCaseOpen(c)) return false;
  const step = openStep(c);
  return step !== undefined && unitIds.includes(step.unitId);
}

/** Supervisors and admins see every case; others the cases their units worked or received. */
export function canStaffView(c: Case, staff: StaffMember, unitIds: readonly string[]): boolean {
  if (staff.active === false) return false;
  if (staff.role === 'supervisor' || staff.role === 'admin') return true;
  return unitIds.includes(c.deskUnitId) || c.steps.some((s) => unitIds.includes(s.unitId));
}

/**
 * The case as the client follows it: steps, dates, requests to them, the response.
 * Internal notes, staff ids and inquiry answers (other agencies' data) stay inside.
 */
export function caseForClient(c: Case): Case {
  return {
    ...c,
    steps: c.steps.map(({ note: _n, finishedBy: _f, ...s }) => s),
    inquiries: c.inquiries.map(({ answer: _a, answeredBy: _b, ...q }) => ({ ...q, sentBy: '', request: '', documentIds: [] })),
    infoRequests: c.infoRequests.map((r) => ({ ...r, requestedBy: '' })),
    appointments: c.appointments.map((a) => ({ ...a, setBy: '' })),
    documents: c.documents.filter((d) => d.stage !== 'inquiry'),
    ...(c.response ? { response: { ...c.response, issuedBy: '' } } : {}),
  };
}
