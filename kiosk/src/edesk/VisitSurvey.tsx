// «نظر شما دربارهٔ خدمت امروز»: a visitor served at a counter, with no phone of their own,
// gives their opinion at the kiosk (table 5, the counter visit's 15 questions). They type
// the number on their ticket, pick their service if two tickets share the number, then
// one question a screen with the big faces, an optional comment, and «send».
import { useReducer, useRef, useState, type ReactNode } from 'react';
import { VISIT_SURVEY_QUESTIONS, pick, toPersianDigits, validateSurvey } from '@desk/common';
import { Busy } from '../Busy';
import { Icon } from '../icons';
import { Keypad } from '../Keypad';
import { pressKey, type KeyPress } from '../keyboard';
import { useKioskI18n } from '../useKioskI18n';
import { newCommandId, type EdeskApi, type VisitToRate } from './api';
import { EdeskFrame, EntryBox, NextButton, Prompt, ScreenProblem } from './parts';
import { SurveyComment, SurveyQuestion } from './Survey';

const QUESTIONS = VISIT_SURVEY_QUESTIONS;

type Step =
  | { name: 'number' }
  | { name: 'looking' }
  | { name: 'choose'; visits: VisitToRate[] }
  | { name: 'question'; index: number }
  | { name: 'comment' }
  | { name: 'thanks' };

interface State {
  step: Step;
  number: string;
  visit: VisitToRate | null;
  answers: Record<string, number>;
  comment: string;
  problem: string | undefined;
}

type Action =
  | { type: 'key'; key: KeyPress }
  | { type: 'looking' }
  | { type: 'found'; visits: VisitToRate[] }
  | { type: 'pick'; visit: VisitToRate }
  | { type: 'rate'; questionId: string; value: number }
  | { type: 'problem'; message: string | undefined }
  | { type: 'sent' }
  | { type: 'back' };

const initial: State = { step: { name: 'number' }, number: '', visit: null, answers: {}, comment: '', problem: undefined };

function reducer(state: State, action: Action): State {
  const { step } = state;
  switch (action.type) {
    case 'key':
      if (step.name === 'number') return { ...state, problem: undefined, number: pressKey(state.number, action.key, 6).replace(/\D/g, '') };
      if (step.name === 'comment') return { ...state, problem: undefined, comment: pressKey(state.comment, action.key, 1000) };
      return state;
    case 'looking':
      return { ...state, step: { name: 'looking' }, problem: undefined };
    case 'found':
      if (action.visits.length === 1) return { ...state, visit: action.visits[0]!, step: { name: 'question', index: 0 }, answers: {} };
      return { ...state, step: { name: 'choose', visits: action.visits } };
    case 'pick':
      return { ...state, visit: action.visit, step: { name: 'question', index: 0 }, answers: {} };
    case 'rate': {
      if (step.name !== 'question' || QUESTIONS[step.index]?.id !== action.questionId) return state;
      const answers = { ...state.answers, [action.questionId]: action.value };
      const last = step.index === QUESTIONS.length - 1;
      return { ...state, answers, step: last ? { name: 'comment' } : { name: 'question', index: step.index + 1 } };
    }
    case 'problem':
      return { ...state, problem: action.message, step: step.name === 'looking' ? { name: 'number' } : step };
    case 'sent':
      return { ...state, step: { name: 'thanks' } };
    case 'back':
      if (step.name === 'question' && step.index > 0) return { ...state, step: { name: 'question', index: step.index - 1 } };
      if (step.name === 'comment') return { ...state, step: { name: 'question', index: QUESTIONS.length - 1 } };
      return { ...initial, number: state.number };
  }
}

