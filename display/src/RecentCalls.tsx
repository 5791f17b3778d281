// The calls before the big one, newest first: number → counter.
import { ticketLabel, type Call } from '@desk/common';
import { useT } from './i18n';

export function RecentCalls(props: { calls: Call[] }) {
  const { t, lang } = useT();
  return (
    <section className="panel recent-calls" data-testid="recent-calls">
      <h2 className="panel-title">{t('display.recentCalls')}</h2>
      {props.calls.length === 0 ? (
        <p className="panel-empty">{t('display.noRecentCalls')}</p>
      ) : (
        <ol className="recent-list">
          {props.calls.map((call) => (
            <li key={call.id} className="recent-row" data-call={call.id}>
              <span className="recent-number" dir="rtl">
                {ticketLabel(call, lang)}
              </span>
              <span className="recent-arrow" aria-hidden="true">
                {lang === 'fa' ? '←' : '→'}
              </span>
              <span className="recent-counter">{t('display.counter', { n: call.counterNumber })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
