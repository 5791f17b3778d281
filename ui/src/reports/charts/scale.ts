// Chart arithmetic, pure: round axis steps, the series colours, the heat-map's colour
// ramp, and how a chart is split when its series are in different units.
import type { ReportChart, ReportTable } from '@desk/common';

/** 0 … a round maximum ≥ max, in about `count` round steps (1, 2, 2.5 or 5 × 10ⁿ). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // whole numbers of tickets never get fractional steps
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * power).filter((s) => !Number.isInteger(max) || Number.isInteger(s));
  const step = steps.find((s) => s >= raw) ?? 10 * power;
  const whole = Number.isInteger(max) ? Math.max(1, step) : step;
  const ticks: number[] = [];
  for (let v = 0; v < max + whole / 2; v += whole) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + whole);
  return ticks;
}

/**
 * Series colours: blue, orange, teal, purple — told apart by people with the common
 * colour-vision deficiencies, each dark enough for white text and a white background.
 */
export const SERIES_COLOURS = ['#0b5cad', '#b95000', '#00796b', '#6a3d9a', '#8c564b'];

/** Heat-map ramp from almost white to deep blue; 0 is its own pale grey. */
export function heatColour(value: number | null, max: number): string {
  if (value === null || value <= 0 || max <= 0) return '#f1f3f5';
  const share = Math.min(1, value / max);
  // from #dceaf7 to #0b3d75
  const mix = (a: number, b: number) => Math.round(a + (b - a) * share);
  return `rgb(${mix(0xdc, 0x0b)} ${mix(0xea, 0x3d)} ${mix(0xf7, 0x75)})`;
}

/** Text on a heat-map cell: white on the dark half of the ramp. */
export function heatTextColour(value: number | null, max: number): string {
  return value !== null && max > 0 && value / max > 0.5 ? '#ffffff' : '#14202b';
}

/** Keeps a long label to `max` characters, with an ellipsis; the full one goes in a tooltip. */
export function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Series in different units do not share an axis: the queue's day-by-day chart draws
 * tickets in one chart and the mean wait (minutes) in another.
 */
const SPLITS: Record<string, { series: string[]; minutes?: boolean }[]> = {
  'queue.byDay': [{ series: ['issued', 'served'] }, { series: ['waitMean'], minutes: true }],
};

export interface ChartPart {
  chart: ReportChart;
  /** Values are minutes (the axis says so). */
  minutes: boolean;
}

export function splitChart(chart: ReportChart): ChartPart[] {
  const split = SPLITS[chart.id];
  if (!split) return [{ chart, minutes: false }];
  return split
    .map((part, i) => ({
      chart: { ...chart, id: i === 0 ? chart.id : `${chart.id}.${i}`, series: chart.series.filter((s) => part.series.includes(s.key)) },
      minutes: !!part.minutes,
    }))
    .filter((p) => p.chart.series.length > 0);
}

/**
 * A bar chart drawn from a table's columns, for figures the server gives as a table only
 * (calls and served per counter).
 */
export function chartFromTable(table: ReportTable, label: string, values: string[], title: { title: string; titleEn: string }): ReportChart | undefined {
  const at = (key: string) => table.columns.findIndex((c) => c.key === key);
  const li = at(label);
  const columns = values.map((key) => ({ key, i: at(key) })).filter((c) => c.i >= 0);
  if (li < 0 || columns.length === 0 || table.rows.length === 0) return undefined;
  const labels = table.rows.map((r) => String(r[li] ?? ''));
  return {
    id: `${table.id}.chart`,
    ...title,
    kind: 'bar',
    x: labels,
    xEn: labels,
    series: columns.map(({ key, i }) => ({
      key,
      title: table.columns[i]!.title,
      titleEn: table.columns[i]!.titleEn,
      values: table.rows.map((r) => (typeof r[i] === 'number' ? (r[i] as number) : null)),
    })),
  };
}

/** The largest value of a chart's series (0 when it has none). */
export function chartMax(chart: ReportChart): number {
  let max = 0;
  for (const s of chart.series) for (const v of s.values) if (v !== null && v > max) max = v;
  return max;
}

/** Where a series is highest (the first such point), or -1 when it has no value: what a chart's description names. */
export function peakIndex(values: readonly (number | null)[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > values[best]!)) best = i;
  });
  return best;
}
