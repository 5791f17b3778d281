// Who waits for this counter, live, in queue order, with an out-of-turn call per ticket.
import { formatDuration, ticketLabel, type PublicConfig, type Ticket } from '@desk/common';
import { secondsSince } from './desk-state';
import { PRIORITY_KEYS, serviceName, useT } from './i18n';

export function QueueList(props: {
  tickets: Ticket[];
  config: PublicConfig;
  now: number;
  canCall: boolean;
  onCall: (ticket: Ticket) => void;
}) {
  const { t, lang } = useT();
  const services = new Map(props.config.services.map((s) => [s.id, s]));
  return (
    <section className="queue" aria-label={t('queue.title')}>
      <h2>
        {t('queue.title')} <span className="count">({t('queue.count', { count: props.tickets.length })})</span>
      </h2>
      <ol className="queue-list" data-testid="queue-list">
        {props.tickets.length === 0 && <li className="queue-empty muted">{t('queue.empty')}</li>}
        {props.tickets.map((ticket) => (
          <li key={ticket.id} className="queue-row" data-testid={`queue-row-${ticket.id}`}>
            <span className="queue-label">{ticketLabel(ticket, lang)}</span>
            <span className="queue-service">{serviceName(services.get(ticket.serviceId), lang)}</span>
            <span className="queue-wait num" title={t('queue.waiting')}>
              {formatDuration(secondsSince(ticket.issuedAt, props.now) / 60, lang)}
            </span>
            <span className="queue-marks">
              {ticket.priority && ticket.priority.status !== 'rejected' && (
                <span className={`mark mark-priority mark-${ticket.priority.status}`} title={t(`priority.${ticket.priority.status}`)}>
                  {t(PRIORITY_KEYS[ticket.priority.kind])}
                  {ticket.priority.status === 'claimed' ? ' ?' : ' ✓'}
                </span>
              )}
              {ticket.targetCounterId && <span className="mark">{t('queue.forThisCounter')}</span>}
              {ticket.transfers > 0 && <span className="mark">{t('queue.transferred')}</span>}
            </span>
            <button
              type="button"
              className="btn btn-small"
              disabled={!props.canCall}
              onClick={() => props.onCall(ticket)}
              data-testid={`call-specific-${ticket.id}`}
            >
              {t('queue.callOutOfTurn')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
