// The visitor's ticket, straight from the server's answer: the number huge, the service,
// people ahead, the estimated wait, when it was issued, and any priority claim.
import { useEffect, useState } from 'react';
import { formatDuration, formatJalaliDate, formatTime, ticketLabel, type IssueResult, type Service, type TicketPrintState } from '@desk/common';
import type { AppointmentNote } from './flow';
import { Qr } from './Qr';
import { localName } from './catalogue';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

/** How long the ticket stays on screen before the kiosk is ready for the next visitor. */
export const TICKET_SHOWN_SECONDS = 20;
/** Longer when the paper did not come out: time to photograph the screen. */
export const TICKET_UNPRINTED_SECONDS = 60;

export function TicketView(props: {
  result: IssueResult;
  /** Taken for an appointment at the desk: its time, why, and what to bring, once more. */
  appointment?: AppointmentNote;
  service: Service | undefined;
  /** How the paper ticket is printing (undefined: no printer for this kiosk). */
  print: TicketPrintState | undefined;
  /** Where a phone follows the ticket (the QR), once known. */
  statusUrl: string | undefined;
  onDone: () => void;
}) {
  const { t, lang } = useKioskI18n();
  const { ticket, ahead, waitMinutes } = props.result;
  const unprinted = props.print?.state === 'waiting' || props.print?.state === 'failed';
  const secondsLeft = useCountdown(TICKET_SHOWN_SECONDS, props.onDone, unprinted ? TICKET_UNPRINTED_SECONDS : undefined);
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
          {props.appointment && <AppointmentNoteView appointment={props.appointment} />}
          <p className="kiosk-ticket-issued">
            {t('ticket.issuedAt', { date: formatJalaliDate(ticket.issuedAt, lang), time: formatTime(ticket.issuedAt, lang) })}
          </p>
          <p className="kiosk-ticket-hint">{t('ticket.hint')}</p>
          {props.print && (
            <p className={`kiosk-print kiosk-print-${unprinted ? 'failed' : props.print.state}`} data-testid="print-state" role={unprinted ? 'alert' : 'status'}>
              {unprinted
                ? t('print.failed', { reason: props.print.message ?? '' })
                : props.print.state === 'printed'
                  ? t('print.printed')
                  : t('print.printing')}
            </p>
          )}
          {props.statusUrl && (
            <div className={`kiosk-ticket-qr${unprinted ? ' kiosk-ticket-qr-large' : ''}`}>
              <Qr text={props.statusUrl} size={unprinted ? 260 : 150} label={t('print.qr')} />
              <p>{unprinted ? t('print.photo') : t('print.follow')}</p>
            </div>
          )}
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

/** The appointment again, on the ticket: the visitor walks to the desk with this in mind. */
function AppointmentNoteView({ appointment }: { appointment: AppointmentNote }) {
  const { t, lang } = useKioskI18n();
  return (
    <div className="kiosk-ticket-appointment" data-testid="ticket-appointment">
      <p>
        <Icon name="clock" size={32} />
        <span>
          {t('case.visit')}: {formatTime(appointment.at, lang)}
        </span>
      </p>
      <p>
        {t('case.visitWhy')}: {appointment.reason}
      </p>
      {appointment.bring.length > 0 && (
        <>
          <p>{t('case.visitBring')}:</p>
          <ul>
            {appointment.bring.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Seconds left, ticking down; calls `onZero` once when it reaches zero. `extendTo` lengthens it once. */
function useCountdown(seconds: number, onZero: () => void, extendTo?: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (extendTo !== undefined) setLeft((s) => Math.max(s, extendTo));
  }, [extendTo]);
  useEffect(() => {
    if (left === 0) onZero();
  }, [left, onZero]);
  return left;
}
