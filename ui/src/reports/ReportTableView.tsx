// One report table on screen: right to left, numbers aligned on the right in Persian
// digits, dates in Jalali (cellText, as the exports), the header kept in view while
// scrolling, 100 rows a page; a comparison's change marked up or down. Printing shows
// every row.
import { useState } from 'react';
import { cellText, isNumericColumn, type Lang, type ReportColumn, type ReportTable } from '@desk/common';
import { localDigits, useReportsT } from './i18n';

export const PAGE_SIZE = 100;

/** An id column beside its name column (serviceId beside service) stays in the exports only. */
export function visibleColumns(table: ReportTable): number[] {
  const keys = new Set(table.columns.map((c) => c.key));
  return table.columns.map((c, i) => (c.key.endsWith('Id') && keys.has(c.key.slice(0, -2)) ? -1 : i)).filter((i) => i >= 0);
}

const isChange = (c: ReportColumn) => c.key.endsWith('.change');

function ChangeCell(props: { value: number | null; lang: Lang }) {
  const { t } = useReportsT();
  if (props.value === null) return <span className="muted">—</span>;
  const direction = props.value > 0 ? 'up' : props.value < 0 ? 'down' : 'same';
  const text = cellText(Math.abs(props.value), 'percent', props.lang);
  return (
    <span className={`change change-${direction}`} data-change={direction}>
      <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '= '}</span>
      <span className="sr-only">{t(`reports.change.${direction}`)} </span>
      {text}
    </span>
  );
}

export function ReportTableView(props: { table: ReportTable; testKey: string; lang: Lang; labelledBy: string; all: boolean }) {
  const { t, lang } = useReportsT();
  const { table } = props;
  const [page, setPage] = useState(0);
  const columns = visibleColumns(table);
  const pages = Math.max(1, Math.ceil(table.rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = props.all ? table.rows : table.rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const n = (v: number) => cellText(v, 'integer', lang);

  if (table.rows.length === 0) {
    return (
      <p className="muted report-empty" data-testid={`report-empty-${props.testKey}`}>
        {t('reports.table.empty')}
      </p>
    );
  }
  return (
    <>
      <div className="report-table-wrap" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
        <table className="table report-table" data-testid={`report-table-${props.testKey}`} aria-labelledby={props.labelledBy}>
          <thead>
            <tr>
              {columns.map((i) => {
                const c = table.columns[i]!;
                return (
                  <th key={c.key} scope="col" className={isNumericColumn(c.type) || isChange(c) ? 'num-col' : undefined}>
                    {props.lang === 'en' ? c.titleEn : c.title}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {columns.map((i) => {
                  const c = table.columns[i]!;
                  const v = row[i] ?? null;
                  if (isChange(c)) {
                    return (
                      <td key={c.key} className="num-col">
                        <ChangeCell value={typeof v === 'number' ? v : null} lang={props.lang} />
                      </td>
                    );
                  }
                  const numeric = isNumericColumn(c.type);
                  const temporal = c.type === 'day' || c.type === 'datetime' || c.type === 'time';
                  return (
                    <td key={c.key} className={numeric ? 'num-col' : temporal ? 'date-col' : 'text-col'} data-key={c.key}>
                      {v === null ? (
                        <span className="muted">—</span>
                      ) : numeric || temporal ? (
                        cellText(v, c.type, props.lang)
                      ) : (
                        // names keep their own direction (Persian names on the English screen)
                        <span dir="auto">{localDigits(cellText(v, c.type, props.lang), props.lang)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!props.all && pages > 1 && (
        <nav className="report-pager no-print" aria-label={t('reports.pager')} data-testid={`report-pager-${props.testKey}`}>
          <button type="button" className="btn btn-small" disabled={current === 0} onClick={() => setPage(0)}>
            {t('reports.pager.first')}
          </button>
          <button type="button" className="btn btn-small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('reports.pager.previous')}
          </button>
          <span className="report-pager-text" aria-live="polite">
            {t('reports.pager.text', {
              page: current + 1,
              pages,
              from: n(current * PAGE_SIZE + 1),
              to: n(Math.min(table.rows.length, (current + 1) * PAGE_SIZE)),
              total: n(table.rows.length),
            })}
          </span>
          <button type="button" className="btn btn-small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('reports.pager.next')}
          </button>
          <button type="button" className="btn btn-small" disabled={current >= pages - 1} onClick={() => setPage(pages - 1)}>
            {t('reports.pager.last')}
          </button>
        </nav>
      )}
      {table.truncated ? (
        <p className="hint" data-testid={`report-truncated-${props.testKey}`}>
          {t('reports.table.truncated', { count: table.truncated })}
        </p>
      ) : null}
    </>
  );
}
