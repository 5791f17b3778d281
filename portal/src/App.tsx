// The citizen portal: what a person reaches from a phone or a home computer — the
// office's services and their info packages, asking for one online, the receipt,
// following a request to its response and survey, and a queue ticket's live status.
import { useI18n } from '@desk/ui';
import { pick } from './edesk/format';
import { findService, useOffice, type OfficeData } from './edesk/useOffice';
import { Apply } from './apply/Apply';
import { Link } from './parts/Link';
import { Loading, PageTitle, Problem } from './parts/Page';
import { ReceiptPage } from './receipt/Receipt';
import { routeOf, usePath, type Route } from './router';
import { Handoff } from './handoff/Handoff';
import { Home } from './services/Home';
import { ServicePackage } from './services/ServicePackage';
import { TicketStatus } from './TicketStatus';
import { Track } from './track/Track';

export function App() {
  const { t, lang, setLang } = useI18n();
  const path = usePath();
  const route = routeOf(path);
  const office = useOffice();
  const officeName = office.state.status === 'ready' ? pick(lang, office.state.data.info.office.name, office.state.data.info.office.nameEn) : '';
  return (
    <div className="portal">
      <a href="#main" className="portal-skip">
        {t('nav.skip')}
      </a>
      <header className="portal-header portal-noprint">
        <Link to="/" className="portal-brand">
          <span className="portal-brand-name">{t('app.title')}</span>
          {officeName && <span className="portal-brand-office">{officeName}</span>}
        </Link>
        <nav className="portal-header-nav" aria-label={t('nav.main')}>
          <Link to="/track" className="portal-header-link">
            {t('nav.track')}
          </Link>
          <button type="button" className="portal-lang" onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')} lang={lang === 'fa' ? 'en' : 'fa'} data-testid="lang-switch">
            {t('lang.switch')}
          </button>
        </nav>
      </header>
      <main className="portal-main" id="main">
        {route.page === 'ticket' ? (
          <TicketStatus ticketId={route.ticketId} />
        ) : route.page === 'handoff' ? (
          <Handoff id={route.id} />
        ) : office.state.status === 'loading' ? (
          <Loading />
        ) : office.state.status === 'error' ? (
          <Problem message={office.state.error.message} onRetry={office.retry} />
        ) : (
          <Page route={route} data={office.state.data} key={route.page === 'track' ? 'track' : path} />
        )}
      </main>
    </div>
  );
}

function Page(props: { route: Route; data: OfficeData }) {
  const { route, data } = props;
  switch (route.page) {
    case 'home':
      return <Home data={data} />;
    case 'service':
    case 'apply': {
      const service = findService(data, route.serviceId);
      if (!service) return <NotFound serviceMissing />;
      return route.page === 'service' ? <ServicePackage data={data} service={service} /> : <Apply key={service.serviceId} service={service} />;
    }
    case 'receipt':
      return <ReceiptPage data={data} trackingCode={route.trackingCode} />;
    case 'track':
      return <Track data={data} {...(route.trackingCode ? { trackingCode: route.trackingCode } : {})} />;
    case 'ticket':
    case 'handoff':
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound(props: { serviceMissing?: boolean }) {
  const { t } = useI18n();
  const text = props.serviceMissing ? t('notFound.service') : t('notFound.page');
  return (
    <section className="portal-card">
      <PageTitle text={text}>{text}</PageTitle>
      <Link to="/" className="portal-button portal-button-primary">
        {t('nav.allServices')}
      </Link>
    </section>
  );
}
