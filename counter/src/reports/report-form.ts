// The report form as people fill it (a period kind with Jalali pickers, a place, a
// comparison, the sections) and the request it becomes. Pure: the periods themselves
// are common/src/reports/period.ts; this only reads the fields and names what is wrong.
import {
  jalaliOfDay,
  parseJalaliDate,
  previousPeriod,
  resolvePeriod,
  samePeriodLastYear,
  type JalaliDate,
  type PeriodKind,
  type PeriodSpec,
  type PlaceFilter,
  type ReportRequest,
  type ReportSectionId,
} from '@desk/common';
import { checked, type Checked, type Problem, type Problems } from '../problems';

export type SectionGroup = 'queue' | 'staff' | 'edesk' | 'survey';

/** The four checkboxes and the sections each asks for. */
export const SECTION_GROUPS: readonly { id: SectionGroup; sections: readonly ReportSectionId[] }[] = [
  { id: 'queue', sections: ['queue.summary', 'queue.byService', 'queue.byCounter', 'queue.byClerk', 'queue.byDay', 'queue.byHour', 'queue.longestWaits'] },
  { id: 'staff', sections: ['staff.daily'] },
  { id: 'edesk', sections: ['edesk.summary', 'edesk.byService', 'edesk.byChannel', 'edesk.steps'] },
  { id: 'survey', sections: ['edesk.survey'] },
];

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year', 'custom'];
export type CompareChoice = 'none' | 'previous' | 'lastYear' | 'custom';
export const COMPARE_CHOICES: readonly CompareChoice[] = ['none', 'previous', 'lastYear', 'custom'];
export type PlaceKind = PlaceFilter['kind'];
export const PLACE_KINDS: readonly PlaceKind[] = ['office', 'level', 'unit', 'department', 'counter', 'clerk', 'service'];

export interface ReportForm {
  kind: PeriodKind;
  /** Day and week: a Jalali date as typed ('1405/08/12', any digits). */
  date: string;
  year: number;
  month: number;
  /** 1 = spring (Farvardin–Khordad) … 4 = winter. */
  quarter: number;
  /** Custom period, both ends included. */
  from: string;
  to: string;
  placeKind: PlaceKind;
  /** The level, unit, department, counter, clerk or service chosen for placeKind. */
  placeId: string;
  compare: CompareChoice;
  compareFrom: string;
  compareTo: string;
  groups: Record<SectionGroup, boolean>;
}

export type FormField = 'date' | 'from' | 'to' | 'placeId' | 'compareFrom' | 'compareTo' | 'groups';

const pad = (n: number) => String(n).padStart(2, '0');
export const jalaliText = (j: JalaliDate) => `${j.year}/${pad(j.month)}/${pad(j.day)}`;

/** Today's report: the period pickers all start at today (this month, this season, this year). */
export function initialForm(today: string, clerk: boolean): ReportForm {
  const j = jalaliOfDay(today);
  return {
    kind: 'day',
    date: jalaliText(j),
    year: j.year,
    month: j.month,
    quarter: Math.ceil(j.month / 3),
    from: jalaliText({ ...j, day: 1 }),
    to: jalaliText(j),
    placeKind: 'office',
    placeId: '',
    compare: 'none',
    compareFrom: '',
    compareTo: '',
    // a clerk's own day is the staff report of their desk; a manager starts with the office's figures
    groups: { queue: true, staff: clerk, edesk: !clerk, survey: !clerk },
  };
}

/** A one-press period: «امروز», «این ماه»… (the pickers move with it). */
export function presetForm(form: ReportForm, kind: Exclude<PeriodKind, 'custom'>, today: string): ReportForm {
  const fresh = initialForm(today, false);
  return { ...form, kind, date: fresh.date, year: fresh.year, month: fresh.month, quarter: fresh.quarter };
}

const DATE_PROBLEM: Problem = { key: 'reports.problem.date' };

function readDate(text: string, field: FormField, problems: Problems<FormField>): JalaliDate | undefined {
  const j = parseJalaliDate(text);
  if (!j) problems[field] = DATE_PROBLEM;
  return j;
}

function readRange(from: string, to: string, fields: [FormField, FormField], problems: Problems<FormField>): PeriodSpec | undefined {
  const a = readDate(from, fields[0], problems);
  const b = readDate(to, fields[1], problems);
  if (!a || !b) return undefined;
  const spec: PeriodSpec = { kind: 'custom', from: a, to: b };
  try {
    resolvePeriod(spec);
  } catch {
    problems[fields[1]] = { key: 'reports.problem.range' };
    return undefined;
  }
  return spec;
}

function readPeriod(form: ReportForm, problems: Problems<FormField>): PeriodSpec | undefined {
  switch (form.kind) {
    case 'day':
    case 'week': {
      const date = readDate(form.date, 'date', problems);
      return date && { kind: form.kind, date };
    }
    case 'month':
      return { kind: 'month', year: form.year, month: form.month };
    case 'quarter':
      return { kind: 'quarter', year: form.year, quarter: form.quarter };
    case 'year':
      return { kind: 'year', year: form.year };
    case 'custom':
      return readRange(form.from, form.to, ['from', 'to'], problems);
  }
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

/** The years a picker offers: from 1390 to next year, newest first. */
export function yearChoices(today: string): number[] {
  const now = jalaliOfDay(today).year;
  const years: number[] = [];
  for (let y = now + 1; y >= 1390; y--) years.push(y);
  return years;
}
