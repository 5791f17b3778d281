// Small pieces laid over the board: link status, sound unlock, and the waiting screen.
import { useT } from './i18n';

/** The link is down: the board keeps its last state and says so, discreetly. */
export function OfflineBadge() {
  const { t } = useT();
  return (
    <div className="display-offline" data-testid="display-offline" role="status">
      <span className="display-offline-dot" aria-hidden="true" />
      {t('display.offline')}
    </div>
  );
}

/** The browser holds sound back until someone touches the screen. */
export function AudioUnlock(props: { onClick: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="audio-unlock" data-testid="audio-unlock" onClick={props.onClick}>
      {t('display.audioUnlock')}
    </button>
  );
}

/** Before the first state arrives. */
export function Connecting(props: { embedded?: boolean }) {
  const { t } = useT();
  const text = <p className="display-connecting">{t('display.connecting')}</p>;
  return props.embedded ? text : <div className="display">{text}</div>;
}
