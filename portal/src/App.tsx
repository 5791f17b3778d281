// The citizen portal: what a person reaches from a phone or a home computer.
import { useI18n } from '@desk/ui';
import { usePath } from './router';
import { TicketStatus } from './TicketStatus';

export function App() {
  const { t, lang, setLang } = useI18n();
  const path = usePath();
  const ticket = /^\/t\/([A-Za-z0-9-]{8,64})$/.exec(path);
  return (
    <div className="portal">
      <header className="portal-header">
        <span className="portal-brand">{t('app.title')}</span>
        <button type="button" className="portal-lang" onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')}>
          {t('lang.switch')}
        </button>
      </header>
      <main className="portal-main">
        {ticket ? (
          <TicketStatus ticketId={ticket[1]!} />
        ) : (
          <section className="portal-card">
            <h1>{t('home.title')}</h1>
            <p>{t('home.intro')}</p>
          </section>
        )}
      </main>
    </div>
  );
}
