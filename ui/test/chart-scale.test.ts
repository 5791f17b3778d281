// The chart helpers' arithmetic: the ticks a value axis shows, and the point a chart's
// spoken description names (the first highest; gaps are not zero).
import { describe, it, expect } from 'vitest';
import { niceTicks, peakIndex } from '../src/reports/charts/scale';

describe('chart scale', () => {
  it('names the first highest point of a series, and none when it has no value', () => {
    expect(peakIndex([3, null, 9, 9, 1])).toBe(2);
    expect(peakIndex([null, 0, null])).toBe(1);
    expect(peakIndex([null, null])).toBe(-1);
    expect(peakIndex([])).toBe(-1);
  });

  it('ends the value axis at or above the largest value', () => {
    const ticks = niceTicks(87);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(87);
  });
});
