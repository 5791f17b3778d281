// One case as its client sees it: what state it is in (in words, with what to do
// now), anything the office is waiting for from them, the response, the survey, the
// dates promised, and the workflow step by step.
import { useState } from 'react';
import { caseStatusLabel, formatJalaliDateWithWeekday, formatTrackingCode, isCaseOpen, type Case } from '@desk/common';
import { useI18n } from '@desk/ui';
import type { TrackKeys } from '../edesk/api';
import { dateTimeText, serviceName } from '../edesk/format';
import type { OfficeData } from '../edesk/useOffice';
import { PageTitle } from '../parts/Page';
import { AppointmentCard } from './AppointmentCard';
import { DocumentButton } from './DocumentButton';
import { Due } from './Due';
import { InfoRequestCard } from './InfoRequestCard';
import { ResponseCard } from './ResponseCard';
import { Steps } from './Steps';
import { Survey } from './Survey';
import { Withdraw } from './Withdraw';

/** A visit stays on the page until two hours after its time. */
const VISIT_GRACE_MS = 2 * 3_600_000;

export function CaseView(props: { data: OfficeData; keys: TrackKeys; case: Case; onCase: (c: Case) => void }) {
  const { t, lang } = useI18n();
  const c = props.case;
  const service = props.data.catalogue.services.find((s) => s.serviceId === c.serviceId);
  const [justSurveyed, setJustSurveyed] = useState(false);
  const open = isCaseOpen(c);
  const openRequests = c.infoRequests.filter((r) => !r.answeredAt && !r.closedAt);
  // a visit still ahead (a step finished early may leave its appointment «scheduled»)
  const visits = open ? c.appointments.filter((a) => a.status === 'scheduled' && Date.parse(a.at) > Date.now() - VISIT_GRACE_MS) : [];
  const moved = c.responseDueAt !== c.promisedResponseAt;
  const sentFiles = c.documents.filter((d) => d.stage === 'submission' || d.stage === 'info');

  return (
    <>
      <section className="portal-card portal-case-head" aria-labelledby="case-title" data-testid="case">
        <p className="portal-title-kicker">{t('track.title')}</p>
        <PageTitle id="case-title" text={t('track.title')}>
          {service ? serviceName(service, lang) : c.serviceId}
        </PageTitle>
        <p className="portal-case-code">
          {t('receipt.code')}:{' '}
          <span dir="ltr" className="portal-strong" data-testid="case-code">
            {formatTrackingCode(c.trackingCode, lang)}
          </span>
        </p>
        <p className={`portal-status portal-status-${c.status}`} data-testid="case-status" data-status={c.status}>
          {caseStatusLabel(c.status, lang)}
        </p>
        <p className="portal-lead" data-testid="case-status-explain">
          {t(`status.explain.${c.status}`)}
        </p>
        <dl className="portal-facts">
          <dt>{t('receipt.acceptedAt')}</dt>
          <dd>{dateTimeText(c.acceptedAt, lang)}</dd>
          <dt>{t('track.promised')}</dt>
          <dd data-testid="case-promised">{formatJalaliDateWithWeekday(c.promisedResponseAt, lang)}</dd>
          {moved && (
            <>
              <dt>{t('track.responseDue')}</dt>
              <dd data-testid="case-response-due">
                {formatJalaliDateWithWeekday(c.responseDueAt, lang)}
                <span className="portal-muted portal-block">{t('track.movedBecause')}</span>
              </dd>
            </>
          )}
          {open && (
            <>
              <dt>{t('track.timeLeft')}</dt>
              <dd>
                <Due dueAt={c.responseDueAt} paused={c.status === 'waitingClient'} testId="case-due" />
              </dd>
            </>
          )}
          {c.closedAt && c.status === 'withdrawn' && (
            <>
              <dt>{t('track.withdrawnAt')}</dt>
              <dd>{dateTimeText(c.closedAt, lang)}</dd>
            </>
          )}
        </dl>
      </section>

      {openRequests.map((r) => (
        <InfoRequestCard key={r.id} keys={props.keys} request={r} onCase={props.onCase} />
      ))}
      {visits.map((a) => (
        <AppointmentCard key={a.id} data={props.data} appointment={a} />
      ))}
      {c.response && <ResponseCard keys={props.keys} case={c} response={c.response} onCase={props.onCase} />}
      {c.response?.acknowledgedAt &&
        (c.survey ? (
          <section className="portal-card portal-thanks" data-testid="survey-thanks" role="status">
            <h2>{t('survey.thanksTitle')}</h2>
            <p>{justSurveyed ? t('survey.thanks') : t('survey.thanksEarlier', { at: dateTimeText(c.survey.submittedAt, lang) })}</p>
          </section>
        ) : (
          <Survey keys={props.keys} onCase={props.onCase} onDone={() => setJustSurveyed(true)} />
        ))}

      <section className="portal-card" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('track.steps')}</h2>
        <Steps data={props.data} service={service} case={c} />
      </section>

      {c.infoRequests.some((r) => r.answeredAt) && (
        <section className="portal-card" aria-labelledby="answered-title">
          <h2 id="answered-title">{t('info.history')}</h2>
          <ul className="portal-plain-list">
            {c.infoRequests
              .filter((r) => r.answeredAt)
              .map((r) => (
                <li key={r.id} data-testid="info-answered">
                  <p>{r.message}</p>
                  <p className="portal-muted">{t('info.answeredAt', { at: dateTimeText(r.answeredAt!, lang) })}</p>
                </li>
              ))}
          </ul>
        </section>
      )}

      {sentFiles.length > 0 && (
        <details className="portal-card portal-sent-files">
          <summary>{t('track.yourFiles', { count: sentFiles.length })}</summary>
          <ul className="portal-plain-list">
            {sentFiles.map((d) => (
              <li key={d.id}>
                <DocumentButton keys={props.keys} id={d.id} name={d.name} />
              </li>
            ))}
          </ul>
        </details>
      )}

      {open && <Withdraw keys={props.keys} onCase={props.onCase} />}
    </>
  );
}
