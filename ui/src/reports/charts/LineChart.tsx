// Lines over days (tickets issued and served day by day): time runs along the reading
// direction (right to left in Persian), the value axis on the inline-start side.
import type { Lang, ReportChart } from '@desk/common';
import { useReportsT } from '../i18n';
import { ChartFrame, chartNumber, geometry } from './ChartFrame';
import { chartMax, niceTicks, peakIndex, SERIES_COLOURS } from './scale';

const WIDTH = 760;
const HEIGHT = 260;
const START = 56;
// room for half a date label beyond the last point
const END = 44;
const TOP = 16;
const BOTTOM = 40;
const MAX_X_LABELS = 10;

export function LineChart(props: { chart: ReportChart; lang: Lang; minutes?: boolean; testId: string }) {
  const { t } = useReportsT();
  const { chart, lang } = props;
  const g = geometry(WIDTH, lang);
  const labels = lang === 'en' ? chart.xEn : chart.x;
  const n = labels.length;
  const ticks = niceTicks(chartMax(chart), 4);
  const top = ticks[ticks.length - 1]!;
  const plotW = WIDTH - START - END;
  const plotH = HEIGHT - TOP - BOTTOM;
  const px = (i: number) => g.x(START + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1)));
  const py = (v: number) => TOP + plotH - (plotH * v) / top;
  const num = (v: number | null) => chartNumber(v, lang, props.minutes);
  const every = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  const seriesTitle = (i: number) => (lang === 'en' ? chart.series[i]!.titleEn : chart.series[i]!.title);

  const first = chart.series[0];
  const best = first ? peakIndex(first.values) : -1;
  const description =
    best < 0
      ? t('reports.chart.empty')
      : t('reports.chart.lineDesc', { count: n, first: labels[0]!, last: labels[n - 1]!, series: seriesTitle(0), value: num(first!.values[best]!), at: labels[best]! });

  return (
    <ChartFrame
      title={lang === 'en' ? chart.titleEn : chart.title}
      description={description}
      width={WIDTH}
      height={HEIGHT}
      lang={lang}
      testId={props.testId}
      kind="line"
      legend={{ series: chart.series, lang }}
      {...(props.minutes ? { unit: t('reports.chart.minutes') } : {})}
    >
      {ticks.map((v) => (
        <g key={v} className="chart-grid">
          <line x1={g.x(START)} x2={g.x(WIDTH - END)} y1={py(v)} y2={py(v)} />
          <text x={g.x(START - 8)} y={py(v) + 4} textAnchor="end" className="chart-tick">
            {num(v)}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        i % every === 0 || i === n - 1 ? (
          <text key={`${i}-${label}`} x={px(i)} y={HEIGHT - BOTTOM + 20} textAnchor="middle" className="chart-tick">
            {label}
          </text>
        ) : null,
      )}
      <line className="chart-axis" x1={g.x(START)} x2={g.x(WIDTH - END)} y1={py(0)} y2={py(0)} />
      {chart.series.map((s, si) => {
        const colour = SERIES_COLOURS[si % SERIES_COLOURS.length];
        // a missing value breaks the line rather than dropping it to zero
        const runs: string[][] = [[]];
        s.values.forEach((v, i) => {
          if (v === null) runs.push([]);
          else runs[runs.length - 1]!.push(`${px(i)},${py(v)}`);
        });
        return (
          <g key={s.key} className="chart-line" data-series={s.key}>
            {runs
              .filter((r) => r.length > 1)
              .map((r, ri) => (
                <polyline key={ri} points={r.join(' ')} fill="none" stroke={colour} strokeWidth={2.5} strokeLinejoin="round" />
              ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle key={i} cx={px(i)} cy={py(v)} r={n > 60 ? 2 : 4} fill={colour}>
                  <title>{`${labels[i]} — ${seriesTitle(si)}: ${num(v)}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
