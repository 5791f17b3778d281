// The receipt (table 3) handed at the desk: the tracking code large, the promised
// response date, what was received. «چاپ رسید» sends it to the office printer; the
// browser's print gives the same page on any printer (print styles in counter.css).
import { useEffect, useRef, useState } from 'react';
import type { Receipt } from '@desk/common';
import { joinList, localDigits, useT } from '../i18n';
import { CommandError } from '../CommandError';
import type { EdeskApi, EdeskCatalogue } from './api';
import { jalaliDate, jalaliDateTime, serviceTitle, trackingCode, unitName } from './format';

export function ReceiptView(props: {
  edesk: EdeskApi;
  catalogue?: EdeskCatalogue;
  officeName: string;
  receipt: Receipt;
  onOpenCase: () => void;
  onNew: () => void;
}) {
  const { t, lang } = useT();
  const { receipt: r, catalogue } = props;
  const [printed, setPrinted] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // the form above was long: the receipt starts at the top of the page
  useEffect(() => {
    window.scrollTo(0, 0); // (Chromium's scrollTo answers a promise: never return it as the cleanup)
  }, []);

  const printing = useRef(false);

  async function print() {
    if (printing.current) return;
    printing.current = true;
    setBusy(true);
    setNotice(null);
    setError(null);
    const answer = await props.edesk.printReceipt(r.trackingCode, printed > 0);
    printing.current = false;
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    setPrinted((n) => n + 1);
    setNotice(t('edesk.receipt.printed'));
  }

  return (
    <div className="edesk-body edesk-receipt-page" data-testid="receipt">
      <div className="edesk-receipt-tools no-print">
        <button type="button" className="btn btn-primary btn-big" onClick={() => void print()} disabled={busy} data-testid="receipt-print">
          {printed > 0 ? t('edesk.receipt.printAgain') : t('edesk.receipt.print')}
        </button>
        <button type="button" className="btn" onClick={() => window.print()} data-testid="receipt-browser-print">
          {t('edesk.receipt.browserPrint')}
        </button>
        <button type="button" className="btn" onClick={props.onOpenCase} data-testid="receipt-open-case">
          {t('edesk.receipt.openCase')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={props.onNew} data-testid="receipt-new">
          {t('edesk.receipt.new')}
        </button>
      </div>
      {notice && (
        <p className="notice notice-ok no-print" role="status" data-testid="receipt-notice">
          {notice}
        </p>
      )}
      <div className="no-print">
        <CommandError message={error} onDismiss={() => setError(null)} />
      </div>
      <article className="card edesk-receipt" aria-label={t('edesk.receipt.title')}>
        <header className="edesk-receipt-head">
          <strong>{localDigits(props.officeName, lang)}</strong>
          <h2>{t('edesk.receipt.title')}</h2>
        </header>
        <div className="edesk-receipt-code">
          <span>{t('edesk.trackingCode')}</span>
          <strong dir="ltr" data-testid="receipt-code">
            {trackingCode(r.trackingCode, lang)}
          </strong>
        </div>
        <dl className="edesk-facts edesk-receipt-facts">
          <div>
            <dt>{t('edesk.service')}</dt>
            <dd>{serviceTitle(catalogue, r.serviceId, lang)}</dd>
          </div>
          <div>
            <dt>{t('edesk.client')}</dt>
            <dd>{localDigits(r.clientName, lang)}</dd>
          </div>
          <div>
            <dt>{t('edesk.client.nationalId')}</dt>
            <dd className="num">{localDigits(r.nationalId, lang)}</dd>
          </div>
          <div>
            <dt>{t('edesk.acceptedAt')}</dt>
            <dd className="num">{jalaliDateTime(r.acceptedAt, lang)}</dd>
          </div>
          <div className="edesk-receipt-promise">
            <dt>{t('edesk.promisedAt')}</dt>
            <dd className="num" data-testid="receipt-promised">
              {jalaliDate(r.promisedResponseAt, lang)}
            </dd>
          </div>
          <div>
            <dt>{t('edesk.deskUnit')}</dt>
            <dd>{unitName(catalogue, r.deskUnitId, lang)}</dd>
          </div>
        </dl>
        <h3>{t('edesk.receipt.documents')}</h3>
        <p>{r.documents.length ? localDigits(joinList(r.documents, lang), lang) : '—'}</p>
        <h3>{t('edesk.receipt.steps')}</h3>
        <ol className="edesk-receipt-steps">
          {r.steps.map((s, i) => (
            <li key={i}>
              {localDigits(s.title, lang)} <span className="muted">— {unitName(catalogue, s.unitId, lang)}</span>
            </li>
          ))}
        </ol>
        <p className="edesk-small">
          {t('edesk.receipt.responsible', { title: localDigits(r.responsible.title, lang), phone: localDigits(r.responsible.phone, lang) })}
        </p>
        <p className="edesk-small muted">{t('edesk.receipt.follow')}</p>
      </article>
    </div>
  );
}
