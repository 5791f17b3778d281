import { describe, it, expect } from 'vitest';
import { formatOpeningHours, isOpenAt, type OpeningHours } from '../src/index';

const hours: OpeningHours = {
  sat: { open: '07:30', close: '14:30' },
  sun: { open: '07:30', close: '14:30' },
  mon: { open: '07:30', close: '14:30' },
  tue: { open: '07:30', close: '14:30' },
  wed: { open: '07:30', close: '14:30' },
  thu: { open: '07:30', close: '12:30' },
  fri: null,
};

describe('opening hours', () => {
  it('read as a person says them, Saturday first, Friday left out', () => {
    expect(formatOpeningHours(hours)).toBe('شنبه تا چهارشنبه ۰۷:۳۰ تا ۱۴:۳۰؛ پنجشنبه ۰۷:۳۰ تا ۱۲:۳۰');
    expect(formatOpeningHours(hours, 'en')).toBe('Saturday–Wednesday 07:30–14:30; Thursday 07:30–12:30');
  });

  it('are checked in Tehran time', () => {
    expect(isOpenAt(hours, '2026-11-23T04:00:00Z')).toBe(true); // Monday 07:30 Tehran
    expect(isOpenAt(hours, '2026-11-23T03:59:00Z')).toBe(false); // 07:29
    expect(isOpenAt(hours, '2026-11-23T11:00:00Z')).toBe(false); // 14:30
    expect(isOpenAt(hours, '2026-11-27T06:00:00Z')).toBe(false); // Friday
    expect(isOpenAt(hours, '2026-11-26T08:30:00Z')).toBe(true); // Thursday 12:00
    expect(isOpenAt(hours, '2026-11-26T09:00:00Z')).toBe(false); // Thursday 12:30
  });
});
