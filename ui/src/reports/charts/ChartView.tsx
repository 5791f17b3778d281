// A report chart as the server gives it (bar, line, heat map), split when its series
// are in different units.
import type { Lang, ReportChart } from '@desk/common';
import { BarChart } from './BarChart';
import { HeatMap } from './HeatMap';
import { LineChart } from './LineChart';
import { chartMax, splitChart } from './scale';

/** Worth drawing: something above zero, and a line needs two points (one day reads better in the table). */
export function worthDrawing(chart: ReportChart): boolean {
  return chartMax(chart) > 0 && (chart.kind !== 'line' || chart.x.length > 1);
}

/** `scope` keeps test ids apart when the compared period's charts are shown too ('other.'). */
export function ChartView(props: { chart: ReportChart; lang: Lang; scope?: string }) {
  return (
    <div className="report-charts">
      {splitChart(props.chart).filter((p) => worthDrawing(p.chart)).map(({ chart, minutes }) => {
        const testId = `chart-${props.scope ?? ''}${chart.id}`;
        if (chart.kind === 'heatmap') return <HeatMap key={chart.id} chart={chart} lang={props.lang} testId={testId} />;
        if (chart.kind === 'line') return <LineChart key={chart.id} chart={chart} lang={props.lang} minutes={minutes} testId={testId} />;
        return <BarChart key={chart.id} chart={chart} lang={props.lang} minutes={minutes} testId={testId} />;
      })}
    </div>
  );
}
