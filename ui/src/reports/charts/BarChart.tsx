// Horizontal grouped bars (one group per service or counter, one bar per series): long
// Persian names read on the inline-start side, the bars grow away from them.
import type { Lang, ReportChart } from '@desk/common';
import { useReportsT } from '../i18n';
import { ChartFrame, chartNumber, geometry } from './ChartFrame';
import { chartMax, niceTicks, peakIndex, SERIES_COLOURS, shorten } from './scale';

const WIDTH = 760;
const LABEL_WIDTH = 250;
const VALUE_ROOM = 48;
const BAR = 14;
const GAP = 10;
const TOP = 26;

export function BarChart(props: { chart: ReportChart; lang: Lang; minutes?: boolean; testId: string }) {
  const { t } = useReportsT();
  const { chart, lang } = props;
  const g = geometry(WIDTH, lang);
  const labels = lang === 'en' ? chart.xEn : chart.x;
  const seriesTitle = (i: number) => (lang === 'en' ? chart.series[i]!.titleEn : chart.series[i]!.title);
  const ticks = niceTicks(chartMax(chart));
  const top = ticks[ticks.length - 1]!;
  const x0 = LABEL_WIDTH + 12;
  const x1 = WIDTH - VALUE_ROOM;
  const length = (v: number) => ((x1 - x0) * v) / top;
  const groupHeight = chart.series.length * BAR + GAP;
  const height = TOP + labels.length * groupHeight + 6;
  const num = (v: number | null) => chartNumber(v, lang, props.minutes);

  // the description: the biggest of the first series, in words
  const first = chart.series[0];
  const best = first ? peakIndex(first.values) : -1;
  const description =
    best < 0
      ? t('reports.chart.empty')
      : t('reports.chart.barDesc', { count: labels.length, series: seriesTitle(0), label: labels[best]!, value: num(first!.values[best]!) });

  return (
    <ChartFrame
      title={lang === 'en' ? chart.titleEn : chart.title}
      description={description}
      width={WIDTH}
      height={height}
      lang={lang}
      testId={props.testId}
      kind="bar"
      legend={{ series: chart.series, lang }}
      {...(props.minutes ? { unit: t('reports.chart.minutes') } : {})}
    >
      {ticks.map((v) => (
        <g key={v} className="chart-grid">
          <line x1={g.x(x0 + length(v))} x2={g.x(x0 + length(v))} y1={TOP - 6} y2={height - 4} />
          <text x={g.x(x0 + length(v))} y={TOP - 10} textAnchor="middle" className="chart-tick">
            {num(v)}
          </text>
        </g>
      ))}
      {labels.map((label, row) => {
        const y = TOP + row * groupHeight;
        return (
          <g key={`${row}-${label}`} className="chart-row">
            <text x={g.x(4)} y={y + (chart.series.length * BAR) / 2 + 4} textAnchor="start" className="chart-label">
              <title>{label}</title>
              {shorten(label, 36)}
            </text>
            {chart.series.map((s, i) => {
              const v = s.values[row] ?? null;
              const w = v === null ? 0 : length(v);
              const start = g.rtl ? g.x(x0 + w) : g.x(x0);
              return (
                <g key={s.key}>
                  <rect
                    className="chart-bar"
                    data-series={s.key}
                    x={start}
                    y={y + i * BAR}
                    width={Math.max(w, v ? 1 : 0)}
                    height={BAR - 2}
                    fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                  >
                    <title>{`${label} — ${seriesTitle(i)}: ${num(v)}`}</title>
                  </rect>
                  <text x={g.x(x0 + w + 4)} y={y + i * BAR + BAR - 4} textAnchor="start" className="chart-value">
                    {num(v)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line className="chart-axis" x1={g.x(x0)} x2={g.x(x0)} y1={TOP - 6} y2={height - 4} />
    </ChartFrame>
  );
}
