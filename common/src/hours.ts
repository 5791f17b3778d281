// Opening hours: whether the office is open at an instant (Tehran time), and the
// hours as people read them: «شنبه تا چهارشنبه ۰۷:۳۰ تا ۱۴:۳۰؛ پنجشنبه ۰۷:۳۰ تا ۱۲:۳۰».
import { tehranParts, toPersianDigits, type Lang } from './persian';
import { WEEKDAYS, type OpeningHours, type Weekday } from './types';

const DAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  fa: { sat: 'شنبه', sun: 'یکشنبه', mon: 'دوشنبه', tue: 'سه‌شنبه', wed: 'چهارشنبه', thu: 'پنجشنبه', fri: 'جمعه' },
  en: { sat: 'Saturday', sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' },
};

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The office weekday of an instant in Tehran. */
export function tehranWeekday(at: string | number | Date): Weekday {
  return WEEKDAYS[(tehranParts(at).weekday + 1) % 7]!; // Date#getDay: 6 = Saturday
}

export function isOpenAt(hours: OpeningHours, at: string | number | Date): boolean {
  const day = hours[tehranWeekday(at)];
  if (!day) return false;
  const p = tehranParts(at);
  const now = p.hour * 60 + p.minute;
  return now >= minutesOf(day.open) && now < minutesOf(day.close);
}

/** Consecutive days with the same hours are joined; closed days are left out. */
export function formatOpeningHours(hours: OpeningHours, lang: Lang = 'fa'): string {
  const groups: { from: Weekday; to: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const h = hours[day];
    if (!h) continue;
    const text = lang === 'fa' ? `${toPersianDigits(h.open)} تا ${toPersianDigits(h.close)}` : `${h.open}–${h.close}`;
    const last = groups[groups.length - 1];
    const prev = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (last && last.text === text && last.to === prev) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  const names = DAY_NAMES[lang];
  const joiner = lang === 'fa' ? ' تا ' : '–';
  return groups
    .map((g) => `${names[g.from]}${g.from === g.to ? '' : joiner + names[g.to]} ${g.text}`)
    .join(lang === 'fa' ? '؛ ' : '; ');
}
