// The call the lobby must see from across the room: number, counter, service.
// Re-keyed on every new call, so its highlight plays again.
import { ticketLabel, type Call, type PublicConfig } from '@desk/common';
import { localName } from './board-data';
import { useT } from './i18n';

export function CurrentCall(props: { call: Call | null; config: PublicConfig | undefined; announcing: boolean }) {
  const { t, lang } = useT();
  const { call } = props;
  if (!call) {
    return (
      <section className="current-call current-call-empty" data-testid="current-call">
        <p className="current-call-none">{t('display.noCall')}</p>
      </section>
    );
  }
  const service = props.config?.services.find((s) => s.id === call.serviceId);
  return (
    <section
      className={`current-call${props.announcing ? ' current-call-announcing' : ''}`}
      data-testid="current-call"
      data-call={call.id}
    >
      <div key={call.id} className="current-call-card flash">
        <div className="current-call-label">
          {t('display.ticket')}
          {call.recall && <span className="recall-tag">{t('display.recall')}</span>}
        </div>
        <div className="current-call-number" data-testid="current-call-number" dir="rtl">
          {ticketLabel(call, lang)}
        </div>
        <div className="current-call-counter" data-testid="current-call-counter">
          {t('display.counter', { n: call.counterNumber })}
        </div>
        {service && <div className="current-call-service">{localName(service, lang)}</div>}
      </div>
    </section>
  );
}
