// Hours of the day × weekdays: when people come. Each cell also prints its count, so
// the colour is never the only way to read it; the darkest cell is named in the description.
import type { Lang, ReportChart } from '@desk/common';
import { useReportsT } from '../i18n';
import { ChartFrame, chartNumber, geometry } from './ChartFrame';
import { chartMax, heatColour, heatTextColour } from './scale';

const WIDTH = 760;
const LABEL_WIDTH = 86;
const HEADER = 24;
const ROW = 30;
const LEGEND = 34;

export function HeatMap(props: { chart: ReportChart; lang: Lang; testId: string }) {
  const { t } = useReportsT();
  const { chart, lang } = props;
  const g = geometry(WIDTH, lang);
  const hours = lang === 'en' ? chart.xEn : chart.x;
  const rows = chart.series;
  const max = chartMax(chart);
  const cell = hours.length ? Math.min(52, (WIDTH - LABEL_WIDTH - 8) / hours.length) : 0;
  const height = HEADER + rows.length * ROW + LEGEND;
  const rowTitle = (i: number) => (lang === 'en' ? rows[i]!.titleEn : rows[i]!.title);
  const num = (v: number | null) => chartNumber(v, lang);

  let busiest: { row: number; col: number; value: number } | undefined;
  rows.forEach((s, r) =>
    s.values.forEach((v, c) => {
      if (v !== null && v > 0 && (!busiest || v > busiest.value)) busiest = { row: r, col: c, value: v };
    }),
  );
  const description = busiest
    ? t('reports.chart.heatDesc', { weekday: rowTitle(busiest.row), hour: hours[busiest.col]!, value: num(busiest.value) })
    : t('reports.chart.empty');
  // the cell's left edge: logical start of the column, mirrored in right-to-left
  const cellX = (col: number) => (g.rtl ? g.x(LABEL_WIDTH + (col + 1) * cell) : g.x(LABEL_WIDTH + col * cell));
  const legendSteps = 5;

  return (
    <ChartFrame
      title={lang === 'en' ? chart.titleEn : chart.title}
      description={description}
      width={WIDTH}
      height={height}
      lang={lang}
      testId={props.testId}
      kind="heatmap"
    >
      {hours.map((h, c) => (
        <text key={h} x={cellX(c) + cell / 2} y={HEADER - 8} textAnchor="middle" className="chart-tick">
          {h}
        </text>
      ))}
      {rows.map((s, r) => {
        const y = HEADER + r * ROW;
        return (
          <g key={s.key} className="chart-row">
            <text x={g.x(4)} y={y + ROW / 2 + 4} textAnchor="start" className="chart-label">
              {rowTitle(r)}
            </text>
            {s.values.map((v, c) => (
              <g key={c}>
                <rect className="heat-cell" x={cellX(c) + 1} y={y + 1} width={cell - 2} height={ROW - 2} rx={3} fill={heatColour(v, max)}>
                  <title>{t('reports.chart.heatCell', { weekday: rowTitle(r), hour: hours[c]!, value: num(v ?? 0) })}</title>
                </rect>
                {v ? (
                  <text x={cellX(c) + cell / 2} y={y + ROW / 2 + 4} textAnchor="middle" className="heat-value" fill={heatTextColour(v, max)}>
                    {num(v)}
                  </text>
                ) : null}
              </g>
            ))}
          </g>
        );
      })}
      <g className="heat-legend" transform={`translate(0 ${HEADER + rows.length * ROW + 10})`}>
        <text x={g.x(4)} y={14} textAnchor="start" className="chart-tick">
          {t('reports.chart.heatLegend')}
        </text>
        {Array.from({ length: legendSteps }, (_, i) => {
          const value = (max * (i + 1)) / legendSteps;
          const x = LABEL_WIDTH + i * 44;
          return (
            <g key={i}>
              <rect x={g.rtl ? g.x(x + 40) : g.x(x)} y={2} width={40} height={16} rx={3} fill={heatColour(value, max)} />
              <text x={g.x(x + 20)} y={14} textAnchor="middle" className="heat-value" fill={heatTextColour(value, max)}>
                {num(Math.round(value))}
              </text>
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
}
