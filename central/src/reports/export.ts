// A central report's files, made from the same result the screen shows: the workbook of
// the offices side by side and the total (a first sheet saying what it covers), one
// office's workbook exactly as the office exports it, or any one table as CSV.
import { formatDateTime } from '../../../common/src/reports/calendar';
import type { ReportTable } from '../../../common/src/reports/types';
import { reportTables, reportXlsx } from '../../../server/src/reports/export';
import { toXlsx } from '../../../server/src/reports/xlsx';
import type { CentralReportResult } from './types';

/** Which part of the result: the comparison and the total (undefined), or one office (its id). */
export type ExportPart = string | undefined;

const totalTable = (t: ReportTable): ReportTable => ({ ...t, id: `total.${t.id}`, title: `${t.title} (جمع ادارات)`, titleEn: `${t.titleEn} (all offices)` });

/** The tables of a part, in the order they are exported; undefined when there is no such office. */
export function partTables(result: CentralReportResult, part: ExportPart): ReportTable[] | undefined {
  if (part === undefined) return [...result.comparison, ...(result.total ? reportTables(result.total).map(totalTable) : [])];
  const office = result.offices.find((o) => o.office.id === part);
  return office ? reportTables(office.result) : undefined;
}

export function centralAbout(result: CentralReportResult): [string, string][] {
  const f = result.request.offices;
  const rows: [string, string][] = [['دوره', result.period.label]];
  if (result.compare) rows.push(['دورهٔ مقایسه', result.compare.label]);
  if (f.province) rows.push(['استان', f.province]);
  if (f.agency) rows.push(['دستگاه', f.agency]);
  rows.push(['ادارات', result.offices.map((o) => o.office.name).join('، ')]);
  if (result.droppedMonths.length) rows.push(['بدون رویداد (نگهداری)', result.droppedMonths.map((m) => m.slice(0, 7)).join('، ')]);
  rows.push(['تهیه‌شده در', formatDateTime(Date.parse(result.generatedAt), 'fa')]);
  return rows;
}

/** The workbook of a part; undefined when there is no such office. */
export async function centralXlsx(result: CentralReportResult, part: ExportPart): Promise<Buffer | undefined> {
  if (part !== undefined) {
    const office = result.offices.find((o) => o.office.id === part);
    return office ? reportXlsx(office.result) : undefined;
  }
  return toXlsx(partTables(result, undefined)!, { about: centralAbout(result) });
}
