// What the report screens share (the counter's «گزارش‌ها» tab, the central desk's reports
// page): period pickers, tables, SVG charts, a report's view with its exports, job
// progress, and their words. The look is in reports.css.
export { reportStrings, type ReportsKey } from './strings';
export { useReportsT, localDigits, problemText, type ReportsT, type FieldProblem, type FieldProblems } from './i18n';
export { PERIOD_KINDS, jalaliText, periodFields, presetForm, readDate, readPeriod, readRange, yearChoices, type PeriodField, type PeriodForm } from './period-form';
export { JalaliDateField, KIND_KEYS, PeriodPicker, PeriodSummary } from './PeriodPicker';
export { ReportTableView, visibleColumns, PAGE_SIZE } from './ReportTableView';
export { ReportError, ReportSection, ReportView } from './ReportView';
export { JobProgress } from './JobProgress';
export { useReportJob, progressShare, type FailureText, type JobApi, type JobStatusOf, type JobView } from './useReportJob';
export { usePrint, type PrintMode } from './usePrint';
export { downloadExport, fileNameOf, saveBlob, saveTableCsv, type ExportFormat } from './download';
export { ChartView, worthDrawing } from './charts/ChartView';
export { BarChart } from './charts/BarChart';
export { chartFromTable, chartMax, niceTicks, splitChart, SERIES_COLOURS } from './charts/scale';
