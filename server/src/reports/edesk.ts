// E-desk figures (seed 000, criterion 10): requests accepted, answered, open and
// overdue, time from acceptance to response, share answered on time; per service and
// channel; and each workflow step's agreed against actual time (table 1, step 6 of
// seed 001: "evaluate the units' performance on each step"). Read from the case events,
// each of which carries the whole case as it is after it.
//   acceptance → response = response.issuedAt − acceptedAt (calendar hours)
//   on time               = issued no later than responseDueAt: the receipt's promise,
//                           moved by the working time the office waited on the client
//   open / overdue        = as the period ends: accepted, neither answered nor withdrawn;
//                           overdue when its responseDueAt has passed by then
//   step agreed / actual  = dueAt − startedAt / finishedAt − startedAt (calendar hours;
//                           dueAt comes from the agreed working time and the office
//                           calendar, moved by waits on the client); breach = finished after dueAt
import { isCaseOpen, type Case, type CaseEvent, type CaseEventType } from '@desk/common';
import type { PlaceFilter, ReportPart, ReportTable } from '../../../common/src/reports/types';
import type { EventAggregator } from './aggregator';
import type { Catalog } from './catalog';
import { byName, col } from './columns';
import { hours, percent, Samples } from './stats';
import type { JournalLine } from './line';

export const CASE_EVENT_TYPES: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'case.submitted',
  'step.completed',
  'step.returned',
  'inquiry.sent',
  'inquiry.answered',
  'info.requested',
  'info.answered',
  'appointment.set',
  'appointment.checkedIn',
  'response.issued',
  'response.acknowledged',
  'survey.submitted',
  'case.withdrawn',
]);

/** What the e-desk figures keep of a case (a year of cases in a few MB). */
interface CaseFacts {
  serviceId: string;
  channel: Case['channel'];
  deskUnitId: string;
  submittedBy?: string;
  acceptedAt: number;
  responseDueAt: number;
  open: boolean;
  currentUnitId?: string;
}

/** Which case events a place keeps: at the unit (or its level), of the service (or its department), by the clerk. */
export function caseEventFilter(place: PlaceFilter, catalog: Catalog): (e: CaseEvent) => boolean {
  switch (place.kind) {
    case 'office':
      return () => true;
    case 'service':
      return (e) => e.serviceId === place.serviceId;
    case 'department':
      return (e) => catalog.departmentOf(e.serviceId) === place.departmentId;
    case 'unit':
      return (e) => e.unitId === place.unitId;
    case 'level':
      return (e) => catalog.units.get(e.unitId)?.level === place.level;
    case 'clerk':
      return (e) => e.actor.kind === 'staff' && e.actor.id === place.clerkId;
    case 'counter':
      return () => false;
  }
}

/** Which cases a place keeps for the open / overdue count. */
function caseFilter(place: PlaceFilter, catalog: Catalog): (c: CaseFacts) => boolean {
  switch (place.kind) {
    case 'office':
      return () => true;
    case 'service':
      return (c) => c.serviceId === place.serviceId;
    case 'department':
      return (c) => catalog.departmentOf(c.serviceId) === place.departmentId;
    case 'unit':
      return (c) => c.deskUnitId === place.unitId || c.currentUnitId === place.unitId;
    case 'level':
      return (c) => catalog.units.get(c.deskUnitId)?.level === place.level;
    case 'clerk':
      return (c) => c.submittedBy === place.clerkId;
    case 'counter':
      return () => false;
  }
}

class Figures {
  accepted = 0;
  answered = 0;
  onTime = 0;
  withdrawn = 0;
  open = 0;
  overdue = 0;
  readonly responseTimes = new Samples();
}

const FIGURE_COLUMNS = [
  col('accepted', 'پذیرفته‌شده', 'Accepted', 'integer'),
  col('answered', 'پاسخ‌داده‌شده', 'Answered', 'integer'),
  col('withdrawn', 'انصراف', 'Withdrawn', 'integer'),
  col('open', 'باز در پایان دوره', 'Open at period end', 'integer'),
  col('overdue', 'دیرکرد در پایان دوره', 'Overdue at period end', 'integer'),
  col('responseMean', 'میانگین پذیرش تا پاسخ (ساعت)', 'Mean acceptance→response (h)', 'hours'),
  col('responseMedian', 'میانهٔ پذیرش تا پاسخ (ساعت)', 'Median acceptance→response (h)', 'hours'),
  col('onTimeShare', 'پاسخ در موعد (٪)', 'Answered on time (%)', 'percent'),
];

function figureCells(f: Figures): (number | null)[] {
  const s = f.responseTimes.summary();
  return [f.accepted, f.answered, f.withdrawn, f.open, f.overdue, hours(s.mean), hours(s.median), percent(f.onTime, f.answered)];
}

