// Iran's official religious holidays follow the lunar (Hijri) calendar and move about
// eleven days a year. Their exact dates depend on the sighting of the moon and are
// announced each year (the calendar centre of the University of Tehran's Geophysics
// Institute), so the office admin confirms them; this file suggests them from the
// Umm al-Qura calendar, usually right or a day early, for the admin to check.
import { jalaliKey, jalaliToGregorian, jalaliMonthLength, type JalaliDate } from './jalali';

export interface LunarHoliday {
  /** Hijri month (1 = Muharram) and day; day 0 = the last day of the month before `month`. */
  month: number;
  day: number;
  name: string;
  nameEn: string;
}

/** The official lunar holidays of Iran (the law on official holidays, as amended). */
export const LUNAR_HOLIDAYS: readonly LunarHoliday[] = [
  { month: 1, day: 9, name: 'تاسوعای حسینی', nameEn: 'Tasua' },
  { month: 1, day: 10, name: 'عاشورای حسینی', nameEn: 'Ashura' },
  { month: 2, day: 20, name: 'اربعین حسینی', nameEn: 'Arbaeen' },
  { month: 2, day: 28, name: 'رحلت رسول اکرم و شهادت امام حسن مجتبی', nameEn: 'Demise of the Prophet and martyrdom of Imam Hasan' },
  { month: 3, day: 0, name: 'شهادت امام رضا', nameEn: 'Martyrdom of Imam Reza' },
  { month: 3, day: 8, name: 'شهادت امام حسن عسکری', nameEn: 'Martyrdom of Imam Hasan Askari' },
  { month: 3, day: 17, name: 'میلاد رسول اکرم و امام جعفر صادق', nameEn: 'Birth of the Prophet and Imam Sadiq' },
  { month: 6, day: 3, name: 'شهادت حضرت فاطمه زهرا', nameEn: 'Martyrdom of Fatima' },
  { month: 7, day: 13, name: 'ولادت امام علی', nameEn: 'Birth of Imam Ali' },
  { month: 7, day: 27, name: 'مبعث رسول اکرم', nameEn: 'Mabath' },
  { month: 8, day: 15, name: 'ولادت حضرت قائم', nameEn: 'Birth of Imam Mahdi' },
  { month: 9, day: 21, name: 'شهادت امام علی', nameEn: 'Martyrdom of Imam Ali' },
  { month: 10, day: 1, name: 'عید سعید فطر', nameEn: 'Eid al-Fitr' },
  { month: 10, day: 2, name: 'تعطیل به مناسبت عید سعید فطر', nameEn: 'Eid al-Fitr holiday' },
  { month: 10, day: 25, name: 'شهادت امام جعفر صادق', nameEn: 'Martyrdom of Imam Sadiq' },
  { month: 12, day: 10, name: 'عید سعید قربان', nameEn: 'Eid al-Adha' },
  { month: 12, day: 18, name: 'عید سعید غدیر خم', nameEn: 'Eid al-Ghadir' },
];

export interface SuggestedHoliday {
  /** Jalali 'YYYY-MM-DD', the key the office calendar uses. */
  date: string;
  name: string;
  nameEn: string;
}

let hijriFormat: Intl.DateTimeFormat | undefined;

/** Hijri month and day of a Gregorian calendar day (Umm al-Qura; tabular where a runtime lacks it). */
function hijriOf(year: number, month: number, day: number): { month: number; day: number } {
  hijriFormat ??= (() => {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    return f.resolvedOptions().calendar === 'islamic-umalqura' ? f : new Intl.DateTimeFormat('en-u-ca-islamic-civil', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  })();
  const parts = hijriFormat.formatToParts(new Date(Date.UTC(year, month - 1, day, 12)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { month: get('month'), day: get('day') };
}

/** The lunar holidays falling in a Jalali year, in date order: suggestions for the admin to confirm. */
export function suggestLunarHolidays(jalaliYear: number): SuggestedHoliday[] {
  const out: SuggestedHoliday[] = [];
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= jalaliMonthLength(jalaliYear, month); day++) {
      const j: JalaliDate = { year: jalaliYear, month, day };
      const g = jalaliToGregorian(j);
      const h = hijriOf(g.year, g.month, g.day);
      const next = new Date(Date.UTC(g.year, g.month - 1, g.day + 1, 12));
      const tomorrow = hijriOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
      for (const holiday of LUNAR_HOLIDAYS) {
        const match = holiday.day === 0 ? tomorrow.month === holiday.month && tomorrow.day === 1 : h.month === holiday.month && h.day === holiday.day;
        if (match) out.push({ date: jalaliKey(j), name: holiday.name, nameEn: holiday.nameEn });
      }
    }
  }
  return out;
}
