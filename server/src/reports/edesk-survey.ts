// Survey results (table 5 of the desk guide): mean satisfaction (1–5) per question and
// per axis, and the share of clients satisfied (4 or 5), over the surveys submitted in
// the period — after an e-desk response (the case journal) and after a counter visit
// with a queue ticket (the queue journal's ticket.surveyed); the same per service and
// per way of coming, the daily trend, and the clients' own words.
// An axis's mean is over all answers to its questions.
import { SURVEY_AXES, SURVEY_QUESTIONS, toPersianDigits, type CaseEvent, type DeskEvent } from '@desk/common';
import type { PlaceFilter, ReportPart } from '../../../common/src/reports/types';
import type { EventAggregator } from './aggregator';
import { col } from './columns';
import { percent } from './stats';
import type { JournalLine } from './line';
import type { Catalog } from './catalog';
import { formatDayNumeric } from '../../../common/src/reports/calendar';

/** At most this many comments are listed (the newest are kept). */
const MAX_COMMENTS = 500;

interface Tally {
  count: number;
  sum: number;
  satisfied: number;
}

interface Answered {
  serviceId: string;
  answers: Record<string, number>;
  comment: string | undefined;
  channel: Channel;
}

const tally = (): Tally => ({ count: 0, sum: 0, satisfied: 0 });
const mean = (t: Tally) => (t.count ? Math.round((t.sum / t.count) * 100) / 100 : null);

/** Which counter-visit surveys a place keeps (units and levels are the e-desk's: none). */
export function visitSurveyFilter(place: PlaceFilter, catalog: Catalog): (e: DeskEvent) => boolean {
  switch (place.kind) {
    case 'office':
      return () => true;
    case 'service':
      return (e) => e.ticket?.serviceId === place.serviceId;
    case 'department':
      return (e) => !!e.ticket && catalog.departmentOf(e.ticket.serviceId) === place.departmentId;
    case 'counter':
      return (e) => e.ticket?.counterId === place.counterId;
    case 'clerk':
      return (e) => e.ticket?.clerkId === place.clerkId;
    case 'unit':
    case 'level':
      return () => false;
  }
}

type Channel = 'edesk' | 'visit';
const CHANNELS: ReadonlyArray<[Channel, string, string]> = [
  ['edesk', 'درخواست الکترونیکی (پس از پاسخ)', 'E-desk request (after the response)'],
  ['visit', 'مراجعه به باجه با نوبت', 'Counter visit with a queue ticket'],
];

export class EdeskSurvey implements EventAggregator {
  readonly types: ReadonlySet<string> = new Set(['survey.submitted', 'ticket.surveyed']);
  private surveys = 0;
  private readonly channels = new Map<Channel, Tally>(CHANNELS.map(([c]) => [c, tally()]));
  private readonly questions = new Map<string, Tally>(SURVEY_QUESTIONS.map((q) => [q.id, tally()]));
  private readonly axes = new Map<string, Tally>(SURVEY_AXES.map((a) => [a.id, tally()]));
  /** Every answer of a questionnaire, per service and per office day. */
  private readonly services = new Map<string, Tally>();
  private readonly days = new Map<string, Tally>();
  private comments: Array<[string, string, string]> = [];

  constructor(
    private readonly keep: (e: CaseEvent) => boolean,
    private readonly catalog?: Catalog,
    private readonly keepVisit: (e: DeskEvent) => boolean = () => true,
  ) {}

  add(line: JournalLine, inPeriod: boolean): void {
    if (!inPeriod) return;
    const one = line.type === 'ticket.surveyed' ? this.visit(line.record<DeskEvent>()) : this.request(line.record<CaseEvent>());
    if (!one) return;
    const { serviceId, answers, comment, channel } = one;
    this.surveys++;
    const service = this.services.get(serviceId) ?? this.services.set(serviceId, tally()).get(serviceId)!;
    const day = this.days.get(line.day) ?? this.days.set(line.day, tally()).get(line.day)!;
    const text = comment?.trim();
    if (text) {
      this.comments.push([line.day, serviceId, text]);
      if (this.comments.length > MAX_COMMENTS * 2) this.comments = this.comments.slice(-MAX_COMMENTS);
    }
    for (const q of SURVEY_QUESTIONS) {
      const v = answers[q.id];
      if (typeof v !== 'number') continue;
      for (const t of [this.questions.get(q.id)!, this.axes.get(q.axis)!, service, day, this.channels.get(channel)!]) {
        t.count++;
        t.sum += v;
        if (v >= 4) t.satisfied++;
      }
    }
  }

  private request(e: CaseEvent): Answered | undefined {
    const survey = e.case?.survey;
    return survey && this.keep(e) ? { serviceId: e.serviceId, answers: survey.answers, comment: survey.comment, channel: 'edesk' } : undefined;
  }

  private visit(e: DeskEvent): Answered | undefined {
    return e.survey && e.ticket && this.keepVisit(e) ? { serviceId: e.ticket.serviceId, answers: e.survey.answers, comment: e.survey.comment, channel: 'visit' } : undefined;
  }

