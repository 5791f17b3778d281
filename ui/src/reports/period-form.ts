// The period part of a report form as people fill it (a kind of period with Jalali
// pickers) and the period it becomes. Pure: the periods themselves are
// common/src/reports/period.ts; this only reads the fields and names what is wrong.
import { jalaliOfDay, parseJalaliDate, resolvePeriod, type JalaliDate, type PeriodKind, type PeriodSpec } from '@desk/common';
import type { FieldProblem, FieldProblems } from './i18n';

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year', 'custom'];

export interface PeriodForm {
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
}

export type PeriodField = 'date' | 'from' | 'to';

const pad = (n: number) => String(n).padStart(2, '0');
export const jalaliText = (j: JalaliDate) => `${j.year}/${pad(j.month)}/${pad(j.day)}`;

/** Today's period: the pickers all start at today (this month, this season, this year). */
export function periodFields(today: string): PeriodForm {
  const j = jalaliOfDay(today);
  return {
    kind: 'day',
    date: jalaliText(j),
    year: j.year,
    month: j.month,
    quarter: Math.ceil(j.month / 3),
    from: jalaliText({ ...j, day: 1 }),
    to: jalaliText(j),
  };
}

/** A one-press period: «امروز», «این ماه»… (the pickers move with it). */
export function presetForm<F extends PeriodForm>(form: F, kind: Exclude<PeriodKind, 'custom'>, today: string): F {
  const fresh = periodFields(today);
  return { ...form, kind, date: fresh.date, year: fresh.year, month: fresh.month, quarter: fresh.quarter };
}

const DATE_PROBLEM: FieldProblem = { key: 'reports.problem.date' };

export function readDate<F extends string>(text: string, field: F, problems: FieldProblems<F>): JalaliDate | undefined {
  const j = parseJalaliDate(text);
  if (!j) problems[field] = DATE_PROBLEM;
  return j;
}

/** A custom range, or its fields' problems (a date that does not exist, an end before the start). */
export function readRange<F extends string>(from: string, to: string, fields: [F, F], problems: FieldProblems<F>): PeriodSpec | undefined {
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

export function readPeriod(form: PeriodForm, problems: FieldProblems<PeriodField>): PeriodSpec | undefined {
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

/** The years a picker offers: from 1390 to next year, newest first. */
export function yearChoices(today: string): number[] {
  const now = jalaliOfDay(today).year;
  const years: number[] = [];
  for (let y = now + 1; y >= 1390; y--) years.push(y);
  return years;
}
