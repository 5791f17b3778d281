// The report form as people fill it (a period kind with Jalali pickers, a place, a
// comparison, the sections) and the request it becomes. Pure: the periods themselves
// are common/src/reports/period.ts; this only reads the fields and names what is wrong.
import { previousPeriod, samePeriodLastYear, type PeriodSpec, type PlaceFilter, type ReportRequest, type ReportSectionId } from '@desk/common';
import { periodFields, readPeriod, readRange, type PeriodForm } from '@desk/ui/reports/index.ts';
import { checked, type Checked, type Problems } from '../problems';

export type SectionGroup = 'queue' | 'staff' | 'edesk' | 'survey';

/** The four checkboxes and the sections each asks for. */
export const SECTION_GROUPS: readonly { id: SectionGroup; sections: readonly ReportSectionId[] }[] = [
  { id: 'queue', sections: ['queue.summary', 'queue.byService', 'queue.byCounter', 'queue.byClerk', 'queue.byDay', 'queue.byHour', 'queue.longestWaits'] },
  { id: 'staff', sections: ['staff.daily'] },
  { id: 'edesk', sections: ['edesk.summary', 'edesk.byService', 'edesk.byChannel', 'edesk.steps'] },
  { id: 'survey', sections: ['edesk.survey'] },
];

export type CompareChoice = 'none' | 'previous' | 'lastYear' | 'custom';
export const COMPARE_CHOICES: readonly CompareChoice[] = ['none', 'previous', 'lastYear', 'custom'];
export type PlaceKind = PlaceFilter['kind'];
export const PLACE_KINDS: readonly PlaceKind[] = ['office', 'level', 'unit', 'department', 'counter', 'clerk', 'service'];

/** The period (ui/src/reports/period-form.ts), then where, compared with what, which sections. */
export interface ReportForm extends PeriodForm {
  placeKind: PlaceKind;
  /** The level, unit, department, counter, clerk or service chosen for placeKind. */
  placeId: string;
  compare: CompareChoice;
  compareFrom: string;
  compareTo: string;
  groups: Record<SectionGroup, boolean>;
}

export type FormField = 'date' | 'from' | 'to' | 'placeId' | 'compareFrom' | 'compareTo' | 'groups';

/** Today's report: the period pickers all start at today (this month, this season, this year). */
export function initialForm(today: string, clerk: boolean): ReportForm {
  return {
    ...periodFields(today),
    placeKind: 'office',
    placeId: '',
    compare: 'none',
    compareFrom: '',
    compareTo: '',
    // a clerk's own day is the staff report of their desk; a manager starts with the office's figures
    groups: { queue: true, staff: clerk, edesk: !clerk, survey: !clerk },
  };
}

function readPlace(form: ReportForm, problems: Problems<FormField>): PlaceFilter {
  const id = form.placeId;
  if (form.placeKind !== 'office' && !id) problems.placeId = { key: 'reports.problem.place' };
  switch (form.placeKind) {
    case 'office':
      return { kind: 'office' };
    case 'level':
      return { kind: 'level', level: id === 'operational' ? 'operational' : 'headquarters' };
    case 'unit':
      return { kind: 'unit', unitId: id };
    case 'department':
      return { kind: 'department', departmentId: id };
    case 'counter':
      return { kind: 'counter', counterId: id };
    case 'clerk':
      return { kind: 'clerk', clerkId: id };
    case 'service':
      return { kind: 'service', serviceId: id };
  }
}

export function sectionsOf(groups: ReportForm['groups']): ReportSectionId[] {
  return SECTION_GROUPS.filter((g) => groups[g.id]).flatMap((g) => g.sections);
}

/**
 * The request to send, or each field's problem. A clerk's place is left to the server,
 * which reports on their own desk whatever is asked.
 */
export function readRequest(form: ReportForm, clerk: boolean): Checked<ReportRequest, FormField> {
  const problems: Problems<FormField> = {};
  const period = readPeriod(form, problems);
  const place = clerk ? undefined : readPlace(form, problems);
  let compareTo: PeriodSpec | undefined;
  if (form.compare === 'custom') compareTo = readRange(form.compareFrom, form.compareTo, ['compareFrom', 'compareTo'], problems);
  else if (period && form.compare === 'previous') compareTo = previousPeriod(period);
  else if (period && form.compare === 'lastYear') compareTo = samePeriodLastYear(period);
  const sections = sectionsOf(form.groups);
  if (sections.length === 0) problems.groups = { key: 'reports.problem.sections' };
  return checked(problems, () => ({
    period: period!,
    ...(compareTo ? { compareTo } : {}),
    ...(place ? { place } : {}),
    sections,
  }));
}

/** The periods as picked so far (for the words under the pickers), without the problems. */
export function previewPeriods(form: ReportForm): { period?: PeriodSpec; compareTo?: PeriodSpec } {
  const quiet: Problems<FormField> = {};
  const period = readPeriod(form, quiet);
  if (form.compare === 'custom') return { period, compareTo: readRange(form.compareFrom, form.compareTo, ['compareFrom', 'compareTo'], quiet) };
  if (!period || form.compare === 'none') return { period };
  return { period, compareTo: form.compare === 'previous' ? previousPeriod(period) : samePeriodLastYear(period) };
}
