// Office days as reports count them: the Tehran calendar date 'YYYY-MM-DD' (Gregorian,
// the journal's file name) and its Jalali date, with day arithmetic and a Tehran
// wall clock fast enough for a year of tickets. Pure: runs in the browser too.
import { gregorianToJalali, jalaliToGregorian, type JalaliDate } from '../cases/jalali';
import { tehranParts, toPersianDigits, type Lang } from '../persian';

const DAY_MS = 86_400_000;

export const JALALI_MONTHS: Record<Lang, readonly string[]> = {
  fa: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  en: ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'],
};

/** Saturday first, as the Iranian week (index 0 = Saturday … 6 = Friday). */
export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  fa: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'],
  en: ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 of an office day 'YYYY-MM-DD'. */
export function dayNumber(day: string): number {
  return Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS);
}

export function dayOfNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/** 0 = Saturday … 6 = Friday. */
export function weekdayIndexOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (index 5 in a Saturday-first week)
  return (((n + 5) % 7) + 7) % 7;
}

export function weekdayIndex(day: string): number {
  return weekdayIndexOfDayNumber(dayNumber(day));
}

const jalaliCache = new Map<string, JalaliDate>();

/** The Jalali date of an office day. */
export function jalaliOfDay(day: string): JalaliDate {
  let j = jalaliCache.get(day);
  if (!j) {
    j = gregorianToJalali({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) });
    if (jalaliCache.size > 20_000) jalaliCache.clear();
    jalaliCache.set(day, j);
  }
  return j;
}

/** The office day of a Jalali date. */
export function dayOfJalali(j: JalaliDate): string {
  const g = jalaliToGregorian(j);
  return `${pad(g.year, 4)}-${pad(g.month)}-${pad(g.day)}`;
}

const digits = (text: string, lang: Lang) => (lang === 'fa' ? toPersianDigits(text) : text);

/** «۱۴۰۵/۰۸/۱۲» (fa) or "1405/08/12" (en): how a date goes in a table cell. */
export function formatDayNumeric(day: string, lang: Lang = 'fa'): string {
  const j = jalaliOfDay(day);
  return digits(`${pad(j.year, 4)}/${pad(j.month)}/${pad(j.day)}`, lang);
}

/** «۱۲ آبان ۱۴۰۵» or "12 Aban 1405". */
export function formatDayLong(day: string, lang: Lang = 'fa'): string {
  const j = jalaliOfDay(day);
  return digits(`${j.day} ${JALALI_MONTHS[lang][j.month - 1]} ${j.year}`, lang);
}

// ── Tehran wall clock ──
// Offsets from UTC are whole half-hours and Iran changed them (until 2022) at local
// midnight, a UTC half-hour boundary; so one Intl lookup per UTC half-hour is exact.
const SLOT_MS = 30 * 60_000;
const offsets = new Map<number, number>();

/** Tehran's offset from UTC (ms) at an instant. */
export function tehranOffsetMs(ms: number): number {
  const slot = Math.floor(ms / SLOT_MS);
  let offset = offsets.get(slot);
  if (offset === undefined) {
    const p = tehranParts(ms);
    const minute = Math.floor(ms / 60_000) * 60_000;
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - minute;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(slot, offset);
  }
  return offset;
}

export interface TehranClock {
  /** Office day 'YYYY-MM-DD'. */
  day: string;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
  /** 0 = Saturday … 6 = Friday. */
  weekday: number;
}

/** Wall-clock time in Tehran of an instant (ms since epoch). */
export function tehranClock(ms: number): TehranClock {
  const wall = ms + tehranOffsetMs(ms);
  const n = Math.floor(wall / DAY_MS);
  const inDay = wall - n * DAY_MS;
  return {
    day: dayOfNumber(n),
    hour: Math.floor(inDay / 3_600_000),
    minute: Math.floor(inDay / 60_000) % 60,
    second: Math.floor(inDay / 1000) % 60,
    weekday: weekdayIndexOfDayNumber(n),
  };
}

/** Tehran hour (0–23) and weekday (0 = Saturday) of an instant, without allocating a day string. */
export function tehranHourAndWeekday(ms: number): { hour: number; weekday: number } {
  const wall = ms + tehranOffsetMs(ms);
  const n = Math.floor(wall / DAY_MS);
  return { hour: Math.floor((wall - n * DAY_MS) / 3_600_000), weekday: weekdayIndexOfDayNumber(n) };
}

/** «۰۹:۳۰:۱۵» in Tehran. */
export function formatClock(ms: number, lang: Lang = 'fa', seconds = true): string {
  const c = tehranClock(ms);
  return digits(`${pad(c.hour)}:${pad(c.minute)}${seconds ? `:${pad(c.second)}` : ''}`, lang);
}

/** «۱۴۰۵/۰۸/۱۲ ۰۹:۳۰:۱۵» in Tehran. */
export function formatDateTime(ms: number, lang: Lang = 'fa'): string {
  const c = tehranClock(ms);
  return `${formatDayNumeric(c.day, lang)} ${digits(`${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`, lang)}`;
}

/** The UTC instant (ms) at which an office day starts in Tehran. */
export function dayStartMs(day: string): number {
  const midnight = dayNumber(day) * DAY_MS;
  const first = midnight - tehranOffsetMs(midnight - 3.5 * 3_600_000);
  return midnight - tehranOffsetMs(first);
}
