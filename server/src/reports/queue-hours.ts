// When visitors come (tickets by Tehran hour × weekday: how many counters to open when)
// and the longest waits of the period.
import { ticketLabel, toPersianDigits } from '@desk/common';
import type { ReportPart } from '../../../common/src/reports/types';
import { tehranHourAndWeekday, WEEKDAY_NAMES } from '../../../common/src/reports/calendar';
import type { VisitAggregator } from './aggregator';
import type { Catalog } from './catalog';
import { col } from './columns';
import { minutes, Samples, TopN } from './stats';
import { waitOf, type Visit } from './visits';

const pad = (n: number) => String(n).padStart(2, '0');

export class QueueByHour implements VisitAggregator {
  /** issued[weekday * 24 + hour] */
  private readonly issued = new Float64Array(7 * 24);
  private readonly waits = Array.from({ length: 24 }, () => new Samples());
  /** Office days with tickets, per weekday (for the mean per day). */
  private readonly days = Array.from({ length: 7 }, () => new Set<string>());

  add(v: Visit): void {
    const { hour, weekday } = tehranHourAndWeekday(v.issuedAt);
    this.issued[weekday * 24 + hour]!++;
    this.days[weekday]!.add(v.day);
    const wait = waitOf(v);
    if (wait !== undefined) this.waits[hour]!.add(wait);
  }

  result(): ReportPart {
    let first = 24;
    let last = -1;
    for (let h = 0; h < 24; h++) {
      for (let w = 0; w < 7; w++) {
        if (this.issued[w * 24 + h]! > 0) {
          first = Math.min(first, h);
          last = Math.max(last, h);
        }
      }
    }
    const hoursShown = last < 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const dayCount = this.days.reduce((n, s) => n + s.size, 0);
    const rows = hoursShown.map((h) => {
      const perWeekday = Array.from({ length: 7 }, (_, w) => this.issued[w * 24 + h]!);
      const total = perWeekday.reduce((a, b) => a + b, 0);
      return [
        `${pad(h)}:00`,
        ...perWeekday,
        total,
        dayCount ? Math.round((total / dayCount) * 10) / 10 : null,
        minutes(this.waits[h]!.mean()),
      ];
    });
    return {
      tables: [
        {
          id: 'queue.byHour',
          title: 'نوبت‌ها بر پایهٔ ساعت صدور و روز هفته (به وقت تهران)',
          titleEn: 'Tickets by hour of issue and weekday (Tehran time)',
          columns: [
            col('hour', 'ساعت', 'Hour', 'text'),
            ...WEEKDAY_NAMES.fa.map((name, w) => col(`w${w}`, name, WEEKDAY_NAMES.en[w]!, 'integer')),
            col('total', 'جمع', 'Total', 'integer'),
            col('perDay', 'میانگین در هر روز کاری', 'Mean per office day', 'decimal'),
            col('waitMean', 'میانگین انتظار (دقیقه)', 'Mean wait (min)', 'minutes'),
          ],
          rows,
          note: 'ساعت صدور نوبت به وقت تهران؛ «میانگین در هر روز کاری» = جمع ÷ روزهای دارای نوبت.',
        },
      ],
      charts: [
        {
          id: 'queue.byHour',
          title: 'نقشهٔ حرارتی مراجعه (ساعت × روز هفته)',
          titleEn: 'Visits heat map (hour × weekday)',
          kind: 'heatmap',
          x: hoursShown.map((h) => toPersianDigits(pad(h))),
          xEn: hoursShown.map((h) => pad(h)),
          series: WEEKDAY_NAMES.fa.map((name, w) => ({ key: `w${w}`, title: name, titleEn: WEEKDAY_NAMES.en[w]!, values: hoursShown.map((h) => this.issued[w * 24 + h]!) })),
        },
      ],
    };
  }
}

const OUTCOME_NAMES: Record<Visit['outcome'], string> = { served: 'خدمت‌گرفته', noShow: 'عدم حضور', unserved: 'بی‌پاسخ' };

export class LongestWaits implements VisitAggregator {
  private readonly top: TopN<Visit>;
  constructor(size: number) {
    this.top = new TopN(size);
  }

  add(v: Visit): void {
    const wait = waitOf(v);
    if (wait !== undefined) this.top.add(wait, v);
  }

  result(catalog: Catalog): ReportPart {
    return {
      tables: [
        {
          id: 'queue.longestWaits',
          title: 'طولانی‌ترین انتظارها',
          titleEn: 'Longest waits',
          columns: [
            col('day', 'تاریخ', 'Date', 'day'),
            col('ticket', 'نوبت', 'Ticket', 'text'),
            col('service', 'خدمت', 'Service', 'text'),
            col('issuedAt', 'صدور', 'Issued', 'time'),
            col('calledAt', 'نخستین فراخوان', 'First call', 'time'),
            col('wait', 'انتظار (دقیقه)', 'Wait (min)', 'minutes'),
            col('counter', 'باجه', 'Counter', 'text'),
            col('clerk', 'کارمند', 'Clerk', 'text'),
            col('outcome', 'نتیجه', 'Outcome', 'text'),
          ],
          rows: this.top.result().map((v) => {
            const first = v.segments[0]!;
            return [
              v.day,
              ticketLabel(v),
              catalog.serviceName(v.serviceId),
              v.issuedAt,
              first.calledAt,
              minutes(first.calledAt - v.issuedAt),
              catalog.counterName(first.counterId),
              catalog.clerkName(first.clerkId),
              OUTCOME_NAMES[v.outcome],
            ];
          }),
        },
      ],
      charts: [],
    };
  }
}
