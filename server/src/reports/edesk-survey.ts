// Survey results (table 5 of the desk guide): mean satisfaction (1–5) per question and
// per axis, and the share of clients satisfied (4 or 5), over the surveys submitted in
// the period. An axis's mean is over all answers to its questions.
import { SURVEY_AXES, SURVEY_QUESTIONS, toPersianDigits, type CaseEvent } from '@desk/common';
import type { ReportPart } from '../../../common/src/reports/types';
import type { EventAggregator } from './aggregator';
import { col } from './columns';
import { percent } from './stats';
import type { JournalLine } from './line';

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

  constructor(private readonly keep: (e: CaseEvent) => boolean) {}

  add(line: JournalLine, inPeriod: boolean): void {
    if (!inPeriod) return;
    const e = line.record<CaseEvent>();
    const answers = e.case?.survey?.answers;
    if (!answers || !this.keep(e)) return;
    this.surveys++;
    for (const q of SURVEY_QUESTIONS) {
      const v = answers[q.id];
      if (typeof v !== 'number') continue;
      for (const t of [this.questions.get(q.id)!, this.axes.get(q.axis)!]) {
        t.count++;
        t.sum += v;
        if (v >= 4) t.satisfied++;
      }
    }
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
      ],
    };
  }
}
