// The receipt (رسید خدمت, table 3) shown right after a request is accepted: the
// tracking code very large, its QR, the promised response date in Jalali, what was
// handed in and the steps ahead; «چاپ رسید» prints just this card.
import { useEffect, useState } from 'react';
import { formatJalaliDateWithWeekday, formatNumber, formatTrackingCode, parseTrackingCode, receiptOf, type Receipt } from '@desk/common';
import { useI18n } from '@desk/ui';
import { trackCase } from '../edesk/api';
import { dateTimeText, digits, pick, serviceName, unitName } from '../edesk/format';
import { keepReceipt, keptReceipt, trackKeys } from '../edesk/storage';
import type { OfficeData } from '../edesk/useOffice';
import { Icon } from '../parts/Icon';
import { Link } from '../parts/Link';
import { Loading, PageTitle, Problem } from '../parts/Page';
import { Qr } from '../parts/Qr';
import { href } from '../router';

type State = { status: 'loading' } | { status: 'ready'; receipt: Receipt; serviceId: string } | { status: 'missing'; message?: string };

export function ReceiptPage(props: { data: OfficeData; trackingCode: string }) {
  const { t, lang } = useI18n();
  const parsed = parseTrackingCode(props.trackingCode, lang);
  const code = parsed.ok ? parsed.code : props.trackingCode;
  const [state, setState] = useState<State>(() => {
    const kept = keptReceipt(code);
    return kept ? { status: 'ready', ...kept } : { status: 'loading' };
  });

  useEffect(() => {
    if (state.status !== 'loading') return;
    // not kept in this tab: rebuild it from the case, when this tab follows that case
    const keys = trackKeys();
    if (!keys || keys.trackingCode !== code) return setState({ status: 'missing' });
    void trackCase(keys).then((r) => {
      const def = r.ok ? props.data.catalogue.services.find((s) => s.serviceId === r.data.case.serviceId) : undefined;
      if (!r.ok || !def) return setState({ status: 'missing', ...(r.ok ? {} : { message: r.error.message }) });
      const receipt = receiptOf(r.data.case, def);
      keepReceipt({ receipt, serviceId: def.serviceId });
      setState({ status: 'ready', receipt, serviceId: def.serviceId });
    });
  }, [code, state.status, props.data]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'missing') {
    return (
      <section className="portal-card">
        <PageTitle text={t('receipt.title')}>{t('receipt.title')}</PageTitle>
        {state.message && <Problem message={state.message} />}
        <p>{t('receipt.missing')}</p>
        <Link to={`/track/${code}`} className="portal-button portal-button-primary">
          {t('home.track')}
        </Link>
      </section>
    );
  }

  const { receipt } = state;
  const service = props.data.catalogue.services.find((s) => s.serviceId === state.serviceId);
  // the receipt names steps in Persian; the catalogue has their English names
  const stepTitle = (i: number, title: string) => {
    const step = service?.workflow.steps[i];
    return step && step.title === title ? pick(lang, step.title, step.titleEn) : title;
  };
  const trackUrl = `${props.data.info.publicUrl}${href(`/track/${receipt.trackingCode}`)}`;
  return (
    <>
      <p className="portal-success portal-noprint" role="status" data-testid="receipt-accepted">
        <Icon name="check" size={28} />
        {t('receipt.accepted')}
      </p>
      <section className="portal-card portal-receipt" aria-labelledby="receipt-title" data-testid="receipt">
        <p className="portal-print-only portal-receipt-office">{props.data.info.office.name}</p>
        <PageTitle id="receipt-title" text={t('receipt.title')}>
          {t('receipt.title')}
        </PageTitle>
        <div className="portal-receipt-code-box">
          <p className="portal-receipt-code-label">{t('receipt.code')}</p>
          <p className="portal-receipt-code" dir="ltr" data-testid="receipt-code" data-code={receipt.trackingCode}>
            {formatTrackingCode(receipt.trackingCode, lang)}
          </p>
          <p className="portal-hint">{t('receipt.keepCode')}</p>
        </div>
        <div className="portal-receipt-promise">
          <p className="portal-receipt-promise-label">{t('receipt.promised')}</p>
          <p className="portal-receipt-promise-date" data-testid="receipt-promised">
            {formatJalaliDateWithWeekday(receipt.promisedResponseAt, lang)}
          </p>
        </div>
        <div className="portal-receipt-qr">
          <Qr text={trackUrl} size={168} label={t('receipt.qr')} testId="receipt-qr" />
          <p className="portal-hint">{t('receipt.qrHint')}</p>
        </div>
        <dl className="portal-facts">
          <dt>{t('receipt.service')}</dt>
          <dd data-testid="receipt-service">{service ? serviceName(service, lang) : receipt.serviceId}</dd>
          <dt>{t('receipt.client')}</dt>
          <dd>{receipt.clientName}</dd>
          <dt>{t('id.nationalId')}</dt>
          <dd>{digits(receipt.nationalId, lang)}</dd>
          <dt>{t('receipt.acceptedAt')}</dt>
          <dd data-testid="receipt-accepted-at">{dateTimeText(receipt.acceptedAt, lang)}</dd>
          <dt>{t('receipt.channel')}</dt>
          <dd>{t(`channel.${receipt.channel}`)}</dd>
          <dt>{t('receipt.desk')}</dt>
          <dd>{unitName(props.data.catalogue, receipt.deskUnitId, lang)}</dd>
        </dl>
        <h2>{t('receipt.documents', { count: formatNumber(receipt.documents.length, lang) })}</h2>
        {receipt.documents.length === 0 ? (
          <p className="portal-muted">{t('receipt.noDocuments')}</p>
        ) : (
          <ul className="portal-plain-list" data-testid="receipt-documents">
            {receipt.documents.map((d, i) => (
              <li key={i} dir="auto">
                {d}
              </li>
            ))}
          </ul>
        )}
        <h2>{t('receipt.steps')}</h2>
        <ol className="portal-numbered">
          {receipt.steps.map((s, i) => (
            <li key={i}>
              {stepTitle(i, s.title)} <span className="portal-muted">— {unitName(props.data.catalogue, s.unitId, lang)}</span>
            </li>
          ))}
        </ol>
        <h2>{t('receipt.responsible')}</h2>
        <p>
          {receipt.responsible.title} — {t('package.phone')}: <span dir="auto">{digits(receipt.responsible.phone, lang)}</span>
          {receipt.responsible.email && (
            <>
              {' '}
              — <span dir="ltr">{receipt.responsible.email}</span>
            </>
          )}
        </p>
      </section>
      <div className="portal-actions portal-noprint">
        <button type="button" className="portal-button portal-button-secondary portal-button-big" onClick={() => print()} data-testid="receipt-print">
          <Icon name="print" />
          {t('receipt.print')}
        </button>
        <Link to={`/track/${receipt.trackingCode}`} className="portal-button portal-button-primary portal-button-big" data-testid="receipt-track">
          {t('home.track')}
        </Link>
      </div>
    </>
  );
}