export function VisitSurvey(props: { api: EdeskApi; onQuit: () => void; onActivity?: () => void }) {
  const { t, lang } = useKioskI18n();
  const [state, dispatch] = useReducer(reducer, initial);
  const [busy, setBusy] = useState(false);
  const commandId = useRef<string | null>(null);
  const act = (a: Action) => {
    props.onActivity?.();
    dispatch(a);
  };

  async function find() {
    if (!state.number) return act({ type: 'problem', message: t('visit.numberHint') });
    act({ type: 'looking' });
    const r = await props.api.findVisits(state.number);
    if (!r.ok) return dispatch({ type: 'problem', message: r.error.message });
    dispatch({ type: 'found', visits: r.data.visits });
  }

  async function send() {
    const check = validateSurvey(state.answers, state.comment, lang, QUESTIONS);
    if (!check.ok) return act({ type: 'problem', message: Object.values(check.errors)[0] });
    commandId.current ??= newCommandId();
    setBusy(true);
    const r = await props.api.sendVisitSurvey(state.visit!.ticketId, { commandId: commandId.current, answers: check.answers, ...(check.comment ? { comment: check.comment } : {}) });
    setBusy(false);
    // answered before (a repeated tap, or from the phone): the opinion is recorded either way
    if (!r.ok && r.error.code !== 'error.surveyDone') return dispatch({ type: 'problem', message: r.error.message });
    dispatch({ type: 'sent' });
  }

  const step = state.step;
  if (step.name === 'looking') return <Busy text={t('visit.looking')} />;
  const back = step.name === 'number' || step.name === 'thanks' ? undefined : () => act({ type: 'back' });
  const onKey = (key: KeyPress) => act({ type: 'key', key });
  const frame = (children: ReactNode) => (
    <EdeskFrame title={t('visit.title')} testId="visit-survey" onBack={back} onQuit={props.onQuit}>
      <div className="kiosk-edesk-step" data-step={step.name} data-testid="edesk-step">
        {children}
      </div>
    </EdeskFrame>
  );

  switch (step.name) {
    case 'number':
      return frame(
        <>
          <Prompt icon="ticket" text={t('visit.numberPrompt')} hint={t('visit.numberHint')} />
          <EntryBox value={state.number} digits placeholder={t('visit.numberPlaceholder')} />
          <ScreenProblem message={state.problem} />
          <div className="kiosk-edesk-keys">
            <Keypad onKey={onKey} />
            <NextButton onClick={() => void find()} label={t('visit.find')} icon="search" testId="visit-find" />
          </div>
        </>,
      );
    case 'choose':
      return frame(
        <>
          <Prompt icon="ticket" text={t('visit.choose')} />
          <div className="kiosk-visit-choices">
            {step.visits.map((v) => (
              <button key={v.ticketId} type="button" className="kiosk-search-button" onClick={() => act({ type: 'pick', visit: v })} data-testid="visit-choice">
                <span className="kiosk-search-label" dir="rtl">
                  {v.label}
                </span>
                <span className="kiosk-search-hint" dir="auto">
                  {pick(lang, v.serviceName, v.serviceNameEn)}
                  {v.counterNumber !== undefined && ` — ${t('visit.counter', { counter: lang === 'fa' ? toPersianDigits(v.counterNumber) : v.counterNumber })}`}
                </span>
              </button>
            ))}
          </div>
        </>,
      );
    case 'question':
      return frame(<SurveyQuestion questions={QUESTIONS} index={step.index} chosen={state.answers[QUESTIONS[step.index]!.id]} onRate={(questionId, value) => act({ type: 'rate', questionId, value })} />);
    case 'comment':
      return frame(<SurveyComment comment={state.comment} problem={state.problem} busy={busy} onKey={onKey} onSend={() => void send()} />);
    case 'thanks':
      return frame(
        <div className="kiosk-accepted" data-testid="visit-survey-thanks">
          <p className="kiosk-accepted-title">
            <Icon name="check" size={48} /> {t('visit.thanks')}
          </p>
          <NextButton onClick={props.onQuit} label={t('edesk.quit')} icon="exit" testId="visit-survey-done" />
        </div>,
      );
  }
}
