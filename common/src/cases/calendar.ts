// The office calendar: which hours count as working time (opening hours, minus
// Fridays, closed Thursdays and official holidays), all in Tehran time. Due dates
// of steps and the response date promised on the receipt are computed here.
import { tehranParts, toPersianDigits, type Lang } from '../persian';
import { WEEKDAYS, type OpeningHours, type Weekday } from '../types';
import { gregorianToJalali, jalaliKey, type JalaliDate } from './jalali';
import type { AgreedTime, OfficeCalendar } from './definitions';

export interface Holiday {
  /** Jalali 'MM-DD'. */
  monthDay: string;
  name: string;
  nameEn: string;
}

/**
 * The official holidays fixed in the solar calendar. Religious holidays follow the
 * lunar calendar and move every year: the admin adds them as `extraHolidays`.
 */
export const FIXED_SOLAR_HOLIDAYS: readonly Holiday[] = [
  { monthDay: '01-01', name: 'عید نوروز', nameEn: 'Nowruz' },
  { monthDay: '01-02', name: 'عید نوروز', nameEn: 'Nowruz' },
  { monthDay: '01-03', name: 'عید نوروز', nameEn: 'Nowruz' },
  { monthDay: '01-04', name: 'عید نوروز', nameEn: 'Nowruz' },
  { monthDay: '01-12', name: 'روز جمهوری اسلامی', nameEn: 'Islamic Republic Day' },
  { monthDay: '01-13', name: 'روز طبیعت', nameEn: 'Nature Day' },
  { monthDay: '03-14', name: 'رحلت امام خمینی', nameEn: 'Death of Imam Khomeini' },
  { monthDay: '03-15', name: 'قیام ۱۵ خرداد', nameEn: 'Uprising of 15 Khordad' },
  { monthDay: '11-22', name: 'پیروزی انقلاب اسلامی', nameEn: 'Victory of the Islamic Revolution' },
  { monthDay: '12-29', name: 'ملی شدن صنعت نفت', nameEn: 'Nationalisation of the oil industry' },
];

/** An office calendar with the fixed solar holidays and any extra Jalali dates ('YYYY-MM-DD'). */
export function officeCalendar(hours: OpeningHours, extraHolidays: readonly string[] = []): OfficeCalendar {
  return { hours, yearlyHolidays: FIXED_SOLAR_HOLIDAYS.map((h) => h.monthDay), extraHolidays: [...extraHolidays] };
}

const MINUTE = 60_000;
/** A year and a half of days: beyond this a calendar has no working time at all (a configuration error). */
const SEARCH_LIMIT_DAYS = 550;

/** A calendar day in Tehran (Gregorian numbers). */
interface TehranDay {
  year: number;
  month: number;
  day: number;
}

function tehranDayOf(ms: number): TehranDay {
  const p = tehranParts(ms);
  return { year: p.year, month: p.month, day: p.day };
}

function nextDay(d: TehranDay): TehranDay {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function weekdayOf(d: TehranDay): Weekday {
  return WEEKDAYS[(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 1) % 7]!; // getUTCDay: 6 = Saturday
}

/** The instant of a Tehran wall-clock time (whatever offset Tehran had that day). */
function tehranInstant(d: TehranDay, hhmm: string): number {
  const wall = Date.UTC(d.year, d.month - 1, d.day, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));
  let guess = wall - 210 * MINUTE; // +03:30, Tehran's offset since 1402
  for (let i = 0; i < 3; i++) {
    const p = tehranParts(guess);
    const diff = wall - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    if (diff === 0) break;
    guess += diff;
  }
  return guess;
}

const holidaySets = new WeakMap<OfficeCalendar, { yearly: Set<string>; extra: Set<string> }>();
function holidaysOf(calendar: OfficeCalendar) {
  let sets = holidaySets.get(calendar);
  if (!sets) {
    sets = { yearly: new Set(calendar.yearlyHolidays), extra: new Set(calendar.extraHolidays) };
    holidaySets.set(calendar, sets);
  }
  return sets;
}

function isHolidayJalali(calendar: OfficeCalendar, j: JalaliDate): boolean {
  const key = jalaliKey(j);
  const sets = holidaysOf(calendar);
  return sets.extra.has(key) || sets.yearly.has(key.slice(5));
}

/** Whether the Tehran day of an instant is an official holiday of this calendar. */
export function isHoliday(calendar: OfficeCalendar, at: string | number | Date): boolean {
  const d = tehranDayOf(new Date(at).getTime());
  return isHolidayJalali(calendar, gregorianToJalali(d));
}

interface Window {
  open: number;
  close: number;
}

/** The working hours of a Tehran day, or null when the office is closed that day. */
function windowOf(calendar: OfficeCalendar, d: TehranDay): Window | null {
  const hours = calendar.hours[weekdayOf(d)];
  if (!hours) return null;
  if (isHolidayJalali(calendar, gregorianToJalali(d))) return null;
  return { open: tehranInstant(d, hours.open), close: tehranInstant(d, hours.close) };
}

