// Big service buttons: the name, the department's colour and picture, and how many
// people are waiting for it right now.
import type { CSSProperties } from 'react';
import type { Service } from '@desk/common';
import { localName, type ServiceEntry } from './catalogue';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

export function ServiceGrid(props: {
  entries: readonly ServiceEntry[];
  waiting: ReadonlyMap<string, number>;
  onChoose: (service: Service) => void;
}) {
  return (
    <ul className="kiosk-service-grid" role="list">
      {props.entries.map((entry) => (
        <li key={entry.service.id}>
          <ServiceButton entry={entry} waiting={props.waiting.get(entry.service.id) ?? 0} onChoose={props.onChoose} />
        </li>
      ))}
    </ul>
  );
}

function ServiceButton(props: { entry: ServiceEntry; waiting: number; onChoose: (service: Service) => void }) {
  const { t, lang } = useKioskI18n();
  const { service, color, icon } = props.entry;
  return (
    <button
      type="button"
      className="kiosk-service"
      data-testid={`service-${service.id}`}
      style={{ '--dept-color': color } as CSSProperties}
      onClick={() => props.onChoose(service)}
    >
      <span className="kiosk-service-badge">
        <Icon name={icon} size={36} />
      </span>
      <span className="kiosk-service-name" dir="auto">{localName(service, lang)}</span>
      <span className={`kiosk-service-waiting${props.waiting === 0 ? ' is-empty' : ''}`}>
        {props.waiting === 0 ? t('service.noQueue') : t('service.waiting', { count: props.waiting })}
      </span>
    </button>
  );
}
