// The satisfaction survey (table 5): 16 questions in six groups, each answered on five
// levels with big buttons, an optional comment; the same check as the server's. The
// form serves a request after its response (Survey) and a counter visit with a queue
// ticket (TicketStatus), which has every question but the receipt's promised date.
import { useState } from 'react';
import {
  SURVEY_AXES,
  SURVEY_COMMENT_MAX,
  SURVEY_QUESTIONS,
  SURVEY_SCALE,
  formatNumber,
  validateSurvey,
  type Case,
  type SurveyQuestion,
} from '@desk/common';
import { useI18n } from '@desk/ui';
import type { TrackKeys } from '../edesk/api';
import { pick } from '../edesk/format';
import { ErrorSummary } from '../apply/ErrorSummary';
import { Field, FieldError } from '../parts/Field';
import { useCaseCommand } from './useCaseCommand';

const questionDomId = (id: string) => `survey-${id}`;

/** The survey of a request, after its response. */
export function Survey(props: { keys: TrackKeys; onCase: (c: Case) => void; onDone: () => void }) {
  const command = useCaseCommand(props.keys, props.onCase);
  return (
    <SurveyForm
      questions={SURVEY_QUESTIONS}
      busy={command.busy}
      error={command.error}
      alreadyDone={command.error?.code === 'case.error.surveyDone'}
      onSubmit={async (answers, comment) => {
        const ok = await command.run({ type: 'survey.submit', answers, ...(comment ? { comment } : {}) });
        if (ok) props.onDone();
      }}
    />
  );
}

export function SurveyForm(props: {
  questions: readonly SurveyQuestion[];
  busy: boolean;
  /** The server's refusal, if any. */
  error: { message: string } | undefined;
  /** The refusal says it was answered before: shown as good news, not as an error. */
  alreadyDone: boolean;
  onSubmit: (answers: Record<string, number>, comment: string | undefined) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const { questions } = props;
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);

  function choose(id: string, value: number) {
    setAnswers((a) => ({ ...a, [id]: value }));
    if (errors[id]) setErrors(({ [id]: _gone, ...rest }) => rest);
  }

  async function submit() {
    const check = validateSurvey(answers, comment, lang, questions);
    setChecked(true);
    if (!check.ok) {
      setErrors(check.errors);
      requestAnimationFrame(() => document.getElementById('form-errors')?.focus());
      return;
    }
    setErrors({});
    await props.onSubmit(check.answers, check.comment);
  }

  const answered = Object.keys(answers).length;
  const { alreadyDone, error } = props;
  const links = questions.filter((q) => errors[q.id]).map((q) => ({ id: questionDomId(q.id), message: `${pick(lang, q.text, q.textEn)}: ${errors[q.id]}` }));
  return (
    <section className="portal-card portal-survey" aria-labelledby="survey-title" data-testid="survey">
      <h2 id="survey-title">{t('survey.title')}</h2>
      <p className="portal-lead">{t('survey.intro')}</p>
      <p className="portal-muted" aria-live="polite">
        {t('survey.progress', { done: formatNumber(answered, lang), total: formatNumber(questions.length, lang) })}
      </p>
      {checked && (links.length > 0 || (error && !alreadyDone)) && <ErrorSummary problem={error?.message} links={links} />}
      {SURVEY_AXES.filter((axis) => questions.some((q) => q.axis === axis.id)).map((axis) => (
        <fieldset key={axis.id} className="portal-survey-axis">
          <legend className="portal-survey-axis-title">{pick(lang, axis.title, axis.titleEn)}</legend>
          {questions.filter((q) => q.axis === axis.id).map((q) => (
            <fieldset key={q.id} className={`portal-survey-question${errors[q.id] ? ' portal-field-invalid' : ''}`} id={questionDomId(q.id)} tabIndex={-1} aria-describedby={`${questionDomId(q.id)}-error`}>
              <legend className="portal-label">
                {formatNumber(questions.indexOf(q) + 1, lang)}. {pick(lang, q.text, q.textEn)}
              </legend>
              <div className="portal-scale">
                {SURVEY_SCALE.map((level) => (
                  <label key={level.value} className={`portal-scale-option${answers[q.id] === level.value ? ' portal-choice-checked' : ''}`}>
                    <input type="radio" name={`survey-${q.id}`} value={level.value} checked={answers[q.id] === level.value} onChange={() => choose(q.id, level.value)} data-testid={`survey-${q.id}-${level.value}`} />
                    <span className="portal-scale-number" aria-hidden="true">
                      {formatNumber(level.value, lang)}
                    </span>
                    <span>{pick(lang, level.label, level.labelEn)}</span>
                  </label>
                ))}
              </div>
              <FieldError id={`${questionDomId(q.id)}-error`} message={errors[q.id]} />
            </fieldset>
          ))}
        </fieldset>
      ))}
      <Field label={t('survey.comment')} hint={t('survey.commentHint', { max: formatNumber(SURVEY_COMMENT_MAX, lang) })} required={false} error={errors.comment} testId="survey-comment">
        {(ids) => (
          <textarea
            id={ids.id}
            className="portal-input portal-textarea"
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            data-testid="survey-comment"
          />
        )}
      </Field>
      {alreadyDone && <p className="portal-ok">{error!.message}</p>}
      <button type="button" className="portal-button portal-button-primary portal-button-big" onClick={() => void submit()} disabled={props.busy} data-testid="survey-submit">
        {props.busy ? t('common.wait') : t('survey.submit')}
      </button>
    </section>
  );
}