function assertHasWorkingDays(calendar: OfficeCalendar): void {
  if (!WEEKDAYS.some((w) => calendar.hours[w])) throw new RangeError('office calendar has no working day');
}

export function isWorkingDay(calendar: OfficeCalendar, at: string | number | Date): boolean {
  return windowOf(calendar, tehranDayOf(new Date(at).getTime())) !== null;
}

/** Inside opening hours on a working day. */
export function isWorkingTime(calendar: OfficeCalendar, at: string | number | Date): boolean {
  const ms = new Date(at).getTime();
  const w = windowOf(calendar, tehranDayOf(ms));
  return w !== null && ms >= w.open && ms < w.close;
}

/** `minutes` of working time after `from` (a due time lands on a closing time, not the next opening). */
export function addWorkingMinutes(from: string, minutes: number, calendar: OfficeCalendar): string {
  assertHasWorkingDays(calendar);
  const t = Date.parse(from);
  let left = Math.max(0, minutes);
  let day = tehranDayOf(t);
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++, day = nextDay(day)) {
    const w = windowOf(calendar, day);
    if (!w || t >= w.close) continue;
    const start = Math.max(t, w.open);
    const available = (w.close - start) / MINUTE;
    if (left <= available) return new Date(start + left * MINUTE).toISOString();
    left -= available;
  }
  throw new RangeError('no working time found in the office calendar');
}

/**
 * The close of the Nth working day after `from`. The day of `from` counts only if
 * it starts before that day's opening: a request accepted at 10:00 on Saturday
 * with one working day is due at Sunday's closing, one accepted on Friday at
 * Saturday's closing.
 */
export function addWorkingDays(from: string, days: number, calendar: OfficeCalendar): string {
  assertHasWorkingDays(calendar);
  const t = Date.parse(from);
  if (days <= 0) return from;
  let counted = 0;
  let day = tehranDayOf(t);
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++, day = nextDay(day)) {
    const w = windowOf(calendar, day);
    if (!w || t > w.open) continue;
    counted++;
    if (counted === days) return new Date(w.close).toISOString();
  }
  throw new RangeError('no working time found in the office calendar');
}

/** When a step started at `startedAt` with this agreed time is due. */
export function stepDueAt(startedAt: string, time: AgreedTime, calendar: OfficeCalendar): string {
  return time.unit === 'workingHours'
    ? addWorkingMinutes(startedAt, time.amount * 60, calendar)
    : addWorkingDays(startedAt, time.amount, calendar);
}

/** The response date for the receipt: each step's agreed time, one after another. */
export function promisedResponseAt(acceptedAt: string, times: readonly AgreedTime[], calendar: OfficeCalendar): string {
  return times.reduce((at, time) => stepDueAt(at, time, calendar), acceptedAt);
}

/** Working minutes from `from` to `to` (negative when `to` is earlier). */
export function workingMinutesBetween(from: string, to: string, calendar: OfficeCalendar): number {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (b < a) return -workingMinutesBetween(to, from, calendar);
  let total = 0;
  let day = tehranDayOf(a);
  const last = officeDayKey(tehranDayOf(b));
  for (let i = 0; i < SEARCH_LIMIT_DAYS * 4; i++, day = nextDay(day)) {
    const w = windowOf(calendar, day);
    if (w) total += Math.max(0, Math.min(b, w.close) - Math.max(a, w.open)) / MINUTE;
    if (officeDayKey(day) === last) break;
  }
  return Math.round(total);
}

const officeDayKey = (d: TehranDay) => d.year * 10_000 + d.month * 100 + d.day;

export function isOverdue(dueAt: string, now: string): boolean {
  return Date.parse(now) > Date.parse(dueAt);
}

export interface TimeLeft {
  overdue: boolean;
  /** Working minutes left before the due time; when overdue, working minutes past it (positive). */
  workingMinutes: number;
}

/** What an inbox shows: working time left, or how late. */
export function timeLeft(now: string, dueAt: string, calendar: OfficeCalendar): TimeLeft {
  const overdue = isOverdue(dueAt, now);
  return { overdue, workingMinutes: Math.abs(workingMinutesBetween(now, dueAt, calendar)) };
}

/** «۳ روز کاری», «۴ ساعت کاری» / "3 working days", "4 working hours". */
export function formatAgreedTime(time: AgreedTime, lang: Lang = 'fa'): string {
  const n = lang === 'fa' ? toPersianDigits(time.amount) : String(time.amount);
  if (lang === 'en') return `${n} working ${time.unit === 'workingDays' ? 'day' : 'hour'}${time.amount === 1 ? '' : 's'}`;
  return `${n} ${time.unit === 'workingDays' ? 'روز' : 'ساعت'} کاری`;
}