  private trend(): Array<[string, Tally]> {
    return [...this.days].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  private serviceName(id: string): string {
    return this.catalog?.serviceName(id) ?? id;
  }

  result(): ReportPart {
    const axisRows = SURVEY_AXES.map((a) => {
      const t = this.axes.get(a.id)!;
      return [a.title, 'میانگین محور', t.count, mean(t), percent(t.satisfied, t.count)];
    });
    const questionRows = SURVEY_QUESTIONS.map((q) => {
      const t = this.questions.get(q.id)!;
      const axis = SURVEY_AXES.find((a) => a.id === q.axis)!;
      return [axis.title, q.text, t.count, mean(t), percent(t.satisfied, t.count)];
    });
    return {
      tables: [
        {
          id: 'edesk.survey',
          title: `نتایج نظرسنجی (${toPersianDigits(this.surveys)} پرسشنامه)`,
          titleEn: `Survey results (${this.surveys} questionnaires)`,
          columns: [
            col('axis', 'محور', 'Axis', 'text'),
            col('question', 'پرسش', 'Question', 'text'),
            col('answers', 'پاسخ‌ها', 'Answers', 'integer'),
            col('mean', 'میانگین رضایت (۱ تا ۵)', 'Mean satisfaction (1–5)', 'score'),
            col('satisfied', 'راضی و بسیار راضی (٪)', 'Satisfied (4–5, %)', 'percent'),
          ],
          rows: [...axisRows, ...questionRows],
        },
        {
          id: 'edesk.survey.byService',
          title: 'رضایت به تفکیک خدمت',
          titleEn: 'Satisfaction by service',
          columns: [
            col('service', 'خدمت', 'Service', 'text'),
            col('answers', 'پاسخ‌ها', 'Answers', 'integer'),
            col('mean', 'میانگین رضایت (۱ تا ۵)', 'Mean satisfaction (1–5)', 'score'),
            col('satisfied', 'راضی و بسیار راضی (٪)', 'Satisfied (4–5, %)', 'percent'),
          ],
          rows: [...this.services]
            .map(([id, t]) => [this.serviceName(id), t.count, mean(t), percent(t.satisfied, t.count)] as [string, number, number | null, number | null])
            .sort((a, b) => a[0].localeCompare(b[0], 'fa')),
        },
        {
          id: 'edesk.survey.byChannel',
          title: 'رضایت به تفکیک شیوهٔ مراجعه',
          titleEn: 'Satisfaction by way of coming',
          columns: [
            col('channel', 'شیوهٔ مراجعه', 'Way of coming', 'text'),
            col('answers', 'پاسخ‌ها', 'Answers', 'integer'),
            col('mean', 'میانگین رضایت (۱ تا ۵)', 'Mean satisfaction (1–5)', 'score'),
            col('satisfied', 'راضی و بسیار راضی (٪)', 'Satisfied (4–5, %)', 'percent'),
          ],
          rows: CHANNELS.map(([c, title]) => {
            const t = this.channels.get(c)!;
            return [title, t.count, mean(t), percent(t.satisfied, t.count)];
          }),
        },
        {
          id: 'edesk.survey.byDay',
          title: 'روند رضایت روزبه‌روز',
          titleEn: 'Satisfaction day by day',
          columns: [
            col('day', 'روز', 'Day', 'day'),
            col('answers', 'پاسخ‌ها', 'Answers', 'integer'),
            col('mean', 'میانگین رضایت (۱ تا ۵)', 'Mean satisfaction (1–5)', 'score'),
          ],
          rows: this.trend().map(([d, t]) => [d, t.count, mean(t)]),
        },
        {
          id: 'edesk.survey.comments',
          title: 'نوشته‌های مراجعان در نظرسنجی',
          titleEn: 'What clients wrote in the survey',
          columns: [col('day', 'روز', 'Day', 'day'), col('service', 'خدمت', 'Service', 'text'), col('comment', 'نوشته', 'Comment', 'text')],
          rows: this.comments.slice(-MAX_COMMENTS).map(([d, id, text]) => [d, this.serviceName(id), text]),
        },
      ],
      charts: [
        {
          id: 'edesk.survey',
          title: 'میانگین رضایت به تفکیک محور',
          titleEn: 'Mean satisfaction by axis',
          kind: 'bar',
          x: SURVEY_AXES.map((a) => a.title),
          xEn: SURVEY_AXES.map((a) => a.titleEn),
          series: [{ key: 'mean', title: 'میانگین', titleEn: 'Mean', values: SURVEY_AXES.map((a) => mean(this.axes.get(a.id)!)) }],
        },
        {
          id: 'edesk.survey.trend',
          title: 'روند میانگین رضایت',
          titleEn: 'Mean satisfaction over time',
          kind: 'line',
          x: this.trend().map(([d]) => formatDayNumeric(d, 'fa')),
          xEn: this.trend().map(([d]) => formatDayNumeric(d, 'en')),
          series: [{ key: 'mean', title: 'میانگین', titleEn: 'Mean', values: this.trend().map(([, t]) => mean(t)) }],
        },
      ],
    };
  }
}
