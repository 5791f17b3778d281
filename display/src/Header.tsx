// The top strip of every screen: the office, what this screen is, the clock.
import { Clock } from '@desk/ui';
import type { PublicConfig } from '@desk/common';
import { localName } from './board-data';
import { useT } from './i18n';

export function Header(props: { config: PublicConfig | undefined; title: string }) {
  const { lang } = useT();
  return (
    <header className="display-header">
      <div className="display-office">
        {props.config && <h1 className="display-office-name">{localName(props.config.office, lang)}</h1>}
        <span className="display-title">{props.title}</span>
      </div>
      <Clock className="display-clock" />
    </header>
  );
}
