// Offices side by side: for each row of a comparable table (a measure, a service, an
// hour…, keyed as common/src/reports/compare.ts keys them for two periods) the value
// at each office, and the total of all of them together. Pure.
import { COMPARE_SPECS, type CompareSpec } from '../../../common/src/reports/compare';
import type { Cell, ReportColumn, ReportResult, ReportTable } from '../../../common/src/reports/types';

/** One column group: an office's table, or the total's. */
export interface SideBySidePart {
  key: string;
  label: string;
  table: ReportTable;
}

/**
 * Tables compared between offices. Counters and clerks are the office's own (every
 * office has a «باجهٔ ۱»): they are compared within an office, not across offices.
 */
export const OFFICE_COMPARE_SPECS: Record<string, CompareSpec> = Object.fromEntries(
  Object.entries(COMPARE_SPECS).filter(([id]) => id !== 'queue.byCounter' && id !== 'queue.byClerk'),
);

/** The rows of several offices' tables (and the total's) on one table, the offices' values side by side. */
export function officesSideBySide(parts: readonly SideBySidePart[], spec: CompareSpec): ReportTable {
  const first = parts[0]!.table;
  const index = (t: ReportTable, key: string) => t.columns.findIndex((c) => c.key === key);
  const keyOf = (t: ReportTable, row: Cell[]) => JSON.stringify(spec.keys.map((k) => row[index(t, k)] ?? null));
  // every row any part has, in the order they first appear
  const rows = new Map<string, Cell[]>();
  const byPart = parts.map((p) => new Map(p.table.rows.map((r) => [keyOf(p.table, r), r])));
  parts.forEach((p, i) => {
    for (const [key, row] of byPart[i]!) if (!rows.has(key)) rows.set(key, spec.labels.map((l) => row[index(p.table, l)] ?? null));
  });
  const labelColumns = spec.labels.map((k) => first.columns[index(first, k)]).filter((c): c is ReportColumn => !!c);
  const columns: ReportColumn[] = [...labelColumns];
  const values = spec.values.filter((v) => index(first, v) >= 0);
  for (const key of values) {
    const c = first.columns[index(first, key)]!;
    for (const p of parts) columns.push({ key: `${key}.${p.key}`, title: `${c.title} — ${p.label}`, titleEn: `${c.titleEn} — ${p.label}`, type: c.type });
  }
  return {
    id: `offices.${first.id}`,
    title: `${first.title}: ادارات در کنار هم`,
    titleEn: `${first.titleEn}: offices side by side`,
    columns,
    rows: [...rows].map(([key, labels]) => [
      ...labels,
      ...values.flatMap((v) =>
        parts.map((p, i) => {
          const row = byPart[i]!.get(key);
          const cell = row ? row[index(p.table, v)] : null;
          return typeof cell === 'number' ? cell : null;
        }),
      ),
    ]),
    note: 'هر ستون یک اداره؛ «جمع» همهٔ ادارات انتخاب‌شده با هم است (میانگین‌ها و صدک‌ها از همهٔ نوبت‌ها، نه میانگینِ میانگین‌ها).',
  };
}

/** Every comparable table of the offices' reports, side by side with the total's. */
export function compareOffices(offices: readonly { id: string; name: string; result: ReportResult }[], total: ReportResult | null): ReportTable[] {
  const out: ReportTable[] = [];
  for (const [id, spec] of Object.entries(OFFICE_COMPARE_SPECS)) {
    const parts: SideBySidePart[] = offices.flatMap((o) => {
      const table = o.result.tables.find((t) => t.id === id);
      return table ? [{ key: o.id, label: o.name, table }] : [];
    });
    if (parts.length === 0) continue;
    const totalTable = total?.tables.find((t) => t.id === id);
    if (totalTable) parts.push({ key: 'total', label: 'جمع', table: totalTable });
    out.push(officesSideBySide(parts, spec));
  }
  return out;
}
