// «پیگیری درخواست» at the kiosk: the tracking code and the national ID on the digit
// pad, then the case; the client answers the office's request (text here, documents
// from the phone), confirms the response and gives their opinion. The reducer
// (track-flow.ts) decides; this screen draws and talks to the server. Leaving it
// forgets everything and closes the phone handoff.
import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { SURVEY_QUESTIONS, appointmentToday, caseMessage, fileSizeText, formatTrackingCode, type Case, type IssueResult, type Unit } from '@desk/common';
import { Busy } from '../Busy';
import { Icon } from '../icons';
import { Keypad } from '../Keypad';
import { PersianKeyboard } from '../PersianKeyboard';
import { TEXT_EXTRA_KEYS, type KeyPress } from '../keyboard';
import { useKioskI18n } from '../useKioskI18n';
import type { EdeskService } from './Apply';
import type { AppointmentNote } from '../flow';
import { newCommandId, type ClientCommand, type EdeskApi } from './api';
import { CaseScreen } from './CaseScreen';
import { EdeskFrame, EntryBox, NextButton, Prompt, ScreenProblem } from './parts';
import { PhonePanel } from './PhonePanel';
import { SurveyComment, SurveyQuestion } from './Survey';
import { initialTrackState, surveyToSend, trackKeysOf, trackReducer } from './track-flow';
import { useHandoff } from './useHandoff';

