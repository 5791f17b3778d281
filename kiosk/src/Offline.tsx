// Shown instead of the services while the link to the office server is down. Calm,
// plain words: nothing to do but wait; the connection comes back by itself.
import { useKioskI18n } from './useKioskI18n';

export function Offline(props: { status: string }) {
  const { t } = useKioskI18n();
  return (
    <main className="kiosk-screen kiosk-offline" data-testid="kiosk-offline" data-status={props.status}>
      <div className="kiosk-offline-card" role="status" aria-live="polite">
        <div className="kiosk-offline-pulse" aria-hidden="true" />
        <p className="kiosk-offline-title">{t('offline.title')}</p>
        <p className="kiosk-offline-body">{t('offline.body')}</p>
      </div>
    </main>
  );
}
