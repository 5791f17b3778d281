// Suggested lunar holidays for a Jalali year, from the Umm al-Qura calendar: every
// official lunar holiday once (or twice when the lunar year fits twice), on dates that
// match the published Hijri dates of the year, in date order.
import { describe, it, expect } from 'vitest';
import { LUNAR_HOLIDAYS, suggestLunarHolidays } from '../src/cases/lunar-holidays';
import { jalaliToGregorian } from '../src/cases/jalali';

describe('suggested lunar holidays', () => {
  it('gives each official lunar holiday in the year, in date order', () => {
    const list = suggestLunarHolidays(1405);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    for (const h of LUNAR_HOLIDAYS) expect(list.some((s) => s.name === h.name), h.nameEn).toBe(true);
    // a lunar year is 354 days: what falls in the first days of the solar year comes again at its end
    expect(list.filter((h) => h.nameEn === 'Eid al-Fitr holiday').map((h) => h.date)).toEqual(['1405-01-01', '1405-12-19']);
  });

  it('puts them on the days the Hijri calendar gives', () => {
    const y1405 = suggestLunarHolidays(1405);
    const on = (nameEn: string) => y1405.filter((h) => h.nameEn === nameEn).map((h) => h.date);
    // 10 Dhu al-Hijjah 1447 = 27 May 2026 = 6 Khordad 1405
    expect(on('Eid al-Adha')).toEqual(['1405-03-06']);
    expect(jalaliToGregorian({ year: 1405, month: 3, day: 6 })).toEqual({ year: 2026, month: 5, day: 27 });
    // Ghadir is eight days after it
    expect(on('Eid al-Ghadir')).toEqual(['1405-03-14']);
    // Imam Reza: the last day of Safar, the day before the Prophet's… 8 days before Hasan Askari (8 Rabi I)
    const reza = on('Martyrdom of Imam Reza')[0]!;
    const askari = on('Martyrdom of Imam Hasan Askari')[0]!;
    const g = (d: string) => {
      const [year, month, day] = d.split('-').map(Number) as [number, number, number];
      const x = jalaliToGregorian({ year, month, day });
      return Date.UTC(x.year, x.month - 1, x.day);
    };
    expect((g(askari) - g(reza)) / 86_400_000).toBe(8);
    // 3 Jumada II 1447 = 24 November 2025 = 3 Azar 1404 (as Iran's official calendar has it)
    expect(suggestLunarHolidays(1404).find((h) => h.nameEn === 'Martyrdom of Fatima')!.date).toBe('1404-09-03');
  });
});
