// The visitor's ticket, straight from the server's answer: the number huge, the service,
// people ahead, the estimated wait, when it was issued, and any priority claim.
import { useEffect, useState } from 'react';
import { formatDuration, formatJalaliDate, formatTime, ticketLabel, type IssueResult, type Service } from '@desk/common';
import { localName } from './catalogue';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

/** How long the ticket stays on screen before the kiosk is ready for the next visitor. */
export const TICKET_SHOWN_SECONDS = 20;

export function TicketView(props: { result: IssueResult; service: Service | undefined; onDone: () => void }) {
  const { t, lang } = useKioskI18n();
  const { ticket, ahead, waitMinutes } = props.result;
  const secondsLeft = useCountdown(TICKET_SHOWN_SECONDS, props.onDone);
  const priority = ticket.priority;

  return (
    <div className="kiosk-screen kiosk-ticket">
      <main className="kiosk-ticket-main" data-testid="ticket-view">
        <div className="kiosk-ticket-card">
          <h1 className="kiosk-ticket-title">{t('ticket.title')}</h1>
          <p className="kiosk-ticket-number" data-testid="ticket-number" dir="rtl">
            {ticketLabel(ticket, lang)}
          </p>
          {props.service && <p className="kiosk-ticket-service" dir="auto">{localName(props.service, lang)}</p>}
          <p className="kiosk-ticket-ahead" data-testid="ticket-ahead">
            {ahead > 0 ? t('ticket.ahead', { count: ahead }) : t('ticket.aheadNone')}
          </p>
          <p className="kiosk-ticket-wait" data-testid="ticket-wait">
            {t('ticket.wait', { duration: waitMinutes >= 1 ? formatDuration(waitMinutes, lang) : t('ticket.waitNone') })}
          </p>
          {priority && (
            <p className="kiosk-ticket-priority">
              <Icon name={priority.kind} size={40} />
              <span>{t('ticket.priority', { kind: t(`priority.kind.${priority.kind}`) })}</span>
            </p>
          )}
          <p className="kiosk-ticket-issued">
            {t('ticket.issuedAt', { date: formatJalaliDate(ticket.issuedAt, lang), time: formatTime(ticket.issuedAt, lang) })}
          </p>
          <p className="kiosk-ticket-hint">{t('ticket.hint')}</p>
        </div>
        <button type="button" className="kiosk-done" onClick={props.onDone}>
          <Icon name="back" size={40} />
          <span>{t('common.back')}</span>
        </button>
        <p className="kiosk-ticket-countdown">{t('ticket.autoReturn', { seconds: secondsLeft })}</p>
      </main>
    </div>
  );
}

/** Seconds left, ticking down; calls `onZero` once when it reaches zero. */
function useCountdown(seconds: number, onZero: () => void): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onZero();
  }, [left, onZero]);
  return left;
}
