// A whole report as one workbook: a first sheet saying what it is (office, period,
// place, when it was made), then every table, then the side-by-side comparison.
import { toPersianDigits, type Lang } from '@desk/common';
import { formatDateTime } from '../../../common/src/reports/calendar';
import type { ReportResult, ReportTable } from '../../../common/src/reports/types';
import { toXlsx, writeXlsx, type XlsxOptions } from './xlsx';
import type { ZipSink } from './zip';

/** The tables of a report in the order they are exported. */
export function reportTables(result: ReportResult): ReportTable[] {
  return [...result.tables, ...(result.comparison?.sideBySide ?? [])];
}

export function aboutRows(result: ReportResult, lang: Lang = 'fa'): [string, string][] {
  const fa = lang === 'fa';
  const rows: [string, string][] = [];
  if (result.office) rows.push([fa ? 'اداره' : 'Office', result.office.name]);
  rows.push([fa ? 'دوره' : 'Period', fa ? result.period.label : result.period.labelEn]);
  if (result.compare) rows.push([fa ? 'دورهٔ مقایسه' : 'Compared with', fa ? result.compare.label : result.compare.labelEn]);
  rows.push([fa ? 'محل' : 'Place', fa ? result.place.label : result.place.labelEn]);
  rows.push([fa ? 'تهیه‌شده در' : 'Generated at', formatDateTime(Date.parse(result.generatedAt), lang)]);
  const lines = fa ? toPersianDigits(result.stats.lines) : String(result.stats.lines);
  rows.push([fa ? 'رویدادهای خوانده‌شده' : 'Events read', lines]);
  return rows;
}

/** Stream the report's workbook to `sink`. */
export function writeReportXlsx(result: ReportResult, sink: ZipSink, options: Omit<XlsxOptions, 'about'> = {}): Promise<void> {
  return writeXlsx(reportTables(result), sink, { ...options, about: aboutRows(result, options.lang) });
}

export function reportXlsx(result: ReportResult, options: Omit<XlsxOptions, 'about'> = {}): Promise<Buffer> {
  return toXlsx(reportTables(result), { ...options, about: aboutRows(result, options.lang) });
}
