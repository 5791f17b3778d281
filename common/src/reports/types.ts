// What a report is asked for and what it answers: typed tables and chart series that
// the counter app renders and exports as they are (CSV, XLSX), for one office or, on
// the central desk, for many. The request schema is what the HTTP layer validates.
import { z } from 'zod';
import type { Lang } from '../persian';
import type { Period } from './period';

// ── request ──

const JalaliDateSchema = z.object({ year: z.number().int().min(1300).max(1500), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

export const PeriodSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day'), date: JalaliDateSchema }),
  z.object({ kind: z.literal('week'), date: JalaliDateSchema }),
  z.object({ kind: z.literal('month'), year: z.number().int().min(1300).max(1500), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(1300).max(1500), quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('year'), year: z.number().int().min(1300).max(1500) }),
  z.object({ kind: z.literal('custom'), from: JalaliDateSchema, to: JalaliDateSchema }),
]);

const id = z.string().min(1).max(64);

/**
 * Where: the office as a whole, its headquarters or its operational units (by the
 * e-desk units' level), a unit, a queue department, a counter, a clerk or a service.
 */
export const PlaceFilterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office') }),
  z.object({ kind: z.literal('level'), level: z.enum(['headquarters', 'operational']) }),
  z.object({ kind: z.literal('unit'), unitId: id }),
  z.object({ kind: z.literal('department'), departmentId: id }),
  z.object({ kind: z.literal('counter'), counterId: id }),
  z.object({ kind: z.literal('clerk'), clerkId: id }),
  z.object({ kind: z.literal('service'), serviceId: id }),
]);
export type PlaceFilter = z.infer<typeof PlaceFilterSchema>;

export const REPORT_SECTIONS = [
  'queue.summary',
  'queue.byService',
  'queue.byCounter',
  'queue.byClerk',
  'queue.byDay',
  'queue.byHour',
  'queue.longestWaits',
  /** Table 2 of the desk guide: every ticket a clerk handled, per day. */
  'staff.daily',
  'edesk.summary',
  'edesk.byService',
  'edesk.byChannel',
  'edesk.steps',
  'edesk.survey',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** What a report shows when the request names no sections (the staff report is asked for on its own). */
export const DEFAULT_SECTIONS: readonly ReportSectionId[] = REPORT_SECTIONS.filter((s) => s !== 'staff.daily');

export const ReportRequestSchema = z.object({
  period: PeriodSpecSchema,
  /** A second period shown side by side (e.g. the previous one: see previousPeriod). */
  compareTo: PeriodSpecSchema.optional(),
  place: PlaceFilterSchema.default({ kind: 'office' }),
  sections: z.array(z.enum(REPORT_SECTIONS)).min(1).optional(),
  /** How many of the longest waits to list. */
  longestWaits: z.number().int().min(1).max(1000).default(20),
  /** At most this many rows in the daily staff report (the rest is counted in `truncated`). */
  staffRowLimit: z.number().int().min(1).max(2_000_000).default(100_000),
});
export type ReportRequest = z.input<typeof ReportRequestSchema>;
/** A request with its defaults filled in. */
export type ReportRequestParsed = z.output<typeof ReportRequestSchema>;

// ── result ──

/**
 * How a column's values are written and read:
 * integer/decimal: numbers; minutes/hours: durations as decimal numbers; percent: 0–100;
 * score: survey 1–5; day: an office day 'YYYY-MM-DD' (shown in Jalali);
 * datetime/time: an instant in ms since the epoch (shown in Jalali, Tehran time).
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'minutes' | 'hours' | 'percent' | 'score' | 'day' | 'datetime' | 'time';

export interface ReportColumn {
  key: string;
  title: string;
  titleEn: string;
  type: ColumnType;
}

export type Cell = string | number | null;

export interface ReportTable {
  /** Which section made it ('queue.byService'…) or 'compare.*' for side-by-side tables. */
  id: string;
  title: string;
  titleEn: string;
  columns: ReportColumn[];
  /** One array per row, aligned with `columns`. */
  rows: Cell[][];
  /** Rows left out because of a limit. */
  truncated?: number;
  /** A short explanation of how the figures are defined (Persian). */
  note?: string;
}

export interface ChartSeries {
  key: string;
  title: string;
  titleEn: string;
  values: (number | null)[];
}

export interface ReportChart {
  id: string;
  title: string;
  titleEn: string;
  /** heatmap: one series per row (weekday), one value per x label (hour). */
  kind: 'bar' | 'line' | 'heatmap';
  x: string[];
  xEn: string[];
  series: ChartSeries[];
}

export interface ReportPart {
  tables: ReportTable[];
  charts: ReportChart[];
}

export interface ReportResult extends ReportPart {
  request: ReportRequestParsed;
  office?: { id: string; name: string };
  period: Period;
  compare?: Period;
  place: { label: string; labelEn: string };
  generatedAt: string;
  stats: ReportStats;
  /** When `compareTo` was asked: the two periods side by side, and the other period's own figures. */
  comparison?: ReportComparison;
}

export interface ReportComparison {
  /** One table per comparable section: each row's value in both periods and the change. */
  sideBySide: ReportTable[];
  /** The compared period's own tables and charts (the same sections). */
  other: ReportPart;
}

export interface ReportStats {
  /** Journal files read (both periods, and earlier days when a section needs history). */
  files: number;
  bytes: number;
  lines: number;
  millis: number;
  /** Where it ran: a worker thread or the calling thread (in slices). */
  ranIn: 'worker' | 'inline';
}

export interface ReportProgress {
  filesRead: number;
  filesTotal: number;
  bytesRead: number;
  bytesTotal: number;
}

/** The language a column title or label is shown in. */
export function titleOf(x: { title: string; titleEn: string }, lang: Lang): string {
  return lang === 'en' ? x.titleEn : x.title;
}

