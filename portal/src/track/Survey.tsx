// The satisfaction survey (table 5): 16 questions in six groups, each answered on five
// levels with big buttons, an optional comment; the same check as the server's.
import { useState } from 'react';
import { SURVEY_AXES, SURVEY_COMMENT_MAX, SURVEY_QUESTIONS, SURVEY_SCALE, formatNumber, validateSurvey, type Case } from '@desk/common';
import { useI18n } from '@desk/ui';
import type { TrackKeys } from '../edesk/api';
import { pick } from '../edesk/format';
import { ErrorSummary } from '../apply/ErrorSummary';
import { Field, FieldError } from '../parts/Field';
import { useCaseCommand } from './useCaseCommand';

const questionDomId = (id: string) => `survey-${id}`;

export function Survey(props: { keys: TrackKeys; onCase: (c: Case) => void; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const command = useCaseCommand(props.keys, props.onCase);

  function choose(id: string, value: number) {
    setAnswers((a) => ({ ...a, [id]: value }));
    if (errors[id]) setErrors(({ [id]: _gone, ...rest }) => rest);
  }

  async function submit() {
    const check = validateSurvey(answers, comment, lang);
    setChecked(true);
    if (!check.ok) {
      setErrors(check.errors);
      requestAnimationFrame(() => document.getElementById('form-errors')?.focus());
      return;
    }
    setErrors({});
    const ok = await command.run({ type: 'survey.submit', answers: check.answers, ...(check.comment ? { comment: check.comment } : {}) });
    if (ok) props.onDone();
  }

  const answered = Object.keys(answers).length;
  const alreadyDone = command.error?.code === 'case.error.surveyDone';
  const links = SURVEY_QUESTIONS.filter((q) => errors[q.id]).map((q) => ({ id: questionDomId(q.id), message: `${pick(lang, q.text, q.textEn)}: ${errors[q.id]}` }));
  return (
    <section className="portal-card portal-survey" aria-labelledby="survey-title" data-testid="survey">
      <h2 id="survey-title">{t('survey.title')}</h2>
      <p className="portal-lead">{t('survey.intro')}</p>
      <p className="portal-muted" aria-live="polite">
        {t('survey.progress', { done: formatNumber(answered, lang), total: formatNumber(SURVEY_QUESTIONS.length, lang) })}
      </p>
      {checked && (links.length > 0 || (command.error && !alreadyDone)) && <ErrorSummary problem={command.error?.message} links={links} />}
      {SURVEY_AXES.map((axis) => (
        <fieldset key={axis.id} className="portal-survey-axis">
          <legend className="portal-survey-axis-title">{pick(lang, axis.title, axis.titleEn)}</legend>
          {SURVEY_QUESTIONS.filter((q) => q.axis === axis.id).map((q) => (
            <fieldset key={q.id} className={`portal-survey-question${errors[q.id] ? ' portal-field-invalid' : ''}`} id={questionDomId(q.id)} tabIndex={-1} aria-describedby={`${questionDomId(q.id)}-error`}>
              <legend className="portal-label">
                {formatNumber(SURVEY_QUESTIONS.indexOf(q) + 1, lang)}. {pick(lang, q.text, q.textEn)}
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
      {alreadyDone && <p className="portal-ok">{command.error!.message}</p>}
      <button type="button" className="portal-button portal-button-primary portal-button-big" onClick={() => void submit()} disabled={command.busy} data-testid="survey-submit">
        {command.busy ? t('common.wait') : t('survey.submit')}
      </button>
    </section>
  );
}
