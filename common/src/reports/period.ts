// Report periods in the Jalali calendar (day, week from Saturday, month, quarter,
// year, custom) as ranges of Tehran office days, with Persian labels and the period
// to compare with. Pure: the counter app labels its pickers with the same code.
import { isValidJalaliDate, jalaliMonthLength, type JalaliDate } from '../cases/jalali';
import { officeDay, toPersianDigits, type Lang } from '../persian';
import { addDays, dayNumber, dayOfJalali, dayOfNumber, JALALI_MONTHS, jalaliOfDay, weekdayIndex } from './calendar';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'custom';

export type PeriodSpec =
  | { kind: 'day'; date: JalaliDate }
  /** The week (Saturday to Friday) that holds `date`. */
  | { kind: 'week'; date: JalaliDate }
  | { kind: 'month'; year: number; month: number }
  /** Quarter = season: 1 = Farvardin–Khordad (spring) … 4 = Dey–Esfand (winter). */
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  /** Both ends included. */
  | { kind: 'custom'; from: JalaliDate; to: JalaliDate };

export interface Period {
  spec: PeriodSpec;
  /** First office day (Tehran date, 'YYYY-MM-DD', the journal's file name), included. */
  fromDay: string;
  /** Last office day, included. */
  toDay: string;
  /** Calendar days in the period (Fridays and holidays included). */
  days: number;
  /** «آبان ۱۴۰۵», «فصل سوم ۱۴۰۵», «هفتهٔ ۱۷ تا ۲۳ آبان ۱۴۰۵». */
  label: string;
  labelEn: string;
}

const QUARTER_ORDINALS = ['اول', 'دوم', 'سوم', 'چهارم'];

function checkDate(j: JalaliDate): void {
  if (!isValidJalaliDate(j)) throw new RangeError(`not a Jalali date: ${j.year}/${j.month}/${j.day}`);
}

/** The range of office days a period covers, and its label. Throws RangeError on an impossible period. */
export function resolvePeriod(spec: PeriodSpec): Period {
  const [fromDay, toDay] = rangeOf(spec);
  if (dayNumber(fromDay) > dayNumber(toDay)) throw new RangeError('the period ends before it starts');
  return {
    spec,
    fromDay,
    toDay,
    days: dayNumber(toDay) - dayNumber(fromDay) + 1,
    label: periodLabel(spec, fromDay, toDay, 'fa'),
    labelEn: periodLabel(spec, fromDay, toDay, 'en'),
  };
}

function rangeOf(spec: PeriodSpec): [string, string] {
  switch (spec.kind) {
    case 'day': {
      checkDate(spec.date);
      const day = dayOfJalali(spec.date);
      return [day, day];
    }
    case 'week': {
      checkDate(spec.date);
      const day = dayOfJalali(spec.date);
      const saturday = addDays(day, -weekdayIndex(day));
      return [saturday, addDays(saturday, 6)];
    }
    case 'month': {
      if (!Number.isInteger(spec.month) || spec.month < 1 || spec.month > 12) throw new RangeError(`no month ${spec.month}`);
      const { year, month } = spec;
      return [dayOfJalali({ year, month, day: 1 }), dayOfJalali({ year, month, day: jalaliMonthLength(year, month) })];
    }
    case 'quarter': {
      if (!Number.isInteger(spec.quarter) || spec.quarter < 1 || spec.quarter > 4) throw new RangeError(`no quarter ${spec.quarter}`);
      const first = spec.quarter * 3 - 2;
      const last = first + 2;
      return [dayOfJalali({ year: spec.year, month: first, day: 1 }), dayOfJalali({ year: spec.year, month: last, day: jalaliMonthLength(spec.year, last) })];
    }
    case 'year':
      return [dayOfJalali({ year: spec.year, month: 1, day: 1 }), dayOfJalali({ year: spec.year, month: 12, day: jalaliMonthLength(spec.year, 12) })];
    case 'custom':
      checkDate(spec.from);
      checkDate(spec.to);
      return [dayOfJalali(spec.from), dayOfJalali(spec.to)];
  }
}

