// Persian formatting: digits, Jalali dates, the Tehran office day.
// Pure functions only: this file runs in the browser and on the server.

export const OFFICE_TIME_ZONE = 'Asia/Tehran';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Latin digits → Persian digits (other characters untouched). */
export function toPersianDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!);
}

/** Persian and Arabic-Indic digits → Latin digits, for parsing what people type. */
export function toLatinDigits(value: string): string {
  return value.replace(/[۰-۹٠-٩]/g, (d) => {
    const p = PERSIAN_DIGITS.indexOf(d);
    return String(p >= 0 ? p : ARABIC_DIGITS.indexOf(d));
  });
}

/** Arabic ي/ك/ى → Persian ی/ک, digits → Latin, trimmed: what we store and search on. */
export function normalizePersianText(value: string): string {
  return toLatinDigits(value)
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\u200c+/g, '\u200c')
    .replace(/\s+/g, ' ')
    .trim();
}

/** For search: also drops zero-width non-joiners and folds hamza/alef forms. */
export function searchKey(value: string): string {
  return normalizePersianText(value)
    .replace(/\u200c/g, ' ')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ۀ/g, 'ه')
    .replace(/ؤ/g, 'و')
    .toLowerCase();
}

export type Lang = 'fa' | 'en';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: OFFICE_TIME_ZONE, ...options });
    dateFormatters.set(key, f);
  }
  return f;
}

function asDate(at: string | number | Date): Date {
  return at instanceof Date ? at : new Date(at);
}

/** «۳ آذر ۱۴۰۵» (fa) or "3 Azar 1405" (en), in Tehran. */
export function formatJalaliDate(at: string | number | Date, lang: Lang = 'fa'): string {
  const locale = lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian';
  return formatter(`date-${lang}`, locale, { year: 'numeric', month: 'long', day: 'numeric' })
    .format(asDate(at))
    .replace(/\s*AP$/, '');
}

/** «سه‌شنبه ۳ آذر ۱۴۰۵». */
export function formatJalaliDateWithWeekday(at: string | number | Date, lang: Lang = 'fa'): string {
  const locale = lang === 'fa' ? 'fa-IR' : 'en-US';
  const weekday = formatter(`weekday-${lang}`, locale, { weekday: 'long' }).format(asDate(at));
  return `${weekday}${lang === 'fa' ? ' ' : ', '}${formatJalaliDate(at, lang)}`;
}

/** «۱۴:۰۵» in Tehran (24-hour). */
export function formatTime(at: string | number | Date, lang: Lang = 'fa', seconds = false): string {
  const locale = lang === 'fa' ? 'fa-IR' : 'en-GB';
  return formatter(`time-${lang}-${seconds}`, locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(asDate(at));
}

/** Numbers for people: Persian digits in Persian, Latin in English. */
export function formatNumber(n: number, lang: Lang = 'fa'): string {
  return lang === 'fa' ? toPersianDigits(n) : String(n);
}

export interface TehranParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday (as Date#getDay) */
  weekday: number;
}

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Wall-clock parts of an instant in Tehran (Gregorian calendar). */
export function tehranParts(at: string | number | Date): TehranParts {
  const parts = formatter('parts', 'en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(asDate(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday: WEEKDAYS_EN.indexOf(get('weekday')),
  };
}

/**
 * The office day an instant belongs to: the Tehran calendar date as `YYYY-MM-DD`.
 * Ticket numbering resets when this changes (at midnight in Tehran).
 */
export function officeDay(at: string | number | Date): string {
  const p = tehranParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Minutes as people say them: «۵ دقیقه», «۱ ساعت و ۱۰ دقیقه». */
export function formatDuration(minutes: number, lang: Lang = 'fa'): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (lang === 'en') {
    if (h === 0) return `${rest} min`;
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  if (h === 0) return `${toPersianDigits(rest)} دقیقه`;
  return rest ? `${toPersianDigits(h)} ساعت و ${toPersianDigits(rest)} دقیقه` : `${toPersianDigits(h)} ساعت`;
}

/** Iranian national ID (کد ملی): 10 digits, check digit, not all the same digit. */
export function isValidNationalId(input: string): boolean {
  const code = toLatinDigits(input.trim());
  if (!/^\d{10}$/.test(code)) return false;
  if (/^(\d)\1{9}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits[9]!;
  const sum = digits.slice(0, 9).reduce((acc, d, i) => acc + d * (10 - i), 0);
  const r = sum % 11;
  return r < 2 ? check === r : check === 11 - r;
}
