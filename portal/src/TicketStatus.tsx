// The page a printed ticket's QR opens on a visitor's phone: the ticket number, and
// live where it stands (people ahead and the wait, or the counter to go to); once
// served, the satisfaction survey (table 5) on the way out.
// It polls: a phone in a lobby may sleep and wake, and a plain GET always recovers.
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatJalaliDateWithWeekday, formatNumber, formatTime, ticketLabel, VISIT_SURVEY_QUESTIONS } from '@desk/common';
import { api, useI18n } from '@desk/ui';
import { sendVisitSurvey } from './edesk/api';
import { newCommandId } from './edesk/storage';
import { SurveyForm } from './track/Survey';
import type { PublicTicketStatus } from './types';

const POLL_MS = 5000;

export function TicketStatus(props: { ticketId: string }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<PublicTicketStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);

  const load = useCallback(async () => {
    const r = await api<PublicTicketStatus>(`/api/public/tickets/${encodeURIComponent(props.ticketId)}`);
    if (r.ok) {
      setStatus(r.data);
      setError(null);
      setUpdatedAt(Date.now());
    } else setError(r.error.message);
  }, [props.ticketId]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [load]);

  if (!status) {
    return (
      <section className="portal-card" aria-live="polite">
        {error ? (
          <>
            <p className="portal-error" role="alert">{error}</p>
            <button type="button" onClick={() => void load()}>{t('common.retry')}</button>
          </>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </section>
    );
  }

  const serviceName = lang === 'en' && status.serviceNameEn ? status.serviceNameEn : status.serviceName;
  const counter = status.counterNumber !== undefined ? formatNumber(status.counterNumber, lang) : '';
  return (
    <section className={`portal-card portal-ticket portal-ticket-${status.status}`} aria-live="polite">
      <h1 className="portal-ticket-title">{t('ticket.title')}</h1>
      <p className="portal-ticket-number" data-testid="ticket-number">{ticketLabel(status, lang)}</p>
      <p className="portal-ticket-service">{serviceName}</p>
      <p className="portal-ticket-state" data-testid="ticket-state">
        {status.status === 'waiting' && (status.ahead ? t('ticket.ahead', { count: formatNumber(status.ahead, lang) }) : t('ticket.aheadNone'))}
        {status.status === 'called' && t('ticket.called', { counter })}
        {status.status === 'serving' && t('ticket.serving', { counter })}
        {status.status === 'done' && t('ticket.done')}
        {status.status === 'noShow' && t('ticket.noShow')}
      </p>
      {status.status === 'waiting' && (
        <p className="portal-ticket-wait">
          {status.waitMinutes ? t('ticket.wait', { minutes: formatNumber(status.waitMinutes, lang) }) : t('ticket.waitSoon')}
        </p>
      )}
      {status.counters.length > 0 && status.status === 'waiting' && (
        <p className="portal-muted">{t('ticket.counters', { counters: status.counters.map((n) => formatNumber(n, lang)).join('، ') })}</p>
      )}
      <dl className="portal-facts">
        <dt>{t('ticket.issuedAt')}</dt>
        <dd>
          {formatJalaliDateWithWeekday(status.issuedAt, lang)} — {formatTime(status.issuedAt, lang)}
        </dd>
      </dl>
      {error && <p className="portal-error" role="alert">{error}</p>}
      <p className="portal-muted">
        {t('ticket.refresh')}
        {updatedAt !== null && <> · {t('ticket.updated', { time: formatTime(updatedAt, lang, true) })}</>}
      </p>
      {status.survey === 'open' && <VisitSurvey ticketId={status.id} onDone={() => void load()} />}
      {status.survey === 'done' && (
        <p className="portal-ok" data-testid="visit-survey-thanks">
          {t('survey.thanks')}
        </p>
      )}
    </section>
  );
}

/** The survey after being served: sent once (a retry after a lost answer keeps its commandId). */
function VisitSurvey(props: { ticketId: string; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | undefined>();
  const commandId = useRef<string | null>(null);
  return (
    <div data-testid="visit-survey">
      <SurveyForm
        questions={VISIT_SURVEY_QUESTIONS}
        busy={busy}
        error={error}
        alreadyDone={error?.code === 'error.surveyDone'}
        onSubmit={async (answers, comment) => {
          commandId.current ??= newCommandId();
          setBusy(true);
          setError(undefined);
          const r = await sendVisitSurvey(props.ticketId, { commandId: commandId.current, answers, ...(comment ? { comment } : {}) });
          setBusy(false);
          if (!r.ok) return setError(r.error);
          props.onDone();
        }}
      />
    </div>
  );
}
