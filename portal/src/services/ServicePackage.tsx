// The service card (شناسنامه خدمت): everything a person should know before asking,
// in the order they need it — what it is, who may ask, what to bring, how long it
// takes, what it costs, who answers for it — and a big «ثبت درخواست».
import { formatAgreedTime, formatNumber, stepKindLabel, toLatinDigits } from '@desk/common';
import { useI18n } from '@desk/ui';
import { digits, pick, rialsText, serviceName, unitName } from '../edesk/format';
import type { CatalogueService } from '../edesk/types';
import type { OfficeData } from '../edesk/useOffice';
import { Link } from '../parts/Link';
import { PageTitle } from '../parts/Page';
import { href } from '../router';

export function ServicePackage(props: { data: OfficeData; service: CatalogueService }) {
  const { t, lang } = useI18n();
  const { data, service } = props;
  const p = service.package;
  const dept = data.config.departments.find((d) => d.id === service.departmentId);
  const unit = (id: string) => unitName(data.catalogue, id, lang);
  const applyButton = (
    <Link to={`/s/${service.serviceId}/apply`} className="portal-button portal-button-primary portal-button-big" data-testid="package-apply">
      {t('package.apply')}
    </Link>
  );

  return (
    <>
      <nav className="portal-crumbs" aria-label={t('nav.where')}>
        <Link to="/">{t('nav.allServices')}</Link>
      </nav>
      <section className="portal-card" aria-labelledby="package-title" data-testid="package">
        {dept && <p className="portal-title-kicker">{pick(lang, dept.name, dept.nameEn)}</p>}
        <PageTitle id="package-title" text={serviceName(service, lang)}>
          {serviceName(service, lang)}
        </PageTitle>
        <p className="portal-lead">{pick(lang, p.summary, p.summaryEn)}</p>
        <dl className="portal-facts portal-facts-key">
          <dt>{t('package.meanDuration')}</dt>
          <dd data-testid="package-duration">{formatAgreedTime(p.meanDuration, lang)}</dd>
          <dt>{t('package.visitsTitle')}</dt>
          <dd>{p.inPersonVisits === 0 ? t('package.noVisit') : t('package.visits', { count: formatNumber(p.inPersonVisits, lang) })}</dd>
          <dt>{t('package.cost')}</dt>
          <dd>{p.fees.length === 0 ? t('package.free') : rialsText(p.fees.reduce((a, f) => a + f.amountRials, 0), lang)}</dd>
        </dl>
        {applyButton}
      </section>

      <section className="portal-card" aria-labelledby="pkg-audience">
        <h2 id="pkg-audience">{t('package.audience')}</h2>
        <p>{p.audience}</p>
        <h2>{t('package.places')}</h2>
        <ul className="portal-plain-list portal-places">
          {p.places.map((place, i) =>
            place.kind === 'inPerson' ? (
              <li key={i}>
                <span className="portal-place-kind">{t('package.inPerson')}</span> {pick(lang, place.address, place.addressEn)}
              </li>
            ) : (
              <li key={i}>
                <span className="portal-place-kind">{t('package.online')}</span>{' '}
                <a href={webAddress(place.url, service.serviceId, data.info.publicUrl)} dir="ltr">
                  {webAddress(place.url, service.serviceId, data.info.publicUrl)}
                </a>
              </li>
            ),
          )}
        </ul>
        {p.notes && (
          <>
            <h2>{t('package.notes')}</h2>
            <p className="portal-notice portal-prewrap" data-testid="package-notes">
              {p.notes}
            </p>
          </>
        )}
      </section>

      <section className="portal-card" aria-labelledby="pkg-steps">
        <h2 id="pkg-steps">{t('package.steps')}</h2>
        <ol className="portal-timeline" data-testid="package-steps">
          {service.workflow.steps.map((s, i) => (
            <li key={s.id} className="portal-timeline-step">
              <span className="portal-timeline-mark" aria-hidden="true">
                {formatNumber(i + 1, lang)}
              </span>
              <div>
                <p className="portal-step-title">{pick(lang, s.title, s.titleEn)}</p>
                <p className="portal-muted">
                  {t('package.stepUnit', { unit: unit(s.unitId) })} · {t('package.stepTime', { time: formatAgreedTime(s.time, lang) })}
                  {s.kind === 'visit' && <> · <strong>{stepKindLabel('visit', lang)}</strong></>}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="portal-card" aria-labelledby="pkg-docs">
        <h2 id="pkg-docs">{t('package.documents')}</h2>
        <p className="portal-hint">{t('package.documentsHint')}</p>
        <ul className="portal-doc-list" data-testid="package-documents">
          {p.documents.map((d) => (
            <li key={d.id}>
              <span className="portal-doc-title">{pick(lang, d.title, d.titleEn)}</span>
              <span className="portal-tags">
                <span className={`portal-tag${d.required ? ' portal-tag-strong' : ''}`}>{d.required ? t('package.required') : t('package.optional')}</span>
                {d.originalAtDesk && <span className="portal-tag portal-tag-warn">{t('package.originalAtDesk')}</span>}
              </span>
              {d.note && <span className="portal-muted portal-doc-note">{d.note}</span>}
            </li>
          ))}
        </ul>
        {p.documents.some((d) => d.originalAtDesk) && <p className="portal-notice">{t('package.originalsNote')}</p>}
      </section>

      {p.inquiries.length > 0 && (
        <section className="portal-card" aria-labelledby="pkg-inquiries">
          <h2 id="pkg-inquiries">{t('package.inquiries')}</h2>
          <p className="portal-notice portal-notice-good" data-testid="package-inquiries-note">
            {t('package.inquiriesNote')}
          </p>
          <ul className="portal-plain-list">
            {p.inquiries.map((q) => (
              <li key={q.id}>
                <strong>{pick(lang, q.title, q.titleEn)}</strong> — {pick(lang, q.agency, q.agencyEn)}
                {q.electronic && <span className="portal-tag">{t('package.electronic')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="portal-card" aria-labelledby="pkg-fees">
        <h2 id="pkg-fees">{t('package.fees')}</h2>
        {p.fees.length === 0 ? (
          <p data-testid="package-fees">{t('package.freeLong')}</p>
        ) : (
          <ul className="portal-plain-list portal-fees" data-testid="package-fees">
            {p.fees.map((f, i) => (
              <li key={i}>
                <p>
                  <strong>{pick(lang, f.title, f.titleEn)}</strong>: {rialsText(f.amountRials, lang)}
                </p>
                <p className="portal-muted">{t('package.feeAccount', { account: digits(f.bankAccount, lang) })}</p>
                <p className="portal-muted">{t('package.feeBasis', { basis: f.legalBasis })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="portal-card" aria-labelledby="pkg-responsible">
        <h2 id="pkg-responsible">{t('package.responsible')}</h2>
        <p>
          <strong>{p.responsible.title}</strong>
          {p.responsible.name ? ` — ${p.responsible.name}` : ''}
        </p>
        <p className="portal-muted">{unit(p.responsible.unitId)}</p>
        <p>
          {t('package.phone')}: <a href={`tel:${telOf(p.responsible.phone)}`}>{digits(p.responsible.phone, lang)}</a>
        </p>
        {p.responsible.email && (
          <p>
            {t('package.email')}: <a href={`mailto:${p.responsible.email}`} dir="ltr">{p.responsible.email}</a>
          </p>
        )}
        {p.legalBasis.length > 0 && (
          <>
            <h2>{t('package.legalBasis')}</h2>
            <ul className="portal-plain-list">
              {p.legalBasis.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <div className="portal-sticky-action">{applyButton}</div>
    </>
  );
}

/** The package names its web address as a path on the office server; the portal serves it under /portal/s/. */
function webAddress(url: string, serviceId: string, publicUrl: string): string {
  if (/^https?:\/\//.test(url)) return url;
  if (url === `/services/${serviceId}`) return `${publicUrl}${href(`/s/${serviceId}`)}`;
  return `${publicUrl}${url}`;
}

/** «011-52200000 داخلی 121» → the number a phone can dial (the extension is said to the operator). */
function telOf(phone: string): string {
  return toLatinDigits(phone).split(/\s/)[0]!.replace(/[^\d+]/g, '');
}
