// The server said no (office closed, service stopped…): its Persian message, plainly,
// and one way back.
import { useEffect, useRef } from 'react';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

export function ErrorDialog(props: { message: string; onBack: () => void }) {
  const { t } = useKioskI18n();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div className="kiosk-dialog-backdrop">
      <div
        className="kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-error-title"
        aria-describedby="kiosk-error-message"
        data-testid="kiosk-error"
      >
        <h2 id="kiosk-error-title" className="kiosk-dialog-title">
          {t('error.title')}
        </h2>
        <p id="kiosk-error-message" className="kiosk-dialog-message">
          {props.message}
        </p>
        <button ref={back} type="button" className="kiosk-dialog-back" onClick={props.onBack}>
          <Icon name="back" size={40} />
          <span>{t('common.back')}</span>
        </button>
      </div>
    </div>
  );
}