export type EdeskGrouping = 'summary' | 'byService' | 'byChannel';

const CHANNEL_NAMES: Record<Case['channel'], string> = { web: 'درگاه اینترنتی', kiosk: 'کیوسک', counter: 'میز خدمت حضوری' };

/** Requests accepted, answered, open, overdue and response times, for the office or per service or channel. */
export class EdeskFigures implements EventAggregator {
  readonly types = CASE_EVENT_TYPES;
  readonly needsHistory = true;
  /** 'caseId' rather than '"caseId":"': a needle ending in a rare byte is searched several times faster. */
  readonly historyMarker = 'caseId';
  private readonly cases = new Map<string, CaseFacts>();
  private readonly groups = new Map<string, Figures>();

  constructor(
    private readonly grouping: EdeskGrouping,
    private readonly keepEvent: (e: CaseEvent) => boolean,
    private readonly keepCase: (c: CaseFacts) => boolean,
    /** The instant the period ends (or now, if sooner): open and overdue are counted then. */
    private readonly asOf: number,
  ) {}

  static forPlace(grouping: EdeskGrouping, place: PlaceFilter, catalog: Catalog, asOf: number): EdeskFigures {
    return new EdeskFigures(grouping, caseEventFilter(place, catalog), caseFilter(place, catalog), asOf);
  }

  private keyOf(c: { serviceId: string; channel: Case['channel'] }): string {
    return this.grouping === 'byService' ? c.serviceId : this.grouping === 'byChannel' ? c.channel : '';
  }

  private group(key: string): Figures {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = new Figures()));
    return g;
  }

  add(line: JournalLine, inPeriod: boolean): void {
    const e = line.record<CaseEvent>();
    const c = e.case;
    if (!c) return;
    const before = this.cases.get(c.id);
    const step = c.steps[c.steps.length - 1];
    this.cases.set(c.id, {
      serviceId: c.serviceId,
      channel: c.channel,
      deskUnitId: c.deskUnitId,
      submittedBy: e.type === 'case.submitted' && e.actor.kind === 'staff' ? e.actor.id : before?.submittedBy,
      acceptedAt: Date.parse(c.acceptedAt),
      responseDueAt: Date.parse(c.responseDueAt),
      open: isCaseOpen(c),
      ...(step && !step.finishedAt ? { currentUnitId: step.unitId } : {}),
    });
    if (!inPeriod || !this.keepEvent(e)) return;
    const g = this.group(this.keyOf(c));
    if (e.type === 'case.submitted') g.accepted++;
    else if (e.type === 'case.withdrawn') g.withdrawn++;
    else if (e.type === 'response.issued' && c.response) {
      const issued = Date.parse(c.response.issuedAt);
      g.answered++;
      g.responseTimes.add(issued - Date.parse(c.acceptedAt));
      if (issued <= Date.parse(c.responseDueAt)) g.onTime++;
    }
  }

  private countOpen(): void {
    for (const c of this.cases.values()) {
      if (!c.open || c.acceptedAt > this.asOf || !this.keepCase(c)) continue;
      const g = this.group(this.keyOf(c));
      g.open++;
      if (c.responseDueAt < this.asOf) g.overdue++;
    }
  }

  result(catalog: Catalog): ReportPart {
    this.countOpen();
    if (this.grouping === 'summary') {
      const f = this.groups.get('') ?? new Figures();
      const cells = figureCells(f);
      return {
        tables: [
          {
            id: 'edesk.summary',
            title: 'خلاصهٔ میز خدمت الکترونیکی',
            titleEn: 'E-desk summary',
            columns: [col('measure', 'شاخص', 'Measure', 'text'), col('value', 'مقدار', 'Value', 'decimal')],
            rows: FIGURE_COLUMNS.map((c, i) => [c.title, cells[i]!]),
            note: 'زمان پذیرش تا پاسخ به ساعت تقویمی؛ «در موعد» یعنی پاسخ تا موعدی که در رسید اعلام شد (با افزودن زمان انتظار برای متقاضی) صادر شد.',
          },
        ],
        charts: [],
      };
    }
    const keys = [...this.groups.keys()];
    const name = (k: string) => (this.grouping === 'byService' ? catalog.serviceName(k) : CHANNEL_NAMES[k as Case['channel']] ?? k);
    keys.sort((a, b) => byName(name(a), name(b)));
    const table: ReportTable =
      this.grouping === 'byService'
        ? {
            id: 'edesk.byService',
            title: 'میز خدمت الکترونیکی به تفکیک خدمت',
            titleEn: 'E-desk by service',
            columns: [col('serviceId', 'شناسهٔ خدمت', 'Service id', 'text'), col('service', 'خدمت', 'Service', 'text'), ...FIGURE_COLUMNS],
            rows: keys.map((k) => [k, name(k), ...figureCells(this.groups.get(k)!)]),
          }
        : {
            id: 'edesk.byChannel',
            title: 'میز خدمت الکترونیکی به تفکیک مجرای دریافت',
            titleEn: 'E-desk by channel',
            columns: [col('channel', 'مجرا', 'Channel', 'text'), ...FIGURE_COLUMNS],
            rows: keys.map((k) => [name(k), ...figureCells(this.groups.get(k)!)]),
          };
    return { tables: [table], charts: [] };
  }
}

