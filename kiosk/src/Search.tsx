// Search by typing: what was typed on top, the matching services in the middle,
// the on-screen keyboard at the bottom. Results follow every key press.
import { useMemo } from 'react';
import type { Service } from '@desk/common';
import type { ServiceEntry } from './catalogue';
import type { KeyPress } from './keyboard';
import { Icon } from './icons';
import { PersianKeyboard } from './PersianKeyboard';
import { searchServices } from './search';
import { ServiceGrid } from './ServiceGrid';
import { useKioskI18n } from './useKioskI18n';

export function Search(props: {
  entries: readonly ServiceEntry[];
  query: string;
  waiting: ReadonlyMap<string, number>;
  onKey: (key: KeyPress) => void;
  onChoose: (service: Service) => void;
  onBack: () => void;
}) {
  const { t } = useKioskI18n();
  const found = useMemo(() => {
    const byService = new Map(props.entries.map((e) => [e.service, e]));
    return searchServices(
      props.entries.map((e) => e.service),
      props.query,
    ).map((s) => byService.get(s)!);
  }, [props.entries, props.query]);

  return (
    <div className="kiosk-screen kiosk-search">
      <header className="kiosk-bar">
        <button type="button" className="kiosk-back" onClick={props.onBack}>
          <Icon name="back" size={36} />
          <span>{t('common.back')}</span>
        </button>
        <h1 className="kiosk-bar-title">{t('search.title')}</h1>
      </header>
      <main className="kiosk-search-main">
        <div className="kiosk-query" aria-label={t('search.typed')} role="status" dir="rtl" lang="fa">
          {props.query ? (
            <span className="kiosk-query-text">{props.query}</span>
          ) : (
            <span className="kiosk-query-placeholder">{t('search.placeholder')}</span>
          )}
          <span className="kiosk-caret" aria-hidden="true" />
        </div>
        <p className="kiosk-found" aria-live="polite">
          {found.length === 0 ? t('search.none') : props.query ? t('search.found', { count: found.length }) : ''}
        </p>
        <div className="kiosk-results">
          <ServiceGrid entries={found} waiting={props.waiting} onChoose={props.onChoose} />
        </div>
        <PersianKeyboard onKey={props.onKey} />
      </main>
    </div>
  );
}
