// The daily staff report (table 2 of the desk guide, seed 001): per clerk and day,
// every request the clerk handled, its mode, tracking code and outcome. From the queue:
// each call of a ticket at the clerk's counter (served, no-show, transferred). From the
// e-desk: each case event a staff member made (acceptance, steps, response…), as
// server/src/cases/report.ts lists one day of them, here over any period with the queue.
import { CASE_MODE_LETTERS, caseModeLabel, ticketLabel, type CaseEvent, type CaseEventOutcome } from '@desk/common';
import type { Cell, ReportPart } from '../../../common/src/reports/types';
import type { EventAggregator, VisitAggregator } from './aggregator';
import type { Catalog } from './catalog';
import { byName, col } from './columns';
import type { JournalLine } from './line';
import { CASE_EVENT_TYPES } from './edesk';
import { minutes } from './stats';
import type { Segment, SegmentEnd, Visit } from './visits';

const SEGMENT_OUTCOMES: Record<SegmentEnd, string> = { finished: 'خدمت داده شد', noShow: 'عدم حضور', transferred: 'انتقال', open: 'ناتمام در پایان روز' };

const CASE_OUTCOMES: Record<CaseEventOutcome, string> = {
  accepted: 'پذیرش درخواست',
  done: 'انجام مرحله',
  rejected: 'رد',
  returned: 'بازگشت به مرحلهٔ قبل',
  sent: 'ارسال استعلام',
  confirmed: 'تأیید استعلام',
  info: 'پاسخ استعلام',
  requested: 'درخواست مدرک یا اطلاعات',
  answered: 'دریافت پاسخ متقاضی',
  scheduled: 'تعیین وقت حضور',
  attended: 'حضور متقاضی',
  approved: 'پاسخ: موافقت',
  partial: 'پاسخ: موافقت بخشی یا مشروط',
  informed: 'پاسخ داده شد',
  acknowledged: 'تحویل پاسخ',
  surveyed: 'نظرسنجی',
  withdrawn: 'انصراف',
};

interface Row {
  clerkId: string;
  day: string;
  at: number;
  cells: (catalog: Catalog) => Cell[];
}

export class StaffDaily implements VisitAggregator, EventAggregator {
  readonly types: ReadonlySet<string> = CASE_EVENT_TYPES;
  private rows: Row[] = [];
  private dropped = 0;

  constructor(
    private readonly limit: number,
    private readonly keepSegment: ((s: Segment) => boolean) | undefined,
    private readonly keepCaseEvent: (e: CaseEvent) => boolean,
  ) {}

  private push(row: Row): void {
    if (this.rows.length >= this.limit) this.dropped++;
    else this.rows.push(row);
  }

  /** A visit from the queue: one row per call by a clerk. */
  add(visit: Visit): void;
  /** A case event: one row when a staff member made it. */
  add(line: JournalLine, inPeriod: boolean): void;
  add(x: Visit | JournalLine, inPeriod?: boolean): void {
    if ('segments' in x) this.addVisit(x);
    else if (inPeriod) this.addCaseEvent(x.record<CaseEvent>());
  }

  private addVisit(v: Visit): void {
    for (const s of v.segments) {
      if (this.keepSegment && !this.keepSegment(s)) continue;
      const served = s.end === 'finished' && s.endedAt !== undefined ? s.endedAt - (s.servingAt ?? s.calledAt) : null;
      this.push({
        clerkId: s.clerkId,
        day: v.day,
        at: s.calledAt,
        cells: (catalog) => [
          v.day,
          catalog.clerkName(s.clerkId),
          catalog.counterName(s.counterId),
          'نوبت حضوری',
          ticketLabel(v),
          '',
          '',
          catalog.serviceName(s.serviceId),
          `${CASE_MODE_LETTERS.desk} (${caseModeLabel('desk')})`,
          v.issuedAt,
          s.calledAt,
          s.servingAt ?? null,
          s.endedAt ?? null,
          minutes(served),
          SEGMENT_OUTCOMES[s.end],
        ],
      });
    }
  }

  private addCaseEvent(e: CaseEvent): void {
    if (e.actor.kind !== 'staff' || !this.keepCaseEvent(e)) return;
    const at = Date.parse(e.at);
    this.push({
      clerkId: e.actor.id,
      day: e.day,
      at,
      cells: (catalog) => [
        e.day,
        catalog.clerkName(e.actor.id),
        catalog.unitName(e.actor.unitId ?? e.unitId),
        'پرونده',
        '',
        e.trackingCode,
        e.case.client.name,
        catalog.serviceName(e.serviceId),
        `${CASE_MODE_LETTERS[e.mode]} (${caseModeLabel(e.mode)})`,
        Date.parse(e.case.acceptedAt),
        at,
        null,
        null,
        null,
        CASE_OUTCOMES[e.outcome] ?? e.outcome,
      ],
    });
  }

  result(catalog: Catalog): ReportPart {
    const rows = this.rows.sort((a, b) => byName(catalog.clerkName(a.clerkId), catalog.clerkName(b.clerkId)) || (a.clerkId < b.clerkId ? -1 : a.clerkId > b.clerkId ? 1 : 0) || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || a.at - b.at);
    return {
      tables: [
        {
          id: 'staff.daily',
          title: 'گزارش روزانهٔ کارکنان میز خدمت (جدول ۲)',
          titleEn: 'Daily staff report (table 2)',
          columns: [
            col('day', 'تاریخ', 'Date', 'day'),
            col('clerk', 'کارمند', 'Clerk', 'text'),
            col('place', 'باجه / واحد', 'Counter / unit', 'text'),
            col('kind', 'نوع', 'Kind', 'text'),
            col('ticket', 'شمارهٔ نوبت', 'Ticket', 'text'),
            col('trackingCode', 'کد رهگیری', 'Tracking code', 'text'),
            col('client', 'متقاضی', 'Client', 'text'),
            col('service', 'خدمت', 'Service', 'text'),
            col('mode', 'شیوهٔ انجام', 'Mode', 'text'),
            col('received', 'دریافت (صدور نوبت / پذیرش)', 'Received (ticket issued / case accepted)', 'datetime'),
            col('at', 'زمان اقدام (فراخوان)', 'Handled at (call)', 'time'),
            col('servingAt', 'شروع خدمت', 'Service started', 'time'),
            col('endedAt', 'پایان', 'Ended', 'time'),
            col('serviceMinutes', 'مدت خدمت (دقیقه)', 'Service time (min)', 'minutes'),
            col('outcome', 'نتیجه', 'Outcome', 'text'),
          ],
          rows: rows.map((r) => r.cells(catalog)),
          ...(this.dropped ? { truncated: this.dropped } : {}),
          note: 'شیوهٔ انجام: الف حضوری در میز خدمت، ب درگاه، ج کیوسک، د واحد داخلی، ه سامانه.',
        },
      ],
      charts: [],
    };
  }
}