class StepFigures {
  finished = 0;
  returned = 0;
  breaches = 0;
  readonly agreed = new Samples();
  readonly actual = new Samples();
}

/** Each workflow step's agreed and actual time, and how often it ran late. */
export class EdeskSteps implements EventAggregator {
  readonly types: ReadonlySet<string> = new Set(['step.completed', 'step.returned', 'response.issued']);
  private readonly groups = new Map<string, StepFigures & { serviceId: string; stepId: string; unitId: string; index: number }>();

  constructor(private readonly keep: (e: CaseEvent) => boolean) {}

  add(line: JournalLine, inPeriod: boolean): void {
    if (!inPeriod) return;
    const e = line.record<CaseEvent>();
    if (!e.case || e.stepIndex === undefined || !this.keep(e)) return;
    // the record of this step that this event finished (a returned step runs again later)
    const step = [...e.case.steps].reverse().find((s) => s.index === e.stepIndex && s.finishedAt === e.at) ?? [...e.case.steps].reverse().find((s) => s.index === e.stepIndex && s.finishedAt);
    if (!step?.finishedAt) return;
    const key = `${e.serviceId}\u0000${step.index}\u0000${step.stepId}\u0000${step.unitId}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = Object.assign(new StepFigures(), { serviceId: e.serviceId, stepId: step.stepId, unitId: step.unitId, index: step.index })));
    const started = Date.parse(step.startedAt);
    const finished = Date.parse(step.finishedAt);
    const due = Date.parse(step.dueAt);
    g.finished++;
    if (step.result === 'returned') g.returned++;
    if (finished > due) g.breaches++;
    g.agreed.add(due - started);
    g.actual.add(finished - started);
  }

  result(catalog: Catalog): ReportPart {
    const rows = [...this.groups.values()]
      .sort((a, b) => byName(catalog.serviceName(a.serviceId), catalog.serviceName(b.serviceId)) || a.index - b.index)
      .map((g) => {
        const actual = g.actual.summary();
        return [
          catalog.serviceName(g.serviceId),
          g.index + 1,
          catalog.stepTitle(g.serviceId, g.stepId),
          catalog.unitName(g.unitId),
          g.finished,
          hours(g.agreed.summary().mean),
          hours(actual.mean),
          hours(actual.p90),
          g.breaches,
          percent(g.breaches, g.finished),
          g.returned,
        ];
      });
    return {
      tables: [
        {
          id: 'edesk.steps',
          title: 'عملکرد واحدها در مراحل گردش کار',
          titleEn: "Units' performance on workflow steps",
          columns: [
            col('service', 'خدمت', 'Service', 'text'),
            col('step', 'مرحله', 'Step', 'integer'),
            col('stepTitle', 'عنوان مرحله', 'Step title', 'text'),
            col('unit', 'واحد مسئول', 'Responsible unit', 'text'),
            col('finished', 'انجام‌شده', 'Finished', 'integer'),
            col('agreedMean', 'میانگین زمان مصوب (ساعت)', 'Mean agreed time (h)', 'hours'),
            col('actualMean', 'میانگین زمان واقعی (ساعت)', 'Mean actual time (h)', 'hours'),
            col('actualP90', 'صدک ۹۰ زمان واقعی (ساعت)', 'P90 actual time (h)', 'hours'),
            col('breaches', 'تأخیر از موعد', 'Late', 'integer'),
            col('breachShare', 'سهم تأخیر (٪)', 'Late share (%)', 'percent'),
            col('returned', 'بازگشت به مرحلهٔ قبل', 'Sent back', 'integer'),
          ],
          rows,
          note: 'زمان مصوب = موعد مرحله − آغاز آن (موعد از زمان مصوب جدول ۱ و تقویم کاری اداره، به‌علاوهٔ زمان انتظار برای متقاضی)؛ زمان واقعی = پایان − آغاز؛ هر دو به ساعت تقویمی.',
        },
      ],
      charts: [],
    };
  }
}
