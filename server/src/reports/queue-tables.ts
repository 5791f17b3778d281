// Queue figures per service, counter, clerk and day, and the period's summary.
// A ticket counts under the service it was issued for (so issued = served + no-show +
// unserved on every row); counters and clerks count the calls they made (segments).
import type { ReportChart, ReportPart, ReportTable } from '../../../common/src/reports/types';
import { formatDayNumeric, WEEKDAY_NAMES, weekdayIndex } from '../../../common/src/reports/calendar';
import type { VisitAggregator } from './aggregator';
import type { Catalog } from './catalog';
import { byName, col, durationCells, durationColumns } from './columns';
import { hours, minutes, percent, Samples, type Summary } from './stats';
import { serviceTimeOf, waitOf, type Segment, type Visit } from './visits';

type Keep = ((s: Segment) => boolean) | undefined;

/** Outcomes, waits and service times of a group of visits. */
export class VisitFigures {
  issued = 0;
  served = 0;
  noShow = 0;
  unserved = 0;
  transferred = 0;
  priority = 0;
  readonly waits = new Samples();
  readonly services = new Samples();

  add(v: Visit, keep: Keep): void {
    this.issued++;
    if (v.outcome === 'served') this.served++;
    else if (v.outcome === 'noShow') this.noShow++;
    else this.unserved++;
    if (v.transfers > 0) this.transferred++;
    if (v.priority) this.priority++;
    const wait = waitOf(v);
    if (wait !== undefined) this.waits.add(wait);
    for (const s of v.segments) {
      if (keep && !keep(s)) continue;
      const t = serviceTimeOf(s);
      if (t !== undefined) this.services.add(t);
    }
  }
}

/** Calls made at a counter or by a clerk. */
class SegmentFigures {
  calls = 0;
  served = 0;
  noShow = 0;
  transferredOut = 0;
  readonly firstWaits = new Samples();
  readonly services = new Samples();
  readonly days = new Set<string>();
  readonly counters = new Set<string>();
  readonly clerks = new Set<string>();

  add(v: Visit, s: Segment): void {
    this.calls++;
    this.days.add(v.day);
    this.counters.add(s.counterId);
    this.clerks.add(s.clerkId);
    if (s.end === 'finished') this.served++;
    else if (s.end === 'noShow') this.noShow++;
    else if (s.end === 'transferred') this.transferredOut++;
    if (s === v.segments[0]) this.firstWaits.add(s.calledAt - v.issuedAt);
    const t = serviceTimeOf(s);
    if (t !== undefined) this.services.add(t);
  }
}

const NOTE_WAIT = 'انتظار: از صدور نوبت تا نخستین فراخوان. زمان خدمت: از «شروع خدمت» (یا فراخوان، اگر شروع زده نشد) تا پایان. صدک ۹۰ به روش نزدیک‌ترین رتبه.';

export class QueueSummary implements VisitAggregator {
  private readonly all = new VisitFigures();
  private readonly days = new Set<string>();
  constructor(private readonly keep: Keep) {}

  add(v: Visit): void {
    this.all.add(v, this.keep);
    this.days.add(v.day);
  }

  /** Measures as [key, Persian, English, value, type]: the summary table and the comparison share them. */
  measures(): { key: string; title: string; titleEn: string; value: number | null }[] {
    const f = this.all;
    const w = f.waits.summary();
    const s = f.services.summary();
    return [
      { key: 'issued', title: 'نوبت‌های صادرشده', titleEn: 'Tickets issued', value: f.issued },
      { key: 'served', title: 'خدمت‌گرفته', titleEn: 'Served', value: f.served },
      { key: 'noShow', title: 'عدم حضور', titleEn: 'No-shows', value: f.noShow },
      { key: 'unserved', title: 'بی‌پاسخ تا پایان روز', titleEn: 'Unserved at day end', value: f.unserved },
      { key: 'transferred', title: 'انتقال‌یافته', titleEn: 'Transferred', value: f.transferred },
      { key: 'priority', title: 'نوبت اولویت‌دار', titleEn: 'Priority tickets', value: f.priority },
      { key: 'noShowShare', title: 'سهم عدم حضور (٪)', titleEn: 'No-show share (%)', value: percent(f.noShow, f.issued) },
      { key: 'waitMean', title: 'میانگین انتظار (دقیقه)', titleEn: 'Mean wait (min)', value: minutes(w.mean) },
      { key: 'waitMedian', title: 'میانهٔ انتظار (دقیقه)', titleEn: 'Median wait (min)', value: minutes(w.median) },
      { key: 'waitP90', title: 'صدک ۹۰ انتظار (دقیقه)', titleEn: 'P90 wait (min)', value: minutes(w.p90) },
      { key: 'waitMax', title: 'بیشترین انتظار (دقیقه)', titleEn: 'Longest wait (min)', value: minutes(w.max) },
      { key: 'serviceMean', title: 'میانگین زمان خدمت (دقیقه)', titleEn: 'Mean service time (min)', value: minutes(s.mean) },
      { key: 'serviceMedian', title: 'میانهٔ زمان خدمت (دقیقه)', titleEn: 'Median service time (min)', value: minutes(s.median) },
      { key: 'serviceP90', title: 'صدک ۹۰ زمان خدمت (دقیقه)', titleEn: 'P90 service time (min)', value: minutes(s.p90) },
      { key: 'days', title: 'روزهای دارای نوبت', titleEn: 'Days with tickets', value: this.days.size },
      { key: 'perDay', title: 'میانگین نوبت در روز', titleEn: 'Tickets per day', value: this.days.size ? Math.round((f.issued / this.days.size) * 10) / 10 : null },
    ];
  }

