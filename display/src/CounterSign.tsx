// The sign over one counter (seed 001 step 8): its number, the sub-services it
// serves, the ticket being served there and whether it is open.
import { ticketLabel, type CounterStatus, type QueueView } from '@desk/common';
import { localName } from './board-data';
import { Header } from './Header';
import { useT } from './i18n';

const STATUS_KEY = { open: 'sign.open', paused: 'sign.paused', closed: 'sign.closed' } as const;
/** What fits under the sign at TV size; the rest is summarised in one line. */
const MAX_SERVICES = 10;

/** Fewer services, larger letters: a sign with two services reads from across the lobby. */
function density(count: number): string {
  if (count <= 4) return '';
  return count <= 7 ? ' sign-service-list-dense' : ' sign-service-list-denser';
}

export function CounterSign(props: { view: QueueView; counterId: string }) {
  const { t, lang } = useT();
  const { view, counterId } = props;
  const config = view.config;
  const counter = config?.counters.find((c) => c.id === counterId);
  if (!counter) {
    return (
      <main className="counter-sign" data-testid="counter-sign" data-counter={counterId}>
        <Header config={config} title="" />
        <p className="display-connecting">{t('sign.notFound')}</p>
      </main>
    );
  }
  const state = view.counters.get(counter.id);
  const status: CounterStatus = counter.active ? (state?.status ?? 'closed') : 'closed';
  const ticket = status !== 'closed' && state?.currentTicketId ? view.tickets.get(state.currentTicketId) : undefined;
  const services = [...counter.services]
    .sort((a, b) => b.weight - a.weight)
    .flatMap((cs) => config?.services.find((s) => s.id === cs.serviceId && s.active) ?? []);
  const counterTitle = t('display.counter', { n: counter.number });
  const ticketService = ticket && config?.services.find((s) => s.id === ticket.serviceId);
  const shown = services.slice(0, MAX_SERVICES);

  return (
    <main className="counter-sign" data-testid="counter-sign" data-counter={counter.id} data-status={status}>
      <Header config={config} title={counter.name ?? ''} />
      <div className="sign-body">
        <div className="sign-head">
          <h1 className="sign-number">{counterTitle}</h1>
          <span className={`sign-status sign-status-${status}`} data-testid="counter-sign-status">
            {t(STATUS_KEY[status])}
            {status === 'paused' && state?.pauseReason ? ` · ${state.pauseReason}` : ''}
          </span>
        </div>
        <section className="sign-serving">
          <h2 className="panel-title">{t('sign.nowServing')}</h2>
          <div key={ticket?.id ?? 'none'} className={`sign-ticket${ticket ? ' flash' : ''}`} data-testid="counter-sign-ticket" dir="rtl">
            {ticket ? ticketLabel(ticket, lang) : t('sign.noTicket')}
          </div>
          {ticketService && <p className="sign-ticket-service">{localName(ticketService, lang)}</p>}
        </section>
        <section className="sign-services">
          <h2 className="panel-title">{t('sign.services')}</h2>
          {services.length === 0 ? (
            <p className="panel-empty">{t('sign.noServices')}</p>
          ) : (
            <ul className={`sign-service-list${density(shown.length)}`}>
              {shown.map((s) => (
                <li key={s.id}>{localName(s, lang)}</li>
              ))}
            </ul>
          )}
          {services.length > shown.length && (
            <p className="waiting-more">{t('display.moreServices', { n: services.length - shown.length })}</p>
          )}
        </section>
      </div>
    </main>
  );
}
