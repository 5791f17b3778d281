// A finished report: what it covers, the summary figures as tiles, each table with its
// charts, the comparison side by side, and the exports (XLSX of the whole report, CSV of
// each table, print / PDF). The exports come from the same job, so they match the screen.
import { useEffect, useId, useRef, useState } from 'react';
import { cellText, formatDateTime, type Lang, type ReportChart, type ReportResult, type ReportTable } from '@desk/common';
import { localDigits, useReportsT } from './i18n';
import { saveTableCsv, type ExportFormat } from './download';
import { ChartView, worthDrawing } from './charts/ChartView';
import { chartFromTable } from './charts/scale';
import { ReportTableView } from './ReportTableView';
import { usePrint } from './usePrint';

/** Summary tables (a measure and its value) read better as tiles. */
const isMeasureTable = (t: ReportTable) => t.columns.length === 2 && t.columns[0]!.key === 'measure' && t.columns[1]!.key === 'value';

/** The table printed on its own (the daily staff report, table 2 of the desk guide). */
const PRINTABLE_ALONE = new Set(['staff.daily']);

/** Where a refused export's Persian message shows. */
export function ReportError(props: { message: string | null; onDismiss?: () => void }) {
  const { t } = useReportsT();
  if (!props.message) return null;
  return (
    <div className="command-error" role="alert" data-testid="command-error">
      <span>{props.message}</span>
      {props.onDismiss && (
        <button type="button" className="btn btn-quiet" onClick={props.onDismiss} aria-label={t('reports.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}

function Tiles(props: { table: ReportTable; lang: Lang; testKey: string }) {
  const { t } = useReportsT();
  return (
    <dl className="report-tiles" data-testid={`report-tiles-${props.testKey}`}>
      {props.table.rows.map((row, i) => (
        <div key={i} className="report-tile" data-testid={`tile-${props.testKey}-${i}`}>
          <dt dir="auto">{localDigits(String(row[0] ?? ''), props.lang)}</dt>
          <dd className="num">{row[1] === null ? <span className="muted">{t('reports.none')}</span> : cellText(row[1] ?? null, props.table.columns[1]!.type, props.lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface SectionProps {
  table: ReportTable;
  /** The table's id, or 'other.<id>' for the compared period's own tables: test ids and export state. */
  testKey: string;
  charts: ReportChart[];
  lang: Lang;
  all: boolean;
  hidden: boolean;
  onCsv: () => void;
  exporting: boolean;
  onPrint?: () => void;
}

export function ReportSection(props: SectionProps) {
  const { t } = useReportsT();
  const headingId = useId();
  const { table } = props;
  return (
    <section className={props.hidden ? 'report-section print-skip' : 'report-section'} data-testid={`report-section-${props.testKey}`} aria-labelledby={headingId}>
      <div className="report-section-head">
        <h3 id={headingId}>{props.lang === 'en' ? table.titleEn : table.title}</h3>
        <div className="report-section-tools no-print">
          {props.onPrint && (
            <button type="button" className="btn btn-small" onClick={props.onPrint} data-testid={`report-print-${props.testKey}`}>
              {t('reports.printTable')}
            </button>
          )}
          <button type="button" className="btn btn-small" disabled={props.exporting} onClick={props.onCsv} data-testid={`report-csv-${props.testKey}`}>
            {props.exporting ? t('reports.exporting') : t('reports.csv')}
          </button>
        </div>
      </div>
      {props.charts.map((c) => (
        <ChartView key={c.id} chart={c} lang={props.lang} scope={props.testKey === table.id ? '' : 'other.'} />
      ))}
      {isMeasureTable(table) ? <Tiles table={table} lang={props.lang} testKey={props.testKey} /> : <ReportTableView table={table} testKey={props.testKey} lang={props.lang} labelledBy={headingId} all={props.all} />}
      {table.note && props.lang === 'fa' && <p className="hint report-note">{table.note}</p>}
    </section>
  );
}

export function ReportView(props: {
  result: ReportResult;
  /** An export of this report from the server (the same result): the Persian refusal, or null when handed over. */
  download: (what: ExportFormat) => Promise<string | null>;
  /** Bring the report up and focus its heading when it appears (default: yes). */
  focusOnMount?: boolean;
}) {
  const { t, lang } = useReportsT();
  const { result } = props;
  const { printing, print } = usePrint();
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const fa = lang === 'fa';
  const heading = useRef<HTMLHeadingElement>(null);

  // a new report is what the reader came for: bring it up under the form
  const focusOnMount = props.focusOnMount ?? true;
  useEffect(() => {
    if (!focusOnMount) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [focusOnMount]);

  const download = async (key: string, run: () => Promise<string | null>) => {
    setExporting(key);
    setExportError(null);
    const error = await run();
    setExporting(null);
    setExportError(error);
  };
  type Csv = (table: ReportTable, key: string) => void;
  const serverCsv: Csv = (table, key) => void download(key, () => props.download({ format: 'csv', table: table.id }));
  // side-by-side and the other period's tables are not in the job's own tables: made here, with the same CSV code
  const browserCsv =
    (period: { fromDay: string; toDay: string }): Csv =>
    (table, key) =>
      void download(key, async () => {
        saveTableCsv(table, `report-${period.fromDay}-${period.toDay}`, lang);
        return null;
      });

  const chartsOf = (table: ReportTable, part: { charts: ReportChart[] }): ReportChart[] => {
    const own = part.charts.filter((c) => c.id === table.id && worthDrawing(c));
    if (table.id === 'queue.byCounter') {
      const derived = chartFromTable(table, 'counter', ['calls', 'served'], { title: t('reports.chart.byCounter'), titleEn: t('reports.chart.byCounter') });
      if (derived && worthDrawing(derived)) own.push(derived);
    }
    return own;
  };
  const only = printing?.only;
  const section = (table: ReportTable, charts: ReportChart[], csv: Csv, key: string) => (
    <ReportSection
      key={key}
      testKey={key}
      table={table}
      charts={charts}
      lang={lang}
      all={!!printing}
      hidden={!!only && only !== key}
      exporting={exporting === key}
      onCsv={() => csv(table, key)}
      {...(PRINTABLE_ALONE.has(table.id) && key === table.id ? { onPrint: () => print(key) } : {})}
    />
  );

  const period = fa ? result.period.label : result.period.labelEn;
  const compare = result.compare && (fa ? result.compare.label : result.compare.labelEn);
  return (
    <article className={only ? 'report-doc report-print-one' : 'report-doc'} data-testid="report" aria-labelledby="report-title">
      <header className="report-head">
        <div>
          <h2 id="report-title" ref={heading} tabIndex={-1}>{t('reports.title', { period })}</h2>
          <dl className="report-about">
            {result.office && (
              <div>
                <dt>{t('reports.about.office')}</dt>
                <dd>{localDigits(result.office.name, lang)}</dd>
              </div>
            )}
            <div>
              <dt>{t('reports.about.place')}</dt>
              <dd data-testid="report-place-label">{localDigits(fa ? result.place.label : result.place.labelEn, lang)}</dd>
            </div>
            {compare && (
              <div>
                <dt>{t('reports.about.compare')}</dt>
                <dd>{compare}</dd>
              </div>
            )}
            <div>
              <dt>{t('reports.about.generated')}</dt>
              <dd>{formatDateTime(Date.parse(result.generatedAt), lang)}</dd>
            </div>
          </dl>
        </div>
        <div className="report-tools no-print">
          <button
            type="button"
            className="btn"
            disabled={exporting === 'xlsx'}
            data-testid="report-xlsx"
            onClick={() => void download('xlsx', () => props.download({ format: 'xlsx' }))}
          >
            {exporting === 'xlsx' ? t('reports.exporting') : t('reports.xlsx')}
          </button>
          <button type="button" className="btn" data-testid="report-print" onClick={() => print()}>
            {t('reports.print')}
          </button>
        </div>
      </header>
      <div className="no-print">
        <ReportError message={exportError} onDismiss={() => setExportError(null)} />
      </div>
      {result.tables.length === 0 && <p className="muted">{t('reports.table.empty')}</p>}
      {result.tables.map((table) => section(table, chartsOf(table, result), serverCsv, table.id))}

      {result.comparison && (
        <section className={only ? 'report-compare print-skip' : 'report-compare'} data-testid="report-comparison">
          <h2 className="report-part-title">{t('reports.comparison', { period, compare: compare ?? '' })}</h2>
          <p className="hint">{t('reports.comparison.hint')}</p>
          {result.comparison.sideBySide.map((table) => section(table, [], browserCsv(result.period), table.id))}
          <details className="report-other" open={!!printing}>
            <summary>{t('reports.comparison.other', { compare: compare ?? '' })}</summary>
            {result.comparison.other.tables.map((table) =>
              section(table, chartsOf(table, result.comparison!.other), browserCsv(result.compare ?? result.period), `other.${table.id}`),
            )}
          </details>
        </section>
      )}
      <p className="hint report-stats">
        {t('reports.stats', {
          files: result.stats.files,
          lines: result.stats.lines,
          seconds: cellText(Math.round(result.stats.millis / 100) / 10, 'decimal', lang),
        })}
      </p>
    </article>
  );
}
