// Two periods side by side: for each row (a service, a counter, a measure…) the value
// in each period and the change. Pure, so the counter app can also compare two results
// it already holds.
import type { ReportColumn, ReportTable } from './types';

export interface CompareSpec {
  /** Columns that identify a row in both periods. */
  keys: string[];
  /** Columns shown once, from whichever period has the row. */
  labels: string[];
  /** Numeric columns shown for both periods, with the change. */
  values: string[];
}

/** Which tables are compared, and on what. */
export const COMPARE_SPECS: Record<string, CompareSpec> = {
  'queue.summary': { keys: ['measure'], labels: ['measure'], values: ['value'] },
  'queue.byService': { keys: ['serviceId'], labels: ['service'], values: ['issued', 'served', 'noShow', 'waitMean', 'waitP90', 'serviceMean'] },
  'queue.byCounter': { keys: ['counterId'], labels: ['counter'], values: ['calls', 'served', 'waitMean', 'serviceMean'] },
  'queue.byClerk': { keys: ['clerkId'], labels: ['clerk'], values: ['calls', 'served', 'serviceMean'] },
  'queue.byHour': { keys: ['hour'], labels: ['hour'], values: ['total', 'perDay', 'waitMean'] },
  'edesk.summary': { keys: ['measure'], labels: ['measure'], values: ['value'] },
  'edesk.byService': { keys: ['serviceId'], labels: ['service'], values: ['accepted', 'answered', 'responseMean', 'onTimeShare'] },
  'edesk.byChannel': { keys: ['channel'], labels: ['channel'], values: ['accepted', 'answered', 'responseMean', 'onTimeShare'] },
  'edesk.steps': { keys: ['service', 'step', 'unit'], labels: ['service', 'step', 'stepTitle', 'unit'], values: ['finished', 'actualMean', 'breachShare'] },
  'edesk.survey': { keys: ['axis', 'question'], labels: ['axis', 'question'], values: ['mean', 'satisfied'] },
};

/** (a − b) / b as a percentage with one decimal; null when there is nothing to compare with. */
export function changePercent(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return Math.round(((a - b) / Math.abs(b)) * 1000) / 10;
}

/** Table `a` (this period) beside table `b` (the period compared with). */
export function sideBySide(a: ReportTable, b: ReportTable, spec: CompareSpec, periods: { a: string; aEn: string; b: string; bEn: string }): ReportTable {
  const index = (t: ReportTable, key: string) => t.columns.findIndex((c) => c.key === key);
  const keyOf = (t: ReportTable, row: ReportTable['rows'][number]) => JSON.stringify(spec.keys.map((k) => row[index(t, k)] ?? null));
  const rowsB = new Map(b.rows.map((r) => [keyOf(b, r), r]));
  const keysA = new Set(a.rows.map((r) => keyOf(a, r)));
  const pairs = [...a.rows.map((r) => [r, rowsB.get(keyOf(a, r))] as const), ...b.rows.filter((r) => !keysA.has(keyOf(b, r))).map((r) => [undefined, r] as const)];
  const labelColumns = spec.labels.map((k) => a.columns[index(a, k)]!).filter(Boolean);
  const columns: ReportColumn[] = [...labelColumns];
  for (const key of spec.values) {
    const c = a.columns[index(a, key)];
    if (!c) continue;
    columns.push(
      { key: `${key}.a`, title: `${c.title} — ${periods.a}`, titleEn: `${c.titleEn} — ${periods.aEn}`, type: c.type },
      { key: `${key}.b`, title: `${c.title} — ${periods.b}`, titleEn: `${c.titleEn} — ${periods.bEn}`, type: c.type },
      { key: `${key}.change`, title: `تغییر ${c.title} (٪)`, titleEn: `Change in ${c.titleEn} (%)`, type: 'percent' },
    );
  }
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const rows = pairs.map(([ra, rb]) => {
    const cells: ReportTable['rows'][number] = labelColumns.map((c) => (ra ? ra[index(a, c.key)] : rb![index(b, c.key)]) ?? null);
    for (const key of spec.values) {
      const ia = index(a, key);
      if (ia < 0) continue;
      const va = ra ? num(ra[ia]) : null;
      const vb = rb ? num(rb[index(b, key)]) : null;
      cells.push(va, vb, changePercent(va, vb));
    }
    return cells;
  });
  return {
    id: `compare.${a.id}`,
    title: `${a.title}: ${periods.a} در برابر ${periods.b}`,
    titleEn: `${a.titleEn}: ${periods.aEn} vs ${periods.bEn}`,
    columns,
    rows,
    note: 'تغییر = (این دوره − دورهٔ مقایسه) ÷ دورهٔ مقایسه.',
  };
}
