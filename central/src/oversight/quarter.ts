// Jalali quarters as oversight names them: '1405-Q3' is پاییز ۱۴۰۵ (Mehr to Azar). A
// quarter covers whole Tehran office days, so its boundary is Tehran midnight.
import { periodContaining, resolvePeriod, toPersianDigits, type Period } from '@desk/common';

export const SEASONS = ['بهار', 'تابستان', 'پاییز', 'زمستان'] as const;

export interface Quarter {
  key: string;
  year: number;
  quarter: number;
}

export interface OversightPeriod {
  /** '1405-Q3', or null for a period of chosen days. */
  quarter: string | null;
  /** First and last office day (Tehran date, 'YYYY-MM-DD'), both included. */
  fromDay: string;
  toDay: string;
  /** «پاییز ۱۴۰۵», or «۱ مهر تا ۱۵ آبان ۱۴۰۵». */
  label: string;
}

const KEY = /^(\d{4})-Q([1-4])$/;

/** '1405-Q3' → the quarter; undefined for anything else (years 1300–1499 only). */
export function parseQuarter(key: unknown): Quarter | undefined {
  if (typeof key !== 'string') return undefined;
  const m = KEY.exec(key.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1300 || year > 1499) return undefined;
  return { key: `${year}-Q${m[2]}`, year, quarter: Number(m[2]) };
}

export function quarterLabel(q: Pick<Quarter, 'year' | 'quarter'>): string {
  return `${SEASONS[q.quarter - 1]} ${toPersianDigits(q.year)}`;
}

export function quarterPeriod(q: Quarter): OversightPeriod {
  const p = resolvePeriod({ kind: 'quarter', year: q.year, quarter: q.quarter });
  return { quarter: q.key, fromDay: p.fromDay, toDay: p.toDay, label: quarterLabel(q) };
}

/** A period of office days (Gregorian 'YYYY-MM-DD', as the events' day), labelled in Jalali. */
export function daysPeriod(fromDay: string, toDay: string): OversightPeriod {
  const custom: Period = resolvePeriod({ kind: 'custom', from: jalaliOf(fromDay), to: jalaliOf(toDay) });
  return { quarter: null, fromDay, toDay, label: custom.label };
}

function jalaliOf(day: string) {
  const spec = periodContaining('day', day);
  if (spec.kind !== 'day') throw new Error('unreachable');
  return spec.date;
}

/** The quarter an instant (or office day) falls in. */
export function quarterOf(at: string | number | Date): Quarter {
  const spec = periodContaining('quarter', at);
  if (spec.kind !== 'quarter') throw new Error('unreachable');
  return { key: `${spec.year}-Q${spec.quarter}`, year: spec.year, quarter: spec.quarter };
}

/** The quarter before. */
export function previousQuarter(q: Quarter): Quarter {
  const year = q.quarter === 1 ? q.year - 1 : q.year;
  const quarter = q.quarter === 1 ? 4 : q.quarter - 1;
  return { key: `${year}-Q${quarter}`, year, quarter };
}

/** This quarter and the `count − 1` before it, newest first. */
export function recentQuarters(now: Date, count = 8): Array<OversightPeriod & { quarter: string }> {
  const out: Array<OversightPeriod & { quarter: string }> = [];
  for (let q = quarterOf(now), i = 0; i < count; i++, q = previousQuarter(q)) out.push({ ...quarterPeriod(q), quarter: q.key });
  return out;
}

/** Has the quarter begun by `today` (an office day)? An inspection of a quarter still to come is refused. */
export function quarterStarted(q: Quarter, today: string): boolean {
  return quarterPeriod(q).fromDay <= today;
}
