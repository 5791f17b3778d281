// A chart of the offices side by side (central/src/reports/compare-offices.ts tables):
// a summary measure across the offices, or, for a table by service or hour, the
// offices' bars for each row. The total is in the table, not the chart (it would
// dwarf the offices).
import type { ReportChart, ReportTable } from '@desk/common';

/** The value columns of one measure: `${value}.${officeId}` for each office (and `.total`). */
function officeColumns(table: ReportTable, value: string): { index: number; officeId: string; title: string }[] {
  return table.columns.flatMap((c, index) => {
    if (!c.key.startsWith(`${value}.`) || c.key === `${value}.total`) return [];
    return [{ index, officeId: c.key.slice(value.length + 1), title: c.title.split(' — ').pop() ?? c.title }];
  });
}

/** The value keys of a side-by-side table, in order ('value' for a summary). */
export function valueKeys(table: ReportTable): string[] {
  const keys: string[] = [];
  for (const c of table.columns) {
    const dot = c.key.indexOf('.');
    if (dot > 0 && c.key.endsWith('.total') === false && !keys.includes(c.key.slice(0, dot))) keys.push(c.key.slice(0, dot));
  }
  return keys;
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** A summary measure (row `row` of a measure table) across the offices. */
export function measureChart(table: ReportTable, row: number): ReportChart | undefined {
  const r = table.rows[row];
  const columns = officeColumns(table, 'value');
  if (!r || columns.length === 0) return undefined;
  const label = String(r[0] ?? '');
  return {
    id: `${table.id}.chart`,
    title: label,
    titleEn: label,
    kind: 'bar',
    x: columns.map((c) => c.title),
    xEn: columns.map((c) => c.title),
    series: [{ key: 'value', title: label, titleEn: label, values: columns.map((c) => num(r[c.index])) }],
  };
}

/** For each row (a service, an hour…), one bar per office of one value; at most `limit` rows, the largest. */
export function rowsChart(table: ReportTable, value: string, limit = 12): ReportChart | undefined {
  const columns = officeColumns(table, value);
  if (columns.length === 0 || table.rows.length === 0) return undefined;
  const sum = (r: ReportTable['rows'][number]) => columns.reduce((n, c) => n + (num(r[c.index]) ?? 0), 0);
  const rows = [...table.rows].sort((a, b) => sum(b) - sum(a)).slice(0, limit);
  const title = table.columns[columns[0]!.index]!.title.split(' — ')[0] ?? value;
  const labels = rows.map((r) => String(r[0] ?? ''));
  return {
    id: `${table.id}.chart`,
    title: `${title} به تفکیک اداره`,
    titleEn: `${value} by office`,
    kind: 'bar',
    x: labels,
    xEn: labels,
    series: columns.map((c) => ({ key: c.officeId, title: c.title, titleEn: c.title, values: rows.map((r) => num(r[c.index])) })),
  };
}
