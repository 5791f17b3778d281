// A visit the office asked for: when, where (only the desk: clients are never sent
// into the offices), why, and what to bring — told in advance, as the law wants.
import type { Appointment } from '@desk/common';
import { useI18n } from '@desk/ui';
import { dateTimeText, unitName } from '../edesk/format';
import type { OfficeData } from '../edesk/useOffice';

export function AppointmentCard(props: { data: OfficeData; appointment: Appointment }) {
  const { t, lang } = useI18n();
  const a = props.appointment;
  return (
    <section className="portal-card portal-attention" aria-labelledby={`visit-${a.id}`} data-testid="appointment">
      <h2 id={`visit-${a.id}`}>{t('visit.title')}</h2>
      <dl className="portal-facts">
        <dt>{t('visit.when')}</dt>
        <dd className="portal-strong">{dateTimeText(a.at, lang)}</dd>
        <dt>{t('visit.where')}</dt>
        <dd>{unitName(props.data.catalogue, a.deskUnitId, lang)}</dd>
        <dt>{t('visit.why')}</dt>
        <dd>{a.reason}</dd>
      </dl>
      {a.bring.length > 0 && (
        <>
          <p className="portal-label">{t('visit.bring')}</p>
          <ul className="portal-checklist">
            {a.bring.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
      <p className="portal-notice">{t('visit.onlyDesk')}</p>
      <p className="portal-notice" data-testid="appointment-kiosk">
        {t('visit.kiosk')}
      </p>
    </section>
  );
}