  result(): ReportPart {
    const table: ReportTable = {
      id: 'queue.summary',
      title: 'خلاصهٔ صف',
      titleEn: 'Queue summary',
      columns: [col('measure', 'شاخص', 'Measure', 'text'), col('value', 'مقدار', 'Value', 'decimal')],
      rows: this.measures().map((m) => [m.title, m.value]),
      note: NOTE_WAIT,
    };
    return { tables: [table], charts: [] };
  }
}

function figuresRow(f: VisitFigures): (number | null)[] {
  return [f.issued, f.served, f.noShow, f.unserved, f.transferred, ...durationCells(f.waits.summary()), ...durationCells(f.services.summary(), false)];
}

const FIGURE_COLUMNS = [
  col('issued', 'صادرشده', 'Issued', 'integer'),
  col('served', 'خدمت‌گرفته', 'Served', 'integer'),
  col('noShow', 'عدم حضور', 'No-shows', 'integer'),
  col('unserved', 'بی‌پاسخ', 'Unserved', 'integer'),
  col('transferred', 'انتقال‌یافته', 'Transferred', 'integer'),
  ...durationColumns('wait', 'انتظار', 'wait'),
  ...durationColumns('service', 'زمان خدمت', 'service time', false),
];

export class QueueByService implements VisitAggregator {
  private readonly groups = new Map<string, VisitFigures>();
  constructor(private readonly keep: Keep) {}

  add(v: Visit): void {
    let g = this.groups.get(v.serviceId);
    if (!g) this.groups.set(v.serviceId, (g = new VisitFigures()));
    g.add(v, this.keep);
  }

  result(catalog: Catalog): ReportPart {
    const ids = [...this.groups.keys()].sort((a, b) => byName(catalog.serviceName(a), catalog.serviceName(b)));
    const table: ReportTable = {
      id: 'queue.byService',
      title: 'صف به تفکیک خدمت',
      titleEn: 'Queue by service',
      columns: [col('serviceId', 'شناسهٔ خدمت', 'Service id', 'text'), col('service', 'خدمت', 'Service', 'text'), col('department', 'معاونت / حوزه', 'Department', 'text'), ...FIGURE_COLUMNS],
      rows: ids.map((id) => {
        const dept = catalog.departmentOf(id);
        return [id, catalog.serviceName(id), dept ? catalog.departmentName(dept) : '', ...figuresRow(this.groups.get(id)!)];
      }),
      note: 'هر نوبت زیر خدمتی شمرده می‌شود که برای آن صادر شد (حتی اگر به خدمت دیگری منتقل شد).',
    };
    const chart: ReportChart = {
      id: 'queue.byService',
      title: 'نوبت‌ها به تفکیک خدمت',
      titleEn: 'Tickets by service',
      kind: 'bar',
      x: ids.map((id) => catalog.serviceName(id)),
      xEn: ids,
      series: [
        { key: 'issued', title: 'صادرشده', titleEn: 'Issued', values: ids.map((id) => this.groups.get(id)!.issued) },
        { key: 'served', title: 'خدمت‌گرفته', titleEn: 'Served', values: ids.map((id) => this.groups.get(id)!.served) },
      ],
    };
    return { tables: [table], charts: [chart] };
  }
}

abstract class BySegmentOwner implements VisitAggregator {
  protected readonly groups = new Map<string, SegmentFigures>();
  constructor(private readonly keep: Keep) {}
  protected abstract keyOf(s: Segment): string;

  add(v: Visit): void {
    for (const s of v.segments) {
      if (this.keep && !this.keep(s)) continue;
      const key = this.keyOf(s);
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = new SegmentFigures()));
      g.add(v, s);
    }
  }

  protected cells(g: SegmentFigures): (number | null)[] {
    const services: Summary = g.services.summary();
    return [
      g.calls,
      g.served,
      g.noShow,
      g.transferredOut,
      ...durationCells(g.firstWaits.summary(), false),
      ...durationCells(services, false),
      hours(services.sum),
    ];
  }

  abstract result(catalog: Catalog): ReportPart;
}

