// «Are you still there?»: shown when nobody has touched a half-written request for a
// while. Any touch keeps it; otherwise, when the count reaches zero, everything the
// visitor typed is wiped so the next person in the lobby cannot read it.
import { useEffect, useRef } from 'react';
import { useNow } from '@desk/ui';
import { Icon } from '../icons';
import { useKioskI18n } from '../useKioskI18n';

export function IdleWarning(props: { until: number; onStay: () => void; onLeave: () => void }) {
  const { t } = useKioskI18n();
  const now = useNow(250);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  const seconds = Math.max(0, Math.ceil((props.until - now) / 1000));
  return (
    <div className="kiosk-dialog-backdrop">
      <div className="kiosk-dialog kiosk-idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body" data-testid="idle-warning">
        <Icon name="clock" size={80} />
        <h2 id="idle-title" className="kiosk-dialog-title">
          {t('idle.title')}
        </h2>
        <p id="idle-body" className="kiosk-dialog-message">
          {t('idle.body', { seconds })}
        </p>
        <button ref={stay} type="button" className="kiosk-dialog-back" onClick={props.onStay} data-testid="idle-stay">
          <Icon name="check" size={40} />
          <span>{t('idle.stay')}</span>
        </button>
        <button type="button" className="kiosk-idle-leave" onClick={props.onLeave} data-testid="idle-leave">
          <Icon name="exit" size={32} />
          <span>{t('idle.leave')}</span>
        </button>
      </div>
    </div>
  );
}
