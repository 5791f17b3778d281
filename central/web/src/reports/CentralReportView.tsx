// A finished report over offices: what it covers, the offices side by side with their
// total (each table with a chart of the offices), then any one office's own report (or
// the total's) as the office's reports tab shows it. Every file comes from the same
// job at the server, so the files match the screen.
import { useState } from 'react';
import { formatDateTime, toPersianDigits, type ReportChart, type ReportTable } from '@desk/common';
import { ReportError, ReportSection, ReportView, useReportsT, worthDrawing, type ExportFormat } from '@desk/ui/reports/index.ts';
import type { CentralReportResult } from '../../../src/reports/types';
import type { CentralJobsApi } from './api';
import { measureChart, rowsChart, valueKeys } from './offices-chart';

const isMeasureTable = (t: ReportTable) => t.columns[0]?.key === 'measure';

/** One table of the offices side by side, with its chart (a summary: the measure chosen). */
function Comparison(props: { table: ReportTable; csv: () => void; exporting: boolean }) {
  const { lang } = useReportsT();
  const { table } = props;
  const [row, setRow] = useState(0);
  const chart: ReportChart | undefined = isMeasureTable(table) ? measureChart(table, row) : rowsChart(table, valueKeys(table)[0] ?? '');
  return (
    <div className="central-comparison">
      {isMeasureTable(table) && (
        <label className="field field-narrow central-chart-measure">
          <span>نمودار برای</span>
          <select value={row} data-testid={`central-chart-measure-${table.id}`} onChange={(e) => setRow(Number(e.target.value))}>
            {table.rows.map((r, i) => (
              <option key={i} value={i}>
                {String(r[0] ?? '')}
              </option>
            ))}
          </select>
        </label>
      )}
      <ReportSection
        table={table}
        testKey={table.id}
        charts={chart && worthDrawing(chart) ? [chart] : []}
        lang={lang}
        all={false}
        hidden={false}
        exporting={props.exporting}
        onCsv={props.csv}
      />
    </div>
  );
}

export function CentralReportView(props: { result: CentralReportResult; jobId: string; jobs: CentralJobsApi }) {
  const { result, jobId, jobs } = props;
  const [exporting, setExporting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<string>(result.total ? 'total' : (result.offices[0]?.office.id ?? ''));
  const download = async (key: string, what: ExportFormat, office?: string) => {
    setExporting(key);
    setError(null);
    setError(await jobs.download(jobId, what, office));
    setExporting(null);
  };
  const f = result.request.offices;
  const scope = f.province ? `استان ${f.province}` : f.agency ? `دستگاه ${f.agency}` : f.officeIds ? 'ادارات انتخابی' : 'همهٔ ادارات';
  const office = result.offices.find((o) => o.office.id === shown);
  const detail = shown === 'total' ? result.total : office?.result;
  // the total's tables are in the job's combined workbook, under `total.<id>`
  const detailDownload = (what: ExportFormat) =>
    shown === 'total' ? jobs.download(jobId, what.format === 'csv' ? { format: 'csv', table: `total.${what.table}` } : what) : jobs.download(jobId, what, shown);

  return (
    <article className="report-doc" data-testid="central-report" aria-labelledby="central-report-title">
      <header className="report-head">
        <div>
          <h2 id="central-report-title">گزارش ادارات — {result.period.label}</h2>
          <dl className="report-about">
            <div>
              <dt>ادارات</dt>
              <dd data-testid="central-report-scope">
                {scope} ({toPersianDigits(result.offices.length)} اداره)
              </dd>
            </div>
            {result.compare && (
              <div>
                <dt>در مقایسه با</dt>
                <dd>{result.compare.label}</dd>
              </div>
            )}
            <div>
              <dt>تهیه‌شده در</dt>
              <dd>{formatDateTime(Date.parse(result.generatedAt), 'fa')}</dd>
            </div>
          </dl>
        </div>
        <div className="report-tools">
          <button type="button" className="btn" disabled={exporting === 'xlsx'} data-testid="central-report-xlsx" onClick={() => void download('xlsx', { format: 'xlsx' })}>
            {exporting === 'xlsx' ? 'در حال آماده‌سازی…' : 'دریافت اکسل (XLSX)'}
          </button>
        </div>
      </header>
      <ReportError message={error} onDismiss={() => setError(null)} />
      {result.droppedMonths.length > 0 && (
        <p className="notice" role="status" data-testid="central-report-dropped">
          رویدادهای {result.droppedMonths.map((m) => toPersianDigits(m.slice(0, 7).replace('-', '/'))).join('، ')} (میلادی) طبق تنظیم نگهداری حذف شده‌اند؛ این گزارش برای آن ماه‌ها چیزی ندارد.
        </p>
      )}

      <section className="report-compare" data-testid="central-report-comparison">
        <h2 className="report-part-title">ادارات در کنار هم</h2>
        <p className="hint">هر ستون یک اداره؛ ستون «جمع» همهٔ ادارات با هم است: میانگین‌ها و صدک‌ها از همهٔ نوبت‌ها و پرونده‌ها حساب می‌شوند.</p>
        {result.comparison.map((table) => (
          <Comparison key={table.id} table={table} exporting={exporting === table.id} csv={() => void download(table.id, { format: 'csv', table: table.id })} />
        ))}
      </section>

      <section className="report-compare" data-testid="central-report-detail">
        <h2 className="report-part-title">گزارش کامل</h2>
        <label className="field central-report-shown">
          <span>گزارش</span>
          <select value={shown} data-testid="central-report-shown" onChange={(e) => setShown(e.target.value)}>
            {result.total && <option value="total">جمع همهٔ ادارات</option>}
            {result.offices.map((o) => (
              <option key={o.office.id} value={o.office.id}>
                {o.office.name} ({o.office.province})
              </option>
            ))}
          </select>
        </label>
        {detail && <ReportView key={shown} result={detail} download={detailDownload} focusOnMount={false} />}
      </section>
      <p className="hint report-stats">
        {toPersianDigits(result.stats.lines)} رویداد از {toPersianDigits(result.stats.offices)} اداره در {toPersianDigits(Math.round(result.stats.millis / 100) / 10)} ثانیه خوانده شد.
      </p>
    </article>
  );
}

