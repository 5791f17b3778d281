import { describe, it, expect } from 'vitest';
import {
  FIXED_SOLAR_HOLIDAYS,
  isHoliday,
  isWorkingDay,
  jalaliToGregorian,
  gregorianToJalali,
  isJalaliLeapYear,
  officeCalendar,
  promisedResponseAt,
  stepDueAt,
  timeLeft,
  workingMinutesBetween,
  type AgreedTime,
  type OpeningHours,
} from '../src/index';

// Saturday–Wednesday 07:30–14:30, Thursday 07:30–12:30, Friday off (Tehran = UTC+03:30)
const hours: OpeningHours = {
  sat: { open: '07:30', close: '14:30' },
  sun: { open: '07:30', close: '14:30' },
  mon: { open: '07:30', close: '14:30' },
  tue: { open: '07:30', close: '14:30' },
  wed: { open: '07:30', close: '14:30' },
  thu: { open: '07:30', close: '12:30' },
  fri: null,
};
const calendar = officeCalendar(hours);
const thursdaysOff = officeCalendar({ ...hours, thu: null });
const workingDays = (amount: number): AgreedTime => ({ amount, unit: 'workingDays' });
const workingHours = (amount: number): AgreedTime => ({ amount, unit: 'workingHours' });

describe('the office calendar', () => {
  it('ships the fixed solar holidays, Nowruz included', () => {
    expect(FIXED_SOLAR_HOLIDAYS.map((h) => h.monthDay)).toEqual(['01-01', '01-02', '01-03', '01-04', '01-12', '01-13', '03-14', '03-15', '11-22', '12-29']);
  });

  it('converts Jalali dates both ways, with Esfand 30 only in leap years', () => {
    expect(jalaliToGregorian({ year: 1405, month: 1, day: 1 })).toEqual({ year: 2026, month: 3, day: 21 });
    expect(gregorianToJalali({ year: 2026, month: 11, day: 23 })).toEqual({ year: 1405, month: 9, day: 2 });
    expect(isJalaliLeapYear(1403)).toBe(true);
    expect(isJalaliLeapYear(1404)).toBe(false);
  });

  it('a step of two working days started on Wednesday skips Friday (and Thursday when the office is closed then)', () => {
    const wednesday10 = '2026-11-25T06:30:00.000Z'; // Wednesday 10:00 Tehran
    expect(stepDueAt(wednesday10, workingDays(2), calendar)).toBe('2026-11-28T11:00:00.000Z'); // Saturday 14:30 (Thursday counted)
    expect(stepDueAt(wednesday10, workingDays(2), thursdaysOff)).toBe('2026-11-29T11:00:00.000Z'); // Sunday 14:30
  });

  it('working hours run through Thursday morning or wait for Saturday', () => {
    const wednesday1330 = '2026-11-25T10:00:00.000Z';
    expect(stepDueAt(wednesday1330, workingHours(4), calendar)).toBe('2026-11-26T07:00:00.000Z'); // 1 h Wed + 3 h Thu → Thu 10:30
    expect(stepDueAt(wednesday1330, workingHours(4), thursdaysOff)).toBe('2026-11-28T07:00:00.000Z'); // Sat 10:30
  });

  it('skips an official holiday (22 Bahman) and any extra date the admin adds', () => {
    const tuesday10 = '2026-02-10T06:30:00.000Z'; // 1404/11/21; Wednesday the 11th is 22 Bahman
    expect(isHoliday(calendar, '2026-02-11T08:00:00Z')).toBe(true);
    expect(stepDueAt(tuesday10, workingDays(1), calendar)).toBe('2026-02-12T09:00:00.000Z'); // Thursday 12:30
    const withLunarHoliday = officeCalendar(hours, ['1404-11-23']);
    expect(stepDueAt(tuesday10, workingDays(1), withLunarHoliday)).toBe('2026-02-14T11:00:00.000Z'); // Saturday 14:30
  });

  it('skips the Nowruz holidays and the last day of Esfand', () => {
    const wednesday = '2026-03-18T06:30:00.000Z'; // 1404/12/27
    // Thursday 28 Esfand counts; Fri 29 Esfand, 1–4 Farvardin are closed; then Wed 5 and Thu 6 Farvardin
    expect(stepDueAt(wednesday, workingDays(3), calendar)).toBe('2026-03-26T09:00:00.000Z');
    expect(stepDueAt(wednesday, workingDays(3), thursdaysOff)).toBe('2026-03-29T11:00:00.000Z');
  });

  it('decides the day in Tehran, not in UTC, around midnight', () => {
    // 23:50 and 00:10 in Tehran on the night from 4 to 5 Farvardin: both still 24 March in UTC
    expect(isHoliday(calendar, '2026-03-24T20:20:00Z')).toBe(true);
    expect(isHoliday(calendar, '2026-03-24T20:40:00Z')).toBe(false);
    // 00:10 Saturday in Tehran is Friday evening in UTC: a working day all the same
    expect(isWorkingDay(calendar, '2026-11-27T20:40:00Z')).toBe(true);
    expect(stepDueAt('2026-11-27T20:40:00.000Z', workingDays(1), calendar)).toBe('2026-11-28T11:00:00.000Z'); // Saturday counts in full
    expect(stepDueAt('2026-11-27T20:20:00.000Z', workingDays(1), calendar)).toBe('2026-11-28T11:00:00.000Z'); // Friday 23:50 → Saturday
    expect(stepDueAt('2026-11-27T20:40:00.000Z', workingHours(1), calendar)).toBe('2026-11-28T05:00:00.000Z'); // Saturday 08:30
  });

  it('promises the response after every step, one after another', () => {
    const accepted = '2026-11-23T06:30:00.000Z'; // Monday 10:00
    const times = [workingDays(2), workingDays(3), workingHours(4)];
    // Tue, Wed → Wed 14:30; Thu, Sat, Sun → Sun 14:30; 4 h → Mon 11:30
    expect(promisedResponseAt(accepted, times, calendar)).toBe('2026-11-30T08:00:00.000Z');
  });

  it('counts the working time left and how late a step is', () => {
    const due = '2026-11-28T11:00:00.000Z'; // Saturday 14:30
    expect(workingMinutesBetween('2026-11-25T06:30:00.000Z', due, calendar)).toBe(270 + 300 + 420);
    expect(timeLeft('2026-11-25T06:30:00.000Z', due, calendar)).toEqual({ overdue: false, workingMinutes: 990 });
    expect(timeLeft('2026-11-29T05:00:00.000Z', due, calendar)).toEqual({ overdue: true, workingMinutes: 60 }); // Sunday 08:30
  });
});