function periodLabel(spec: PeriodSpec, fromDay: string, toDay: string, lang: Lang): string {
  const fa = lang === 'fa';
  const d = (text: string | number) => (fa ? toPersianDigits(text) : String(text));
  const month = (m: number) => JALALI_MONTHS[lang][m - 1]!;
  const from = jalaliOfDay(fromDay);
  const to = jalaliOfDay(toDay);
  const long = (j: JalaliDate) => `${d(j.day)} ${month(j.month)} ${d(j.year)}`;
  // «۱۷ تا ۲۳ آبان ۱۴۰۵», «۲۸ مهر تا ۴ آبان ۱۴۰۵», «۲۶ اسفند ۱۴۰۴ تا ۳ فروردین ۱۴۰۵»
  const span = () => {
    const until = fa ? 'تا' : 'to';
    if (from.year !== to.year) return `${long(from)} ${until} ${long(to)}`;
    if (from.month !== to.month) return `${d(from.day)} ${month(from.month)} ${until} ${long(to)}`;
    return `${d(from.day)} ${until} ${long(to)}`;
  };
  switch (spec.kind) {
    case 'day':
      return long(from);
    case 'week':
      return fa ? `هفتهٔ ${span()}` : `Week of ${span()}`;
    case 'month':
      return `${month(spec.month)} ${d(spec.year)}`;
    case 'quarter':
      return fa ? `فصل ${QUARTER_ORDINALS[spec.quarter - 1]} ${d(spec.year)}` : `Q${spec.quarter} ${spec.year}`;
    case 'year':
      return fa ? `سال ${d(spec.year)}` : `Year ${spec.year}`;
    case 'custom':
      return fromDay === toDay ? long(from) : span();
  }
}

/** The period of the same kind just before (a custom period: as many days, ending the day before it starts). */
export function previousPeriod(spec: PeriodSpec): PeriodSpec {
  switch (spec.kind) {
    case 'day':
      return { kind: 'day', date: jalaliOfDay(addDays(dayOfJalali(spec.date), -1)) };
    case 'week':
      return { kind: 'week', date: jalaliOfDay(addDays(dayOfJalali(spec.date), -7)) };
    case 'month':
      return spec.month === 1 ? { kind: 'month', year: spec.year - 1, month: 12 } : { kind: 'month', year: spec.year, month: spec.month - 1 };
    case 'quarter':
      return spec.quarter === 1 ? { kind: 'quarter', year: spec.year - 1, quarter: 4 } : { kind: 'quarter', year: spec.year, quarter: spec.quarter - 1 };
    case 'year':
      return { kind: 'year', year: spec.year - 1 };
    case 'custom': {
      const p = resolvePeriod(spec);
      const to = addDays(p.fromDay, -1);
      return { kind: 'custom', from: jalaliOfDay(addDays(to, -(p.days - 1))), to: jalaliOfDay(to) };
    }
  }
}

/** The same period one Jalali year earlier (Esfand 30 becomes Esfand 29 in a common year). */
export function samePeriodLastYear(spec: PeriodSpec): PeriodSpec {
  const back = (j: JalaliDate): JalaliDate => ({ year: j.year - 1, month: j.month, day: Math.min(j.day, jalaliMonthLength(j.year - 1, j.month)) });
  switch (spec.kind) {
    case 'day':
    case 'week':
      return { kind: spec.kind, date: back(spec.date) };
    case 'month':
    case 'quarter':
    case 'year':
      return { ...spec, year: spec.year - 1 };
    case 'custom':
      return { kind: 'custom', from: back(spec.from), to: back(spec.to) };
  }
}

/** The period of a kind that holds an instant (or an office day 'YYYY-MM-DD'): «this month», «this quarter»… */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, at: string | number | Date): PeriodSpec {
  const day = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : officeDay(at);
  const j = jalaliOfDay(day);
  switch (kind) {
    case 'day':
    case 'week':
      return { kind, date: j };
    case 'month':
      return { kind, year: j.year, month: j.month };
    case 'quarter':
      return { kind, year: j.year, quarter: Math.ceil(j.month / 3) };
    case 'year':
      return { kind, year: j.year };
  }
}

/** Every office day of a period, in order. */
export function daysOf(period: Pick<Period, 'fromDay' | 'toDay'>): string[] {
  const out: string[] = [];
  for (let n = dayNumber(period.fromDay), end = dayNumber(period.toDay); n <= end; n++) out.push(dayOfNumber(n));
  return out;
}

export function dayInPeriod(day: string, period: Pick<Period, 'fromDay' | 'toDay'>): boolean {
  return day >= period.fromDay && day <= period.toDay;
}
