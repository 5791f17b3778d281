// Jalali (Solar Hijri) ⇄ Gregorian by arithmetic (Borkowski's method, as in
// jalaali-js), so holiday checks and date fields give the same answer in every
// browser and on the server, whatever Intl data each one ships.
import { tehranParts, toLatinDigits } from '../persian';

export interface JalaliDate {
  year: number;
  month: number;
  day: number;
}

export interface GregorianDate {
  year: number;
  month: number;
  day: number;
}

// Years where the 33-year leap pattern shifts (astronomical corrections).
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a Gregorian date (Date.UTC does the leap years). */
function gregorianDayNumber(g: GregorianDate): number {
  return Math.round(Date.UTC(g.year, g.month - 1, g.day) / DAY_MS);
}

function gregorianOfDayNumber(n: number): GregorianDate {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

interface YearInfo {
  /** Years since the last leap year (0 = this year is leap). */
  leap: number;
  /** The Gregorian year in which this Jalali year begins. */
  gy: number;
  /** The day of March on which 1 Farvardin falls. */
  march: number;
}

function jalaliYearInfo(jy: number): YearInfo {
  const first = BREAKS[0]!;
  const last = BREAKS[BREAKS.length - 1]!;
  if (jy < first || jy >= last) throw new RangeError(`Jalali year out of range: ${jy}`);
  const gy = jy + 621;
  let leapJ = -14;
  let jp = first;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i]!;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap, gy, march };
}

export function isJalaliLeapYear(year: number): boolean {
  return jalaliYearInfo(year).leap === 0;
}

/** 31 days in the first six months, 30 in the next five, Esfand 29 (30 in a leap year). */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

export function isValidJalaliDate(j: JalaliDate): boolean {
  return (
    Number.isInteger(j.year) &&
    Number.isInteger(j.month) &&
    Number.isInteger(j.day) &&
    j.year >= 1 &&
    j.year < 3000 &&
    j.month >= 1 &&
    j.month <= 12 &&
    j.day >= 1 &&
    j.day <= jalaliMonthLength(j.year, j.month)
  );
}

export function jalaliToGregorian(j: JalaliDate): GregorianDate {
  const info = jalaliYearInfo(j.year);
  const farvardin1 = gregorianDayNumber({ year: info.gy, month: 3, day: info.march });
  const offset = (j.month - 1) * 31 - div(j.month, 7) * (j.month - 7) + j.day - 1;
  return gregorianOfDayNumber(farvardin1 + offset);
}

export function gregorianToJalali(g: GregorianDate): JalaliDate {
  const dayNumber = gregorianDayNumber(g);
  let year = g.year - 621;
  const info = jalaliYearInfo(year);
  let k = dayNumber - gregorianDayNumber({ year: g.year, month: 3, day: info.march });
  if (k >= 0) {
    if (k <= 185) return { year, month: 1 + div(k, 31), day: mod(k, 31) + 1 };
    k -= 186;
  } else {
    year -= 1;
    k += 179;
    if (info.leap === 1) k += 1;
  }
  return { year, month: 7 + div(k, 30), day: mod(k, 30) + 1 };
}

/** The Jalali date of the Tehran calendar day an instant falls in. */
export function jalaliDateOf(at: string | number | Date): JalaliDate {
  const p = tehranParts(at);
  return gregorianToJalali({ year: p.year, month: p.month, day: p.day });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** '1404-01-15': the key holiday lists and storage use. */
export function jalaliKey(j: JalaliDate): string {
  return `${pad(j.year, 4)}-${pad(j.month)}-${pad(j.day)}`;
}

/** '1404/01/15': how people write a date (form values are stored this way). */
export function formatJalaliSlashed(j: JalaliDate): string {
  return `${pad(j.year, 4)}/${pad(j.month)}/${pad(j.day)}`;
}

/**
 * A date as people type it: «۱۴۰۴/۱/۱۵», «1404-01-15», «۱۴۰۴.۰۱.۱۵».
 * Undefined when it is not a real Jalali date (Esfand 30 only in leap years).
 */
export function parseJalaliDate(text: string): JalaliDate | undefined {
  const m = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/.exec(toLatinDigits(text.trim()));
  if (!m) return undefined;
  const j = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidJalaliDate(j) ? j : undefined;
}

/** Negative, zero or positive as a is before, the same as or after b. */
export function compareJalali(a: JalaliDate, b: JalaliDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
