// One request as its client follows it at the kiosk: its state in words, who has it
// now and by when, every step with a tick or a mark, and what the client can do here:
// answer the office's request, confirm the response, give their opinion.
import type { ReactNode } from 'react';
import {
  caseStatusLabel,
  caseStepRows,
  appointmentToday,
  formatJalaliDateWithWeekday,
  formatTime,
  formatTrackingCode,
  isCaseOpen,
  openStep,
  pick,
  responseOutcomeLabel,
  type Case,
  type Unit,
} from '@desk/common';
import { Icon } from '../icons';
import { useKioskI18n } from '../useKioskI18n';
import type { EdeskService } from './Apply';
import { NextButton, ScreenProblem } from './parts';

export function CaseScreen(props: {
  case: Case;
  service: EdeskService | undefined;
  units: readonly Unit[];
  problem: string | undefined;
  busy: boolean;
  onAnswer: (requestId: string) => void;
  onAcknowledge: () => void;
  onSurvey: () => void;
  /** Take the queue ticket for today's appointment. */
  onArrive: () => void;
  onDone: () => void;
}) {
  const { t, lang } = useKioskI18n();
  const c = props.case;
  const unitName = (id: string) => {
    const u = props.units.find((x) => x.id === id);
    return u ? pick(lang, u.name, u.nameEn) : '';
  };
  const open = isCaseOpen(c);
  const current = openStep(c);
  const requests = c.infoRequests.filter((r) => !r.answeredAt && !r.closedAt);
  const rows = caseStepRows(c, props.service?.workflow.steps ?? []);
  return (
    <div className="kiosk-case" data-testid="kiosk-case">
      <section className="kiosk-case-head">
        <p className="kiosk-case-service" dir="auto">
          {props.service ? pick(lang, props.service.name, props.service.nameEn) : c.serviceId}
        </p>
        <p className="kiosk-case-code" dir="ltr" data-testid="case-code">
          {formatTrackingCode(c.trackingCode, lang)}
        </p>
        <p className={`kiosk-case-status kiosk-status-${c.status}`} data-testid="case-status" data-status={c.status}>
          {caseStatusLabel(c.status, lang)}
        </p>
        <dl className="kiosk-case-facts">
          {current && (
            <Fact icon="people" label={t('case.holder')}>
              <span data-testid="case-holder">{unitName(current.unitId)}</span>
            </Fact>
          )}
          {open && (
            <Fact icon="clock" label={t('case.due')}>
              <span data-testid="case-due">{formatJalaliDateWithWeekday(c.responseDueAt, lang)}</span>
              {c.status === 'waitingClient' && <span className="kiosk-case-paused"> — {t('case.paused')}</span>}
            </Fact>
          )}
        </dl>
      </section>

      {requests.map((r) => (
        <section key={r.id} className="kiosk-case-card is-attention" data-testid="info-request">
          <h2>
            <Icon name="message" size={40} />
            <span>{t('case.asked')}</span>
          </h2>
          <p className="kiosk-case-quote" data-testid="info-request-message">
            {r.message}
          </p>
          {r.items.length > 0 && (
            <ul className="kiosk-case-items">
              {r.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
          <NextButton onClick={() => props.onAnswer(r.id)} label={t('case.answer')} icon="pencil" testId="info-answer-open" />
        </section>
      ))}

      {c.appointments
        .filter((a) => a.status === 'scheduled')
        .map((a) => (
          <section key={a.id} className="kiosk-case-card is-attention" data-testid="appointment">
            <h2>
              <Icon name="clock" size={40} />
              <span>{t('case.visit')}</span>
            </h2>
            <dl className="kiosk-case-facts">
              <Fact icon="clock" label={t('case.visitWhen')}>
                <span data-testid="appointment-when">
                  {formatJalaliDateWithWeekday(a.at, lang)} — {formatTime(a.at, lang)}
                </span>
              </Fact>
              <Fact icon="people" label={t('case.visitWhy')}>
                <span>{a.reason}</span>
              </Fact>
            </dl>
            {a.bring.length > 0 && (
              <>
                <p className="kiosk-case-survey-ask">{t('case.visitBring')}</p>
                <ul className="kiosk-case-items">
                  {a.bring.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              </>
            )}
            {appointmentToday({ appointments: [a] }) && (
              <NextButton onClick={props.onArrive} busy={props.busy} label={t('case.visitTicket')} icon="ticket" testId="arrival-ticket" />
            )}
          </section>
        ))}

      {c.response && (
        <section className="kiosk-case-card" data-testid="response">
          <h2>
            <Icon name="document" size={40} />
            <span>
              {t('case.response')}: {responseOutcomeLabel(c.response.outcome, lang)}
            </span>
          </h2>
          <p className="kiosk-case-quote" data-testid="response-text">
            {c.response.text}
          </p>
          {c.response.acknowledgedAt ? (
            <p className="kiosk-case-ok" data-testid="response-acknowledged">
              <Icon name="check" size={36} /> {t('case.acknowledged')}
            </p>
          ) : (
            <NextButton onClick={props.onAcknowledge} busy={props.busy} label={t('case.acknowledge')} icon="check" testId="acknowledge" />
          )}
        </section>
      )}
      {c.response?.acknowledgedAt &&
        (c.survey ? (
          <p className="kiosk-case-card kiosk-case-ok" data-testid="survey-thanks" role="status">
            <Icon name="face5" size={48} /> {t('survey.thanks')}
          </p>
        ) : (
          <section className="kiosk-case-card is-attention">
            <p className="kiosk-case-survey-ask">{t('survey.ask')}</p>
            <NextButton onClick={props.onSurvey} label={t('survey.open')} icon="face4" testId="survey-open" />
          </section>
        ))}

      <ScreenProblem message={props.problem} />

      <section className="kiosk-case-card">
        <h2>
          <Icon name="route" size={40} />
          <span>{t('case.steps')}</span>
        </h2>
        <ol className="kiosk-case-steps" data-testid="case-steps">
          {rows.map(({ index, record, step, state }) => (
            <li key={index} className={`kiosk-case-step is-${state}`} data-state={state} data-testid={`case-step-${index}`}>
              <span className="kiosk-case-step-mark" aria-hidden="true">
                {state === 'done' ? <Icon name="check" size={32} /> : state === 'rejected' ? '✕' : state === 'current' ? <Icon name="clock" size={32} /> : ''}
              </span>
              <span className="kiosk-case-step-title">{step ? pick(lang, step.title, step.titleEn) : t('case.step', { n: index + 1 })}</span>
              <span className="kiosk-case-step-unit">
                {unitName(record?.unitId ?? step?.unitId ?? '')} — {t(`case.stepState.${state}`)}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <NextButton onClick={props.onDone} label={t('edesk.done')} icon="exit" testId="track-done" />
    </div>
  );
}

function Fact(props: { icon: 'people' | 'clock'; label: string; children: ReactNode }) {
  return (
    <div className="kiosk-case-fact">
      <dt>
        <Icon name={props.icon} size={36} />
        <span>{props.label}</span>
      </dt>
      <dd>{props.children}</dd>
    </div>
  );
}
