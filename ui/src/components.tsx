// UI pieces every screen shares.
import { formatJalaliDateWithWeekday, formatTime } from '@desk/common';
import { useNow } from './hooks';
import { useI18n } from './i18n';
import type { ConnectionStatus } from './connection';

/** Time and Jalali date, Tehran time. */
export function Clock(props: { className?: string; seconds?: boolean }) {
  const now = useNow(1000);
  const { lang } = useI18n();
  return (
    <div className={`desk-clock ${props.className ?? ''}`} aria-label="clock">
      <span className="desk-clock-time">{formatTime(now, lang, props.seconds)}</span>
      <span className="desk-clock-date">{formatJalaliDateWithWeekday(now, lang)}</span>
    </div>
  );
}

/** A plain-language strip shown while the link to the server is down. */
export function ConnectionBanner(props: { status: ConnectionStatus }) {
  const { t } = useI18n();
  if (props.status === 'online') return null;
  return (
    <div className="desk-connection-banner" role="status" aria-live="polite" data-status={props.status}>
      {t('error.offline')}
    </div>
  );
}

export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <button type="button" className="desk-lang-switch" onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')}>
      {lang === 'fa' ? 'English' : 'فارسی'}
    </button>
  );
}
