// The central report form: which offices (every office, a province, an agency, or
// chosen ones), the period (ui/src/reports/period-form.ts), compared with what, which
// sections — and the request it becomes. Pure.
import { previousPeriod, samePeriodLastYear, type PeriodSpec, type ReportSectionId } from '@desk/common';
import { periodFields, readPeriod, type FieldProblems, type PeriodForm } from '@desk/ui/reports/index.ts';
import type { CentralReportRequest, OfficeFilter } from '../../../src/reports/types';

export type OfficeScope = 'all' | 'province' | 'agency' | 'pick';
export type CompareChoice = 'none' | 'previous' | 'lastYear';
export type SectionGroup = 'queue' | 'edesk' | 'survey';

/** The checkboxes and the sections each asks for (staff and clerks are each office's own business). */
export const SECTION_GROUPS: readonly { id: SectionGroup; title: string; sections: readonly ReportSectionId[] }[] = [
  { id: 'queue', title: 'صف و نوبت‌دهی', sections: ['queue.summary', 'queue.byService', 'queue.byCounter', 'queue.byDay', 'queue.byHour', 'queue.longestWaits'] },
  { id: 'edesk', title: 'میز خدمت الکترونیکی', sections: ['edesk.summary', 'edesk.byService', 'edesk.byChannel', 'edesk.steps'] },
  { id: 'survey', title: 'نظرسنجی', sections: ['edesk.survey'] },
];

export interface CentralForm extends PeriodForm {
  scope: OfficeScope;
  province: string;
  agency: string;
  officeIds: string[];
  compare: CompareChoice;
  groups: Record<SectionGroup, boolean>;
}

export type CentralField = 'date' | 'from' | 'to' | 'offices' | 'groups';

export function initialForm(today: string): CentralForm {
  return { ...periodFields(today), kind: 'month', scope: 'all', province: '', agency: '', officeIds: [], compare: 'none', groups: { queue: true, edesk: true, survey: false } };
}

function officesOf(form: CentralForm, problems: FieldProblems<CentralField>): OfficeFilter {
  const missing = () => (problems.offices = { key: 'central.problem.offices' });
  switch (form.scope) {
    case 'all':
      return {};
    case 'province':
      if (!form.province) missing();
      return { province: form.province };
    case 'agency':
      if (!form.agency) missing();
      return { agency: form.agency };
    case 'pick':
      if (form.officeIds.length === 0) missing();
      return { officeIds: form.officeIds };
  }
}

/** The request to send, or each field's problem. */
export function readRequest(form: CentralForm): { ok: true; value: CentralReportRequest } | { ok: false; problems: FieldProblems<CentralField> } {
  const problems: FieldProblems<CentralField> = {};
  const period = readPeriod(form, problems);
  const offices = officesOf(form, problems);
  const sections = SECTION_GROUPS.filter((g) => form.groups[g.id]).flatMap((g) => g.sections);
  if (sections.length === 0) problems.groups = { key: 'central.problem.sections' };
  if (!period || Object.keys(problems).length > 0) return { ok: false, problems };
  const compareTo: PeriodSpec | undefined = form.compare === 'previous' ? previousPeriod(period) : form.compare === 'lastYear' ? samePeriodLastYear(period) : undefined;
  return { ok: true, value: { offices, report: { period, ...(compareTo ? { compareTo } : {}), sections } } };
}

/** The period as picked so far (for the words under the pickers). */
export function previewPeriod(form: CentralForm): PeriodSpec | undefined {
  return readPeriod(form, {});
}

/** The period it is compared with, as picked so far. */
export function previewCompare(form: CentralForm): PeriodSpec | undefined {
  const period = previewPeriod(form);
  if (!period || form.compare === 'none') return undefined;
  return form.compare === 'previous' ? previousPeriod(period) : samePeriodLastYear(period);
}

/** Persian words for the page's own problems (the period's are the shared ones). */
export const PROBLEM_TEXT: Record<string, string> = {
  'central.problem.offices': 'اداره‌ها را انتخاب کنید.',
  'central.problem.sections': 'دست‌کم یک بخش را انتخاب کنید.',
};
