// The survey (table 5) at the kiosk: one question a screen, five big faces from
// «very low» to «very high» with their words and numbers; a tap records and moves on.
// Then an optional comment, and «send».
import { SURVEY_AXES, SURVEY_QUESTIONS, SURVEY_SCALE, pick, type SurveyQuestion as Question } from '@desk/common';
import { Icon, type IconName } from '../icons';
import { PersianKeyboard } from '../PersianKeyboard';
import { TEXT_EXTRA_KEYS, type KeyPress } from '../keyboard';
import { useKioskI18n } from '../useKioskI18n';
import { EntryBox, NextButton, Prompt, ScreenProblem } from './parts';

const FACES: readonly IconName[] = ['face1', 'face2', 'face3', 'face4', 'face5'];

export function SurveyQuestion(props: {
  index: number;
  chosen: number | undefined;
  onRate: (questionId: string, value: number) => void;
  /** The questionnaire (default: a request's; a counter visit's has no promised date). */
  questions?: readonly Question[];
}) {
  const { t, lang } = useKioskI18n();
  const questions = props.questions ?? SURVEY_QUESTIONS;
  const q = questions[props.index]!;
  const axis = SURVEY_AXES.find((a) => a.id === q.axis)!;
  return (
    <div className="kiosk-survey" data-testid="survey-question" data-question={q.id}>
      <p className="kiosk-survey-axis">
        {t('survey.position', { at: props.index + 1, of: questions.length })} — {pick(lang, axis.title, axis.titleEn)}
      </p>
      <p className="kiosk-survey-text" id="survey-question">
        {pick(lang, q.text, q.textEn)}
      </p>
      <div className="kiosk-faces" role="radiogroup" aria-labelledby="survey-question">
        {SURVEY_SCALE.map((level, i) => (
          <button
            key={level.value}
            type="button"
            role="radio"
            aria-checked={props.chosen === level.value}
            className={`kiosk-face kiosk-face-${level.value}${props.chosen === level.value ? ' is-chosen' : ''}`}
            onClick={() => props.onRate(q.id, level.value)}
            data-testid={`survey-face-${level.value}`}
          >
            <Icon name={FACES[i]!} size={96} />
            <span className="kiosk-face-number">{t('survey.level', { n: level.value })}</span>
            <span className="kiosk-face-label">{pick(lang, level.label, level.labelEn)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function SurveyComment(props: { comment: string; problem: string | undefined; busy: boolean; onKey: (key: KeyPress) => void; onSend: () => void }) {
  const { t } = useKioskI18n();
  return (
    <>
      <Prompt icon="pencil" text={t('survey.comment')} hint={t('survey.commentHint')} />
      <EntryBox value={props.comment} multiline placeholder={t('survey.commentPlaceholder')} />
      <ScreenProblem message={props.problem} />
      <div className="kiosk-edesk-keys">
        <PersianKeyboard onKey={props.onKey} extra={TEXT_EXTRA_KEYS} />
        <NextButton onClick={props.onSend} busy={props.busy} label={t('survey.send')} icon="send" testId="survey-send" />
      </div>
    </>
  );
}
