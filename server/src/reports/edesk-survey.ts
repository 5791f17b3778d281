// Survey results (table 5 of the desk guide): mean satisfaction (1–5) per question and
// per axis, and the share of clients satisfied (4 or 5), over the surveys submitted in
// the period; the same per service, the daily trend, and the clients' own words.
// An axis's mean is over all answers to its questions.
import { SURVEY_AXES, SURVEY_QUESTIONS, toPersianDigits, type CaseEvent } from '@desk/common';
import type { ReportPart } from '../../../common/src/reports/types';
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

const tally = (): Tally => ({ count: 0, sum: 0, satisfied: 0 });
const mean = (t: Tally) => (t.count ? Math.round((t.sum / t.count) * 100) / 100 : null);

export class EdeskSurvey implements EventAggregator {
  readonly types: ReadonlySet<string> = new Set(['survey.submitted']);
  private surveys = 0;
  private readonly questions = new Map<string, Tally>(SURVEY_QUESTIONS.map((q) => [q.id, tally()]));
  private readonly axes = new Map<string, Tally>(SURVEY_AXES.map((a) => [a.id, tally()]));
  /** Every answer of a questionnaire, per service and per office day. */
  private readonly services = new Map<string, Tally>();
  private readonly days = new Map<string, Tally>();
  private comments: Array<[string, string, string]> = [];

  constructor(
    private readonly keep: (e: CaseEvent) => boolean,
    private readonly catalog?: Catalog,
  ) {}

  add(line: JournalLine, inPeriod: boolean): void {
    if (!inPeriod) return;
    const e = line.record<CaseEvent>();
    const answers = e.case?.survey?.answers;
    if (!answers || !this.keep(e)) return;
    this.surveys++;
    const service = this.services.get(e.serviceId) ?? this.services.set(e.serviceId, tally()).get(e.serviceId)!;
    const day = this.days.get(line.day) ?? this.days.set(line.day, tally()).get(line.day)!;
    const comment = e.case.survey?.comment?.trim();
    if (comment) {
      this.comments.push([line.day, e.serviceId, comment]);
      if (this.comments.length > MAX_COMMENTS * 2) this.comments = this.comments.slice(-MAX_COMMENTS);
    }
    for (const q of SURVEY_QUESTIONS) {
      const v = answers[q.id];
      if (typeof v !== 'number') continue;
      for (const t of [this.questions.get(q.id)!, this.axes.get(q.axis)!, service, day]) {
        t.count++;
        t.sum += v;
        if (v >= 4) t.satisfied++;
      }
    }
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
