// The portal's front page: «پیگیری درخواست» first (people come back more often than
// they come new), then every service of the office by department, with a search box.
import { useMemo, useState } from 'react';
import { formatAgreedTime, formatNumber } from '@desk/common';
import { useI18n } from '@desk/ui';
import { pick, serviceName } from '../edesk/format';
import type { CatalogueService } from '../edesk/types';
import type { OfficeData } from '../edesk/useOffice';
import { Icon } from '../parts/Icon';
import { Link } from '../parts/Link';
import { PageTitle } from '../parts/Page';
import { searchServices } from './search';

export function Home(props: { data: OfficeData }) {
  const { t, lang } = useI18n();
  const { catalogue, config, info } = props.data;
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchServices(catalogue.services, query), [catalogue.services, query]);
  const searching = query.trim() !== '';

  const groups = useMemo(() => {
    const known = new Set(config.departments.map((d) => d.id));
    const list = config.departments.map((d) => ({ id: d.id, name: pick(lang, d.name, d.nameEn), services: catalogue.services.filter((s) => s.departmentId === d.id) }));
    const others = catalogue.services.filter((s) => !known.has(s.departmentId));
    if (others.length) list.push({ id: 'other', name: t('home.otherServices'), services: others });
    return list.filter((g) => g.services.length > 0);
  }, [catalogue.services, config.departments, lang, t]);

  const officeName = pick(lang, info.office.name, info.office.nameEn);
  return (
    <>
      <Link to="/track" className="portal-track-entry" data-testid="track-entry">
        <Icon name="search" size={40} className="portal-track-entry-icon" />
        <span>
          <span className="portal-track-entry-title">{t('home.track')}</span>
          <span className="portal-track-entry-hint">{t('home.trackHint')}</span>
        </span>
      </Link>

      <section className="portal-card" aria-labelledby="services-title">
        <PageTitle id="services-title" text={t('home.title')}>
          {t('home.servicesOf', { office: officeName })}
        </PageTitle>
        <p className="portal-lead">{t('home.intro')}</p>
        <div className="portal-search" role="search">
          <label htmlFor="service-search" className="portal-label">
            {t('home.search')}
          </label>
          <input
            id="service-search"
            className="portal-input portal-search-input"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('home.searchPlaceholder')}
            autoComplete="off"
            enterKeyHint="search"
            data-testid="service-search"
          />
          <p className="portal-muted" role="status" aria-live="polite" data-testid="search-count">
            {searching ? (found.length ? t('home.found', { count: formatNumber(found.length, lang) }) : t('home.notFound')) : ''}
          </p>
        </div>
      </section>

      {searching ? (
        found.length > 0 && (
          <section className="portal-card" aria-label={t('home.results')}>
            <ServiceList services={found} />
          </section>
        )
      ) : (
        groups.map((g) => (
          <section key={g.id} className="portal-card" aria-labelledby={`dept-${g.id}`}>
            <h2 id={`dept-${g.id}`} className="portal-dept-title">
              {g.name}
            </h2>
            <ServiceList services={g.services} />
          </section>
        ))
      )}
      <p className="portal-muted portal-center">{t('home.ticketHint')}</p>
    </>
  );
}

function ServiceList(props: { services: readonly CatalogueService[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="portal-service-list">
      {props.services.map((s) => (
        <li key={s.serviceId}>
          <Link to={`/s/${s.serviceId}`} className="portal-service-link" data-testid={`service-link-${s.serviceId}`}>
            <span className="portal-service-name">{serviceName(s, lang)}</span>
            <span className="portal-service-meta">
              {t('home.meanDuration', { time: formatAgreedTime(s.package.meanDuration, lang) })}
              {' · '}
              {s.package.inPersonVisits === 0 ? t('package.noVisit') : t('package.visits', { count: formatNumber(s.package.inPersonVisits, lang) })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