export function Track(props: {
  api: EdeskApi;
  services: readonly EdeskService[];
  units: readonly Unit[];
  /** Came in by «نوبت حضوری دارم»: an appointment of today gives its ticket at once. */
  arrival?: boolean;
  /** The ticket, and the appointment it was taken for (shown again with it). */
  onTicket: (result: IssueResult, appointment: AppointmentNote) => void;
  onQuit: () => void;
  onActivity: () => void;
  onPhoneWait: (waiting: boolean) => void;
}) {
  const { t, lang } = useKioskI18n();
  const { api } = props;
  const [state, dispatch] = useReducer(trackReducer, initialTrackState);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState<string>();
  const link = useHandoff(api, props.onActivity, props.onPhoneWait);
  // one id per command until the server takes it: a retry after a lost answer is safe
  const commandId = useRef<string | null>(null);
  const keys = trackKeysOf(state);

  const looking = state.step.name === 'looking';
  useEffect(() => {
    if (!looking || !keys) return;
    let stop = false;
    void api.track(keys).then((r) => {
      if (stop) return;
      if (r.ok) dispatch({ type: 'found', case: r.data.case });
      else if (r.status === 404 || r.status === 400) dispatch({ type: 'notFound', message: r.error.message });
      else dispatch({ type: 'problem', message: r.error.message });
    });
    return () => {
      stop = true;
    };
    // asked once per «پیگیری»: the keys cannot change while looking
  }, [looking]);

  const run = useCallback(
    async (command: ClientCommand): Promise<boolean> => {
      if (!keys || busy) return false;
      commandId.current ??= newCommandId();
      setBusy(true);
      const r = await api.command(keys, command, commandId.current);
      setBusy(false);
      if (!r.ok) {
        dispatch({ type: 'problem', message: r.error.message });
        return false;
      }
      commandId.current = null;
      dispatch({ type: 'case', case: r.data.case });
      return true;
    },
    [api, keys, busy],
  );

  // checking in for today's appointment: a queue ticket linked to the case
  const arrivalId = useRef<string | null>(null);
  const { onTicket } = props;
  const arrive = useCallback(async () => {
    if (!keys || busy) return;
    arrivalId.current ??= newCommandId();
    setBusy(true);
    const r = await api.arrive(keys, arrivalId.current);
    setBusy(false);
    if (!r.ok) return dispatch({ type: 'problem', message: r.error.message });
    onTicket({ ticket: r.data.ticket, ahead: r.data.ahead, waitMinutes: r.data.waitMinutes }, r.data.appointment);
  }, [api, keys, busy, onTicket]);
  const found = state.step.name === 'case' ? state.case : undefined;
  const autoArrived = useRef(false);
  useEffect(() => {
    if (!props.arrival || !found || autoArrived.current || !appointmentToday(found)) return;
    autoArrived.current = true;
    void arrive();
  }, [props.arrival, found, arrive]);

  const step = state.step;
  const c: Case | undefined = state.case;
  const service = c ? props.services.find((s) => s.serviceId === c.serviceId) : undefined;
  const onKey = (key: KeyPress) => {
    setEmpty(undefined);
    dispatch({ type: 'key', key });
  };
  const back = step.name === 'code' || step.name === 'case' || step.name === 'looking' ? undefined : () => dispatch({ type: 'back' });
  const frame = (children: ReactNode) => (
    <EdeskFrame title={t(props.arrival ? 'arrival.title' : 'track.title')} testId="edesk-track" onBack={back} onQuit={props.onQuit}>
      <div className="kiosk-edesk-step" data-step={step.name} data-testid="edesk-step">
        {children}
      </div>
    </EdeskFrame>
  );

  switch (step.name) {
    case 'code':
      return frame(
        <>
          <Prompt icon="route" text={t('track.codePrompt')} hint={t('track.codeHint')} />
          <EntryBox value={formatTrackingCode(state.code, 'en')} digits placeholder={t('track.codePlaceholder')} error={state.error} />
          <ScreenProblem message={state.problem} />
          <div className="kiosk-edesk-keys">
            <Keypad onKey={onKey} />
            <NextButton onClick={() => dispatch({ type: 'next', lang })} />
          </div>
        </>,
      );
    case 'nationalId':
      return frame(
        <>
          <Prompt icon="idcard" text={t('apply.nationalId.prompt')} hint={t('track.nationalIdHint')} />
          <EntryBox value={state.nationalId} digits placeholder={t('apply.nationalId.placeholder')} error={state.error} />
          <ScreenProblem message={state.problem} />
          <div className="kiosk-edesk-keys">
            <Keypad onKey={onKey} />
            <NextButton onClick={() => dispatch({ type: 'next', lang })} label={t('track.find')} icon="search" testId="track-find" />
          </div>
        </>,
      );
    case 'looking':
      return <Busy text={t('track.looking')} />;
    case 'case':
      return frame(
        <CaseScreen
          case={c!}
          service={service}
          units={props.units}
          problem={state.problem}
          busy={busy}
          onAnswer={(requestId) => dispatch({ type: 'openAnswer', requestId })}
          onAcknowledge={() => void run({ type: 'response.acknowledge' })}
          onSurvey={() => dispatch({ type: 'openSurvey' })}
          onArrive={() => void arrive()}
          onDone={props.onQuit}
        />,
      );
    case 'answer': {
      const request = c?.infoRequests.find((r) => r.id === step.requestId);
      const files = link.handoff?.documents ?? [];
      const send = async () => {
        if (!state.answer.trim() && files.length === 0) return setEmpty(caseMessage('case.error.emptyAnswer', undefined, lang));
        setEmpty(undefined);
        const ok = await run({
          type: 'info.answer',
          requestId: step.requestId,
          ...(state.answer.trim() ? { answer: state.answer.trim() } : {}),
          documents: files.map((f) => ({ id: f.id })),
        });
        if (ok) link.close();
      };
      return frame(
        <>
          <Prompt icon="message" text={t('answer.prompt')} hint={request?.message} />
          <EntryBox value={state.answer} multiline placeholder={t('answer.placeholder')} error={empty} />
          <PhonePanel link={link} onOpen={() => keys && void link.open({ purpose: 'info', ...keys })}>
            {files.length > 0 && (
              <ul className="kiosk-files" role="list" data-testid="answer-files">
                {files.map((f) => (
                  <li key={f.id} className="kiosk-file">
                    <Icon name="check" size={32} className="kiosk-file-tick" />
                    <span className="kiosk-file-name" dir="auto">
                      {f.name}
                    </span>
                    <span className="kiosk-file-size">{fileSizeText(f.size, lang)}</span>
                  </li>
                ))}
              </ul>
            )}
          </PhonePanel>
          <ScreenProblem message={state.problem} />
          <div className="kiosk-edesk-keys">
            <PersianKeyboard onKey={onKey} extra={TEXT_EXTRA_KEYS} />
            <NextButton onClick={() => void send()} busy={busy} label={t('answer.send')} icon="send" testId="info-answer-send" />
          </div>
        </>,
      );
    }
    case 'survey':
      return frame(
        <SurveyQuestion index={step.index} chosen={state.survey[SURVEY_QUESTIONS[step.index]!.id]} onRate={(questionId, value) => dispatch({ type: 'rate', questionId, value })} />,
      );
    case 'comment': {
      const send = async () => {
        const check = surveyToSend(state, lang);
        if (!check.ok) return dispatch({ type: 'problem', message: check.message });
        await run({ type: 'survey.submit', answers: check.answers, ...(check.comment ? { comment: check.comment } : {}) });
      };
      return frame(<SurveyComment comment={state.comment} problem={state.problem} busy={busy} onKey={onKey} onSend={() => void send()} />);
    }
  }
}
