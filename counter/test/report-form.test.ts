// The report form and the chart arithmetic, without a browser: what a manager picks
// becomes the request the server validates, and the charts' axes and splits are right.
// (Kept beside the reports screen; its natural home is counter/test/.)
import { describe, it, expect } from 'vitest';
import { previousPeriod, ReportRequestSchema, type ReportChart, type ReportTable } from '@desk/common';
import { initialForm, previewPeriods, readRequest, sectionsOf, type ReportForm } from '../src/reports/report-form';
import { chartFromTable, fileNameOf, niceTicks, presetForm, progressShare, splitChart, visibleColumns } from '@desk/ui/reports/index.ts';

// 2 Azar 1405 in Tehran
const TODAY = '2026-11-23';

function read(patch: Partial<ReportForm>, clerk = false) {
  return readRequest({ ...initialForm(TODAY, clerk), ...patch }, clerk);
}

describe('the report form', () => {
  it("starts at today's day for the whole office, and that is a request the server accepts", () => {
    const form = initialForm(TODAY, false);
    expect(form.date).toBe('1405/09/02');
    expect([form.year, form.month, form.quarter]).toEqual([1405, 9, 3]);
    const r = readRequest(form, false);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.period).toEqual({ kind: 'day', date: { year: 1405, month: 9, day: 2 } });
    expect(r.value.place).toEqual({ kind: 'office' });
    expect(r.value.sections).toContain('queue.byService');
    expect(r.value.sections).not.toContain('staff.daily');
    expect(ReportRequestSchema.safeParse(r.value).success).toBe(true);
  });

  it("a clerk's request names no place (the server holds them to their desk) and asks for the staff report", () => {
    const r = read({}, true);
    expect(r.ok && r.value.place).toBe(undefined);
    expect(r.ok && r.value.sections).toContain('staff.daily');
  });

  it('reads a date typed in Persian digits, and names a date that does not exist', () => {
    const ok = read({ kind: 'week', date: '۱۴۰۵/۸/۱۲' });
    expect(ok.ok && ok.value.period).toEqual({ kind: 'week', date: { year: 1405, month: 8, day: 12 } });
    const bad = read({ date: '1405/13/40' });
    expect(!bad.ok && bad.problems.date?.key).toBe('reports.problem.date');
    // Esfand 30 only in a leap year (1403 is one, 1404 is not)
    expect(read({ date: '1403/12/30' }).ok).toBe(true);
    expect(read({ date: '1404/12/30' }).ok).toBe(false);
  });

  it('a custom range that ends before it starts is refused on its end', () => {
    const r = read({ kind: 'custom', from: '1405/09/10', to: '1405/09/01' });
    expect(!r.ok && r.problems.to?.key).toBe('reports.problem.range');
  });

  it('month, season and year come from the selects; the previous period and last year are the common ones', () => {
    const month = read({ kind: 'month', year: 1405, month: 1, compare: 'previous' });
    expect(month.ok && month.value.period).toEqual({ kind: 'month', year: 1405, month: 1 });
    expect(month.ok && month.value.compareTo).toEqual({ kind: 'month', year: 1404, month: 12 });
    const season = read({ kind: 'quarter', year: 1405, quarter: 2, compare: 'lastYear' });
    expect(season.ok && season.value.compareTo).toEqual({ kind: 'quarter', year: 1404, quarter: 2 });
    const custom = read({ compare: 'custom', compareFrom: '1404/09/01', compareTo: '1404/09/30' });
    expect(custom.ok && custom.value.compareTo).toEqual({ kind: 'custom', from: { year: 1404, month: 9, day: 1 }, to: { year: 1404, month: 9, day: 30 } });
    expect(previewPeriods({ ...initialForm(TODAY, false), compare: 'previous' }).compareTo).toEqual(previousPeriod({ kind: 'day', date: { year: 1405, month: 9, day: 2 } }));
  });

  it('a place other than the office needs its choice; no sections is a problem too', () => {
    const r = read({ placeKind: 'counter', placeId: '', groups: { queue: false, staff: false, edesk: false, survey: false } });
    expect(!r.ok && r.problems.placeId?.key).toBe('reports.problem.place');
    expect(!r.ok && r.problems.groups?.key).toBe('reports.problem.sections');
    const level = read({ placeKind: 'level', placeId: 'operational' });
    expect(level.ok && level.value.place).toEqual({ kind: 'level', level: 'operational' });
    expect(sectionsOf({ queue: false, staff: true, edesk: false, survey: true })).toEqual(['staff.daily', 'edesk.survey']);
  });

  it('«امروز» brings a changed date back to today', () => {
    const moved = { ...initialForm(TODAY, false), date: '1400/01/01', kind: 'week' as const };
    expect(presetForm(moved, 'day', TODAY)).toMatchObject({ kind: 'day', date: '1405/09/02' });
  });
});

describe('charts and tables', () => {
  it('axes step in round numbers up to at least the largest value', () => {
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1234).at(-1)).toBeGreaterThanOrEqual(1234);
  });

  it('tickets and minutes are not drawn on one axis', () => {
    const chart: ReportChart = {
      id: 'queue.byDay',
      title: '',
      titleEn: '',
      kind: 'line',
      x: ['a', 'b'],
      xEn: ['a', 'b'],
      series: ['issued', 'served', 'waitMean'].map((key) => ({ key, title: key, titleEn: key, values: [1, 2] })),
    };
    const parts = splitChart(chart);
    expect(parts.map((p) => [p.chart.series.map((s) => s.key), p.minutes])).toEqual([
      [['issued', 'served'], false],
      [['waitMean'], true],
    ]);
  });

  const table: ReportTable = {
    id: 'queue.byCounter',
    title: '',
    titleEn: '',
    columns: [
      { key: 'counterId', title: '', titleEn: '', type: 'text' },
      { key: 'counter', title: 'باجه', titleEn: 'Counter', type: 'text' },
      { key: 'calls', title: 'فراخوان', titleEn: 'Calls', type: 'integer' },
      { key: 'served', title: 'خدمت', titleEn: 'Served', type: 'integer' },
    ],
    rows: [
      ['c1', 'باجهٔ ۱', 5, 4],
      ['c2', 'باجهٔ ۲', 2, null],
    ],
  };

  it("a counter's bar chart is drawn from its table; the id column stays in the exports only", () => {
    const chart = chartFromTable(table, 'counter', ['calls', 'served'], { title: 't', titleEn: 't' })!;
    expect(chart.x).toEqual(['باجهٔ ۱', 'باجهٔ ۲']);
    expect(chart.series.map((s) => s.values)).toEqual([
      [5, 2],
      [4, null],
    ]);
    expect(visibleColumns(table)).toEqual([1, 2, 3]);
  });

  it('progress is read by bytes when the server knows them, else by files', () => {
    expect(progressShare({ filesRead: 1, filesTotal: 4, bytesRead: 50, bytesTotal: 200 })).toBe(0.25);
    expect(progressShare({ filesRead: 1, filesTotal: 2, bytesRead: 0, bytesTotal: 0 })).toBe(0.5);
    expect(progressShare(undefined)).toBe(undefined);
  });

  it("a download keeps the server's file name", () => {
    expect(fileNameOf('attachment; filename="report-2026-11-23-2026-11-23.xlsx"')).toBe('report-2026-11-23-2026-11-23.xlsx');
    expect(fileNameOf(null)).toBe(undefined);
  });
});
