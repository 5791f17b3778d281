// Reports (analytical, comparative and management reports; the daily staff report):
// what the HTTP layer uses. Types and periods are in common/src/reports.
export { runReport, stopReportWorker, type RunReportOptions } from './run';
export { ReportCancelled } from './reader';
export { computeReport, type ComputeOptions } from './compute';
export { toXlsx, writeXlsx, type XlsxOptions } from './xlsx';
export { reportTables, reportXlsx, writeReportXlsx, aboutRows } from './export';
export { toCsv, csvChunks, parseCsv, type CsvOptions } from '../../../common/src/reports/csv';
