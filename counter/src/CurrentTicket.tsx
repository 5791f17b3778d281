// The ticket in front of the clerk, big: label, service, state, time since called,
// recalls, and the visitor's priority claim to confirm or reject.
import { formatNumber, formatTime, ticketLabel, toPersianDigits, type PublicConfig, type Ticket } from '@desk/common';
import { clockDuration, secondsSince } from './desk-state';
import { PRIORITY_KEYS, serviceName, useT } from './i18n';

export function CurrentTicket(props: {
  ticket: Ticket | undefined;
  config: PublicConfig;
  now: number;
  paused: boolean;
  priorityEnabled: boolean;
  onPriority: (confirm: boolean) => void;
  /** Open the e-desk request this ticket was issued for (an appointment at the desk). */
  onOpenCase?: (caseId: string) => void;
}) {
  const { t, lang } = useT();
  const { ticket } = props;
  if (!ticket) {
    return (
      <section className="current current-empty" data-testid="current-ticket">
        <p>{props.paused ? t('current.paused') : t('current.none')}</p>
      </section>
    );
  }
  const service = props.config.services.find((s) => s.id === ticket.serviceId);
  const since = clockDuration(secondsSince(ticket.calledAt, props.now));
  const serving = ticket.status === 'serving';
  return (
    <section className={`current ${serving ? 'current-serving' : 'current-called'}`} data-testid="current-ticket">
      <div className="current-label" aria-live="polite">
        {ticketLabel(ticket, lang)}
      </div>
      <div className="current-service">{serviceName(service, lang)}</div>
      <dl className="current-facts">
        <div>
          <dt>{t('current.status')}</dt>
          <dd>
            <span className={`badge ${serving ? 'badge-free' : 'badge-busy'}`}>{t(serving ? 'status.serving' : 'status.called')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('current.sinceCalled')}</dt>
          <dd className="num">{lang === 'fa' ? toPersianDigits(since) : since}</dd>
        </div>
        <div>
          <dt>{t('current.recalls')}</dt>
          <dd className="num">{formatNumber(ticket.recalls, lang)}</dd>
        </div>
        {ticket.transfers > 0 && (
          <div>
            <dt>{t('current.transfers')}</dt>
            <dd className="num">{formatNumber(ticket.transfers, lang)}</dd>
          </div>
        )}
      </dl>
      {ticket.caseId && (
        <div className="current-case" data-testid="current-case">
          <span>{t('current.appointment', { time: ticket.appointmentAt ? formatTime(ticket.appointmentAt, lang) : '' })}</span>
          {props.onOpenCase && (
            <button type="button" className="btn btn-accent" onClick={() => props.onOpenCase!(ticket.caseId!)} data-testid="open-case">
              {t('action.openCase')}
            </button>
          )}
        </div>
      )}
      {ticket.priority && (
        <div className={`priority priority-${ticket.priority.status}`}>
          <span>
            {t('current.priority', { kind: t(PRIORITY_KEYS[ticket.priority.kind]) })} — {t(`priority.${ticket.priority.status}`)}
          </span>
          {ticket.priority.status === 'claimed' && (
            <span className="priority-actions">
              <button type="button" className="btn btn-accent" disabled={!props.priorityEnabled} onClick={() => props.onPriority(true)} data-testid="priority-confirm">
                {t('action.confirmPriority')}
              </button>
              <button type="button" className="btn" disabled={!props.priorityEnabled} onClick={() => props.onPriority(false)} data-testid="priority-reject">
                {t('action.rejectPriority')}
              </button>
            </span>
          )}
        </div>
      )}
    </section>
  );
}
