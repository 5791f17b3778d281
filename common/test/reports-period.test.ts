import { describe, expect, it } from 'vitest';
import { dayOfJalali, dayStartMs, formatDateTime, tehranClock, weekdayIndex } from '../src/reports/calendar';
import { daysOf, periodContaining, previousPeriod, resolvePeriod, samePeriodLastYear, type PeriodSpec } from '../src/reports/period';
import { cellText } from '../src/reports/format';
import { changePercent, sideBySide } from '../src/reports/compare';
import { parseCsv, toCsv } from '../src/reports/csv';
import { ReportRequestSchema, type ReportTable } from '../src/reports/types';

const range = (spec: PeriodSpec) => {
  const p = resolvePeriod(spec);
  return [p.fromDay, p.toDay, p.days];
};

describe('a manager picks a period in the Jalali calendar', () => {
  it('a month is its Jalali days, labelled «آبان ۱۴۰۵»', () => {
    expect(range({ kind: 'month', year: 1405, month: 8 })).toEqual(['2026-10-23', '2026-11-21', 30]);
    expect(resolvePeriod({ kind: 'month', year: 1405, month: 8 }).label).toBe('آبان ۱۴۰۵');
    expect(resolvePeriod({ kind: 'month', year: 1405, month: 8 }).labelEn).toBe('Aban 1405');
  });

  it('a quarter is a season: the third of 1405 is Mehr to Azar', () => {
    const p = resolvePeriod({ kind: 'quarter', year: 1405, quarter: 3 });
    expect([p.fromDay, p.toDay, p.days]).toEqual(['2026-09-23', '2026-12-21', 90]);
    expect(p.label).toBe('فصل سوم ۱۴۰۵');
  });

  it('a week runs Saturday to Friday, even across Nowruz', () => {
    // 2 Farvardin 1405 is a Sunday: its week starts on Saturday 1 Farvardin
    const p = resolvePeriod({ kind: 'week', date: { year: 1405, month: 1, day: 2 } });
    expect([p.fromDay, p.toDay]).toEqual(['2026-03-21', '2026-03-27']);
    expect(weekdayIndex(p.fromDay)).toBe(0);
    expect(p.label).toBe('هفتهٔ ۱ تا ۷ فروردین ۱۴۰۵');
    // the week before crosses into the old year
    const before = resolvePeriod(previousPeriod(p.spec));
    expect([before.fromDay, before.toDay]).toEqual(['2026-03-14', '2026-03-20']);
    expect(before.label).toBe('هفتهٔ ۲۳ تا ۲۹ اسفند ۱۴۰۴');
  });

  it('a week across two months and a custom range across the year say so', () => {
    expect(resolvePeriod({ kind: 'week', date: { year: 1405, month: 8, day: 1 } }).label).toBe('هفتهٔ ۲۵ مهر تا ۱ آبان ۱۴۰۵');
    const custom = resolvePeriod({ kind: 'custom', from: { year: 1404, month: 12, day: 20 }, to: { year: 1405, month: 1, day: 10 } });
    expect([custom.fromDay, custom.toDay, custom.days]).toEqual(['2026-03-11', '2026-03-30', 20]);
    expect(custom.label).toBe('۲۰ اسفند ۱۴۰۴ تا ۱۰ فروردین ۱۴۰۵');
  });

  it('the Jalali year ends on Esfand 29 or 30 as the leap rule says', () => {
    expect(dayOfJalali({ year: 1405, month: 1, day: 1 })).toBe('2026-03-21');
    expect(range({ kind: 'year', year: 1404 })).toEqual(['2025-03-21', '2026-03-20', 365]);
    expect(range({ kind: 'year', year: 1403 })).toEqual(['2024-03-20', '2025-03-20', 366]);
    expect(() => resolvePeriod({ kind: 'day', date: { year: 1404, month: 12, day: 30 } })).toThrow(RangeError);
    // the same day last year: Esfand 30 of a leap year becomes Esfand 29
    expect(samePeriodLastYear({ kind: 'day', date: { year: 1404, month: 12, day: 30 } })).toEqual({ kind: 'day', date: { year: 1403, month: 12, day: 30 } });
    expect(samePeriodLastYear({ kind: 'day', date: { year: 1403, month: 12, day: 30 } })).toEqual({ kind: 'day', date: { year: 1402, month: 12, day: 29 } });
  });

  it('the period to compare with is the one just before, of the same length', () => {
    expect(previousPeriod({ kind: 'month', year: 1405, month: 1 })).toEqual({ kind: 'month', year: 1404, month: 12 });
    expect(previousPeriod({ kind: 'quarter', year: 1405, quarter: 1 })).toEqual({ kind: 'quarter', year: 1404, quarter: 4 });
    const prev = resolvePeriod(previousPeriod({ kind: 'custom', from: { year: 1405, month: 1, day: 1 }, to: { year: 1405, month: 1, day: 10 } }));
    expect([prev.fromDay, prev.toDay, prev.days]).toEqual(['2026-03-11', '2026-03-20', 10]);
  });

  it('«this month» at ten past midnight in Tehran on Nowruz is Farvardin, although it is still 20 March in UTC', () => {
    expect(periodContaining('month', '2026-03-20T20:40:00Z')).toEqual({ kind: 'month', year: 1405, month: 1 });
    expect(periodContaining('month', '2026-03-20T20:20:00Z')).toEqual({ kind: 'month', year: 1404, month: 12 });
    expect(periodContaining('quarter', '2026-03-20T20:40:00Z')).toEqual({ kind: 'quarter', year: 1405, quarter: 1 });
    expect(daysOf(resolvePeriod({ kind: 'week', date: { year: 1405, month: 1, day: 1 } }))).toHaveLength(7);
  });
});

