// A service's info package (شناسنامه خدمت) on the kiosk: what it takes, how long,
// what it costs, who answers for it; the visitor can take a ticket from here, make the
// request electronically right here (edesk/Apply.tsx), or on their phone (the QR opens
// the portal's form).
import type { ServiceDefinition, Unit } from '@desk/common';
import { formatAgreedTime, formatNumber, toPersianDigits, type Service } from '@desk/common';
import { localName } from './catalogue';
import { Icon } from './icons';
import { Qr } from './Qr';
import { useKioskI18n } from './useKioskI18n';

export function ServiceInfo(props: {
  service: Service;
  definition: ServiceDefinition | undefined;
  units: readonly Unit[];
  publicUrl: string | undefined;
  onTicket: () => void;
  /** «ثبت درخواست همین‌جا»: make the request electronically, at this kiosk. */
  onApply: () => void;
  onBack: () => void;
}) {
  const { t, lang } = useKioskI18n();
  const def = props.definition;
  const pkg = def?.package;
  const en = lang === 'en';
  const unitName = (id: string) => {
    const u = props.units.find((x) => x.id === id);
    return u ? (en && u.nameEn ? u.nameEn : u.name) : '';
  };
  return (
    <div className="kiosk-screen kiosk-info" data-testid="service-info">
      <header className="kiosk-bar">
        <button type="button" className="kiosk-back" onClick={props.onBack}>
          <Icon name="back" size={36} />
          <span>{t('common.back')}</span>
        </button>
        <h1 className="kiosk-bar-title" dir="auto">{localName(props.service, lang)}</h1>
      </header>
      <main className="kiosk-info-main">
        {!pkg || !def ? (
          <p className="kiosk-info-none">{t('info.none')}</p>
        ) : (
          <>
            <p className="kiosk-info-summary">{en && pkg.summaryEn ? pkg.summaryEn : pkg.summary}</p>
            <dl className="kiosk-info-facts">
              <dt>{t('info.duration')}</dt>
              <dd>{formatAgreedTime(pkg.meanDuration, lang)}</dd>
              <dt>{t('info.visits')}</dt>
              <dd>{pkg.inPersonVisits === 0 ? t('info.noVisit') : t('info.visitCount', { count: formatNumber(pkg.inPersonVisits, lang) })}</dd>
              <dt>{t('info.fee')}</dt>
              <dd>
                {pkg.fees.length === 0
                  ? t('info.free')
                  : pkg.fees.map((f) => `${en && f.titleEn ? f.titleEn : f.title}: ${t('info.rials', { amount: formatNumber(f.amountRials, lang) })}`).join(' — ')}
              </dd>
              <dt>{t('info.responsible')}</dt>
              <dd>
                {pkg.responsible.title} — <span dir="ltr">{en ? pkg.responsible.phone : toPersianDigits(pkg.responsible.phone)}</span>
              </dd>
            </dl>
            {pkg.notes && (
              <section>
                <h2>{t('info.notes')}</h2>
                <p className="kiosk-info-note kiosk-prewrap" data-testid="info-notes">
                  {pkg.notes}
                </p>
              </section>
            )}
            <section>
              <h2>{t('info.documents')}</h2>
              <ul className="kiosk-info-list">
                {pkg.documents.map((d) => (
                  <li key={d.id}>
                    {en && d.titleEn ? d.titleEn : d.title}
                    {!d.required && ` (${t('info.optional')})`}
                    {d.originalAtDesk && ` — ${t('info.original')}`}
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h2>{t('info.steps')}</h2>
              <ol className="kiosk-info-list">
                {def.workflow.steps.map((s) => (
                  <li key={s.id}>
                    {en && s.titleEn ? s.titleEn : s.title} — {unitName(s.unitId)} ({formatAgreedTime(s.time, lang)})
                  </li>
                ))}
              </ol>
              {pkg.inquiries.length > 0 && <p className="kiosk-info-note">{t('info.inquiries')}</p>}
            </section>
          </>
        )}
        <div className="kiosk-info-actions">
          <button type="button" className="kiosk-priority-normal" data-testid="info-ticket" onClick={props.onTicket}>
            <Icon name="ticket" size={56} />
            <span>{t('info.ticket')}</span>
          </button>
          {def && (
            <button type="button" className="kiosk-apply-here" data-testid="info-apply-here" onClick={props.onApply}>
              <Icon name="pencil" size={56} />
              <span className="kiosk-apply-here-label">{t('info.applyHere')}</span>
              <span className="kiosk-apply-here-hint">{t('info.applyHereHint')}</span>
            </button>
          )}
          {props.publicUrl && def && (
            <div className="kiosk-ticket-qr" data-testid="info-apply">
              <Qr text={`${props.publicUrl}/portal/s/${props.service.id}/apply`} size={200} label={t('info.applyQr')} />
              <p>{t('info.apply')}</p>
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
