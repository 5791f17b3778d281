// The lobby screen: office name, clock, a big search button, and every service
// grouped under its department's coloured heading.
import { useRef, type CSSProperties } from 'react';
import type { Office, Service } from '@desk/common';
import { Clock, LanguageSwitch } from '@desk/ui';
import { localName, type DepartmentGroup } from './catalogue';
import { Icon } from './icons';
import { ServiceGrid } from './ServiceGrid';
import { useKioskI18n } from './useKioskI18n';

export function Home(props: {
  office: Office;
  groups: readonly DepartmentGroup[];
  waiting: ReadonlyMap<string, number>;
  onChoose: (service: Service) => void;
  onSearch: () => void;
  /** «پیگیری درخواست»: follow a request made earlier (here, on the web or at the desk). */
  onTrack: () => void;
  /** «نوبت حضوری دارم»: a client the office asked to come, checking in. */
  onArrival: () => void;
  /** «نظر شما دربارهٔ خدمت امروز»: a served visitor without a phone rates the visit here. */
  onVisitSurvey: () => void;
}) {
  const { t, lang } = useKioskI18n();
  const sections = useRef(new Map<string, HTMLElement>());
  const groupKey = (g: DepartmentGroup) => g.department?.id ?? '';
  const groupName = (g: DepartmentGroup) => (g.department ? localName(g.department, lang) : t('home.otherServices'));
  const jumpTo = (g: DepartmentGroup) =>
    sections.current.get(groupKey(g))?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  return (
    <div className="kiosk-screen kiosk-home" data-testid="kiosk-home">
      <header className="kiosk-header">
        <div className="kiosk-office">
          <h1 className="kiosk-office-name" dir="auto">{localName(props.office, lang)}</h1>
          <p className="kiosk-welcome">{t('home.welcome')}</p>
        </div>
        <Clock className="kiosk-clock" />
        <div className="kiosk-corner">
          <LanguageSwitch />
        </div>
      </header>
      <main className="kiosk-home-main">
        <button type="button" className="kiosk-search-button" data-testid="kiosk-search" onClick={props.onSearch}>
          <Icon name="search" size={44} />
          <span className="kiosk-search-label">{t('home.search')}</span>
          <span className="kiosk-search-hint">{t('home.searchHint')}</span>
        </button>
        <button type="button" className="kiosk-search-button kiosk-track-button" data-testid="kiosk-track" onClick={props.onTrack}>
          <Icon name="route" size={44} />
          <span className="kiosk-search-label">{t('home.track')}</span>
          <span className="kiosk-search-hint">{t('home.trackHint')}</span>
        </button>
        <button type="button" className="kiosk-search-button kiosk-track-button" data-testid="kiosk-arrival" onClick={props.onArrival}>
          <Icon name="clock" size={44} />
          <span className="kiosk-search-label">{t('home.arrival')}</span>
          <span className="kiosk-search-hint">{t('home.arrivalHint')}</span>
        </button>
        <button type="button" className="kiosk-search-button kiosk-track-button" data-testid="kiosk-visit-survey" onClick={props.onVisitSurvey}>
          <Icon name="face5" size={44} />
          <span className="kiosk-search-label">{t('home.visitSurvey')}</span>
          <span className="kiosk-search-hint">{t('home.visitSurveyHint')}</span>
        </button>
        {props.groups.length === 0 && <p className="kiosk-empty">{t('home.noServices')}</p>}
        {props.groups.length > 1 && (
          <nav className="kiosk-dept-tabs" aria-label={t('home.departments')}>
            {props.groups.map((g) => (
              <button
                key={groupKey(g)}
                type="button"
                className="kiosk-dept-tab"
                style={{ '--dept-color': g.color } as CSSProperties}
                onClick={() => jumpTo(g)}
              >
                <Icon name={g.icon} size={40} />
                <span dir="auto">{groupName(g)}</span>
              </button>
            ))}
          </nav>
        )}
        {props.groups.map((g) => {
          const headingId = `dept-${groupKey(g) || 'other'}`;
          return (
            <section
              key={groupKey(g)}
              className="kiosk-dept"
              aria-labelledby={headingId}
              style={{ '--dept-color': g.color } as CSSProperties}
              ref={(el) => {
                if (el) sections.current.set(groupKey(g), el);
                else sections.current.delete(groupKey(g));
              }}
            >
              <h2 id={headingId} className="kiosk-dept-heading">
                <Icon name={g.icon} size={40} />
                <span dir="auto">{groupName(g)}</span>
              </h2>
              <ServiceGrid
                entries={g.services.map((service) => ({ service, color: g.color, icon: g.icon }))}
                waiting={props.waiting}
                onChoose={props.onChoose}
              />
            </section>
          );
        })}
      </main>
    </div>
  );
}
