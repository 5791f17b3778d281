// The daily staff report (table 2 of the desk guide), derived from the journal's
// case events: who did what, for which case, in which mode, with what outcome.
import { CASE_MODE_LETTERS, type CaseEngineEvent, type CaseEvent, type CaseEventOutcome, type CaseEventType, type CaseMode } from '@desk/common';

export interface StaffReportRow {
  at: string;
  staffId: string;
  unitId: string;
  mode: CaseMode;
  /** الف، ب، ج… as the paper form has them. */
  modeLetter: string;
  trackingCode: string;
  serviceId: string;
  clientName: string;
  action: CaseEventType;
  outcome: CaseEventOutcome;
}

/** One row per staff action on an office day (Tehran date), optionally for one staff member, in time order. */
export function dailyStaffReport(events: Iterable<CaseEngineEvent | CaseEvent>, day: string, staffId?: string): StaffReportRow[] {
  const rows: StaffReportRow[] = [];
  for (const e of events) {
    if (e.day !== day || e.actor.kind !== 'staff') continue;
    if (staffId && e.actor.id !== staffId) continue;
    rows.push({
      at: e.at,
      staffId: e.actor.id,
      unitId: e.actor.unitId ?? e.unitId,
      mode: e.mode,
      modeLetter: CASE_MODE_LETTERS[e.mode],
      trackingCode: e.trackingCode,
      serviceId: e.serviceId,
      clientName: e.case.client.name,
      action: e.type,
      outcome: e.outcome,
    });
  }
  return rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