describe('Tehran wall clock', () => {
  it('knows the old summer time: 12:00 UTC was 16:30 in Tehran in June 2021, 15:30 in June 2026', () => {
    expect(tehranClock(Date.parse('2021-06-01T12:00:00Z'))).toMatchObject({ day: '2021-06-01', hour: 16, minute: 30 });
    expect(tehranClock(Date.parse('2026-06-01T12:00:00Z'))).toMatchObject({ day: '2026-06-01', hour: 15, minute: 30 });
    expect(new Date(dayStartMs('2021-06-01')).toISOString()).toBe('2021-05-31T19:30:00.000Z');
    expect(new Date(dayStartMs('2026-03-21')).toISOString()).toBe('2026-03-20T20:30:00.000Z');
  });

  it('writes dates in Jalali with Persian digits', () => {
    expect(formatDateTime(Date.parse('2026-03-20T20:40:05Z'))).toBe('۱۴۰۵/۰۱/۰۱ ۰۰:۱۰:۰۵');
    expect(cellText('2026-11-03', 'day')).toBe('۱۴۰۵/۰۸/۱۲');
    expect(cellText(12.5, 'percent')).toBe('۱۲٫۵٪');
    expect(cellText(12.5, 'percent', 'en')).toBe('12.5%');
    expect(cellText(1793687400000, 'time')).toBe('۱۰:۰۰:۰۰');
  });
});

describe('the request', () => {
  it('fills defaults and refuses what cannot be', () => {
    const r = ReportRequestSchema.parse({ period: { kind: 'month', year: 1405, month: 8 } });
    expect(r.place).toEqual({ kind: 'office' });
    expect(r.longestWaits).toBe(20);
    expect(ReportRequestSchema.safeParse({ period: { kind: 'quarter', year: 1405, quarter: 5 } }).success).toBe(false);
    expect(ReportRequestSchema.safeParse({ period: { kind: 'month', year: 1405, month: 8 }, sections: ['queue.nope'] }).success).toBe(false);
  });
});

const table = (rows: ReportTable['rows']): ReportTable => ({
  id: 'queue.byService',
  title: 'صف به تفکیک خدمت',
  titleEn: 'Queue by service',
  columns: [
    { key: 'serviceId', title: 'شناسه', titleEn: 'Id', type: 'text' },
    { key: 'service', title: 'خدمت', titleEn: 'Service', type: 'text' },
    { key: 'issued', title: 'صادرشده', titleEn: 'Issued', type: 'integer' },
    { key: 'waitMean', title: 'میانگین انتظار', titleEn: 'Mean wait', type: 'minutes' },
  ],
  rows,
});

describe('two periods side by side', () => {
  it('joins rows by key, keeps rows found in only one period, and gives the change', () => {
    const a = table([
      ['s01', 'الف', 10, 5],
      ['s02', 'ب', 4, null],
    ]);
    const b = table([
      ['s01', 'الف', 8, 4],
      ['s03', 'ج', 2, 1],
    ]);
    const t = sideBySide(a, b, { keys: ['serviceId'], labels: ['service'], values: ['issued', 'waitMean'] }, { a: 'آبان', aEn: 'Aban', b: 'مهر', bEn: 'Mehr' });
    expect(t.columns.map((c) => c.key)).toEqual(['service', 'issued.a', 'issued.b', 'issued.change', 'waitMean.a', 'waitMean.b', 'waitMean.change']);
    expect(t.rows).toEqual([
      ['الف', 10, 8, 25, 5, 4, 25],
      ['ب', 4, null, null, null, null, null],
      ['ج', null, 2, null, null, 1, null],
    ]);
    expect(changePercent(3, 0)).toBeNull();
    expect(changePercent(1, 3)).toBe(-66.7);
  });
});

describe('CSV', () => {
  it('has a BOM, CRLF lines, Persian headers, numbers as numbers, Jalali dates, and reads back', () => {
    const t: ReportTable = {
      ...table([
        ['s01', 'خدمت، با ویرگول و "نقل‌قول"', 10, 5.25],
        ['s02', '=HYPERLINK("x")', 0, null],
      ]),
      columns: [...table([]).columns.slice(0, 3), { key: 'day', title: 'تاریخ', titleEn: 'Date', type: 'day' }],
    };
    t.rows = [
      ['s01', 'خدمت، با ویرگول و "نقل‌قول"', 10, '2026-11-03'],
      ['s02', '=HYPERLINK("x")', 0, null],
    ];
    const csv = toCsv(t);
    expect(csv.startsWith('\uFEFFشناسه,خدمت,صادرشده,تاریخ\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['شناسه', 'خدمت', 'صادرشده', 'تاریخ'],
      ['s01', 'خدمت، با ویرگول و "نقل‌قول"', '10', '۱۴۰۵/۰۸/۱۲'],
      ['s02', `'=HYPERLINK("x")`, '0', ''],
    ]);
  });
});
