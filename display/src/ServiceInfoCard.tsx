// One service's info package at a time, under the waiting list: people waiting in the
// lobby learn what a service needs, how long it takes, and that they can apply from
// their phone next time. Turns to the next service every 20 seconds.
import { useEffect, useState } from 'react';
import { formatAgreedTime, formatNumber, type ServiceDefinition } from '@desk/common';
import { useServerData } from '@desk/ui';
import { useT } from './i18n';

const TURN_MS = 20_000;

interface Info extends ServiceDefinition {
  name: string;
  nameEn?: string;
}

export function ServiceInfoCard() {
  const { t, lang } = useT();
  const services = useServerData<{ services: Info[] }>('/api/edesk/catalogue', 30_000)?.services ?? [];
  const publicUrl = useServerData<{ publicUrl: string }>('/api/public/info', 30_000)?.publicUrl ?? '';
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => i + 1), TURN_MS);
    return () => clearInterval(timer);
  }, []);
  const s = services.length ? services[index % services.length] : undefined;
  if (!s) return null;
  const pkg = s.package;
  const en = lang === 'en';
  return (
    <section className="panel service-info" data-testid="service-info-card" data-service={s.serviceId} aria-live="off">
      <h2 className="panel-title">{t('info.title')}</h2>
      <p className="service-info-name">{en && s.nameEn ? s.nameEn : s.name}</p>
      <ul className="service-info-facts">
        <li>{t('info.duration', { time: formatAgreedTime(pkg.meanDuration, lang) })}</li>
        <li>{t('info.documents', { n: formatNumber(pkg.documents.filter((d) => d.required).length, lang) })}</li>
        <li>{pkg.inPersonVisits === 0 ? t('info.noVisit') : t('info.visits', { n: formatNumber(pkg.inPersonVisits, lang) })}</li>
        <li>{pkg.fees.length === 0 ? t('info.free') : t('info.fee')}</li>
      </ul>
      {publicUrl && (
        <p className="service-info-web">
          {t('info.online')} <span dir="ltr">{publicUrl.replace(/^https?:\/\//, '')}/portal</span>
        </p>
      )}
    </section>
  );
}
