// What every chart shares: a figure with a visible caption, an SVG that screen readers
// read as one image with a title and a description, the legend in HTML, and a mirror
// for right-to-left (x is measured from the inline start; the SVG's direction makes
// text-anchor logical too).
import { useId, type ReactNode } from 'react';
import { cellText, type ChartSeries, type Lang } from '@desk/common';
import { SERIES_COLOURS } from './scale';

export interface Geometry {
  width: number;
  rtl: boolean;
  /** Physical x of a logical x (from the inline-start edge). */
  x: (logical: number) => number;
}

export function geometry(width: number, lang: Lang): Geometry {
  const rtl = lang === 'fa';
  return { width, rtl, x: (v) => (rtl ? width - v : v) };
}

/** A chart's number as the reader reads it (Persian digits, the Persian decimal separator). */
export function chartNumber(value: number | null, lang: Lang, minutes = false): string {
  return cellText(value, minutes ? 'minutes' : 'decimal', lang);
}

export function ChartFrame(props: {
  title: string;
  description: string;
  width: number;
  height: number;
  lang: Lang;
  testId: string;
  kind: string;
  legend?: { series: ChartSeries[]; lang: Lang };
  /** Under the caption: what the axis counts. */
  unit?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  const descId = useId();
  return (
    <figure className="report-chart" data-testid={props.testId} data-kind={props.kind}>
      <figcaption>
        <strong>{props.title}</strong>
        {props.unit && <span className="muted"> — {props.unit}</span>}
      </figcaption>
      {props.legend && props.legend.series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {props.legend.series.map((s, i) => (
            <li key={s.key}>
              <span className="chart-swatch" style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} />
              {props.legend!.lang === 'en' ? s.titleEn : s.title}
            </li>
          ))}
        </ul>
      )}
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${props.width} ${props.height}`}
        direction={props.lang === 'fa' ? 'rtl' : 'ltr'}
        className="chart-svg"
        style={{ maxWidth: props.width }}
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        {props.children}
      </svg>
    </figure>
  );
}