const SEGMENT_COLUMNS = [
  col('calls', 'فراخوان', 'Calls', 'integer'),
  col('served', 'خدمت داده‌شده', 'Served', 'integer'),
  col('noShow', 'عدم حضور', 'No-shows', 'integer'),
  col('transferredOut', 'انتقال داده‌شده', 'Transferred out', 'integer'),
  ...durationColumns('wait', 'انتظار تا نخستین فراخوان', 'wait to first call', false),
  ...durationColumns('service', 'زمان خدمت', 'service time', false),
  col('busyHours', 'جمع زمان خدمت (ساعت)', 'Total service time (h)', 'hours'),
];

export class QueueByCounter extends BySegmentOwner {
  protected keyOf(s: Segment): string {
    return s.counterId;
  }

  result(catalog: Catalog): ReportPart {
    const ids = [...this.groups.keys()].sort((a, b) => (catalog.counterNumber(a) ?? 1e9) - (catalog.counterNumber(b) ?? 1e9) || (a < b ? -1 : 1));
    return {
      tables: [
        {
          id: 'queue.byCounter',
          title: 'صف به تفکیک باجه',
          titleEn: 'Queue by counter',
          columns: [col('counterId', 'شناسهٔ باجه', 'Counter id', 'text'), col('counter', 'باجه', 'Counter', 'text'), col('clerks', 'کارمندان', 'Clerks', 'integer'), ...SEGMENT_COLUMNS],
          rows: ids.map((id) => [id, catalog.counterName(id), this.groups.get(id)!.clerks.size, ...this.cells(this.groups.get(id)!)]),
        },
      ],
      charts: [],
    };
  }
}

export class QueueByClerk extends BySegmentOwner {
  protected keyOf(s: Segment): string {
    return s.clerkId;
  }

  result(catalog: Catalog): ReportPart {
    const ids = [...this.groups.keys()].sort((a, b) => byName(catalog.clerkName(a), catalog.clerkName(b)));
    return {
      tables: [
        {
          id: 'queue.byClerk',
          title: 'صف به تفکیک کارمند',
          titleEn: 'Queue by clerk',
          columns: [col('clerkId', 'شناسهٔ کارمند', 'Clerk id', 'text'), col('clerk', 'کارمند', 'Clerk', 'text'), col('days', 'روزهای کار', 'Days worked', 'integer'), col('counters', 'باجه‌ها', 'Counters', 'integer'), ...SEGMENT_COLUMNS],
          rows: ids.map((id) => {
            const g = this.groups.get(id)!;
            return [id, catalog.clerkName(id), g.days.size, g.counters.size, ...this.cells(g)];
          }),
        },
      ],
      charts: [],
    };
  }
}

export class QueueByDay implements VisitAggregator {
  private readonly groups = new Map<string, VisitFigures>();
  constructor(private readonly keep: Keep) {}

  add(v: Visit): void {
    let g = this.groups.get(v.day);
    if (!g) this.groups.set(v.day, (g = new VisitFigures()));
    g.add(v, this.keep);
  }

  result(): ReportPart {
    const days = [...this.groups.keys()].sort();
    const table: ReportTable = {
      id: 'queue.byDay',
      title: 'صف روز به روز',
      titleEn: 'Queue day by day',
      columns: [col('day', 'تاریخ', 'Date', 'day'), col('weekday', 'روز هفته', 'Weekday', 'text'), ...FIGURE_COLUMNS],
      rows: days.map((d) => [d, WEEKDAY_NAMES.fa[weekdayIndex(d)]!, ...figuresRow(this.groups.get(d)!)]),
    };
    const series = (key: string, title: string, titleEn: string, pick: (g: VisitFigures) => number | null) => ({ key, title, titleEn, values: days.map((d) => pick(this.groups.get(d)!)) });
    const chart: ReportChart = {
      id: 'queue.byDay',
      title: 'نوبت‌ها و انتظار روز به روز',
      titleEn: 'Tickets and waits by day',
      kind: 'line',
      x: days.map((d) => formatDayNumeric(d, 'fa')),
      xEn: days.map((d) => formatDayNumeric(d, 'en')),
      series: [
        series('issued', 'صادرشده', 'Issued', (g) => g.issued),
        series('served', 'خدمت‌گرفته', 'Served', (g) => g.served),
        series('waitMean', 'میانگین انتظار (دقیقه)', 'Mean wait (min)', (g) => minutes(g.waits.summary().mean)),
      ],
    };
    return { tables: [table], charts: [chart] };
  }
}
