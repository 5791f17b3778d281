// The printers the server prints on: their state live, what waits, and the tickets
// that gave up printing, each with «چاپ دوباره» (supervisors and admins).
import { useState } from 'react';
import { formatNumber, formatTime, type PrinterView } from '@desk/common';
import { api } from '@desk/ui';
import { localDigits, useT } from '../i18n';

export function PrintersAdmin(props: { printers: PrinterView[]; token: string; onChanged: () => void }) {
  const { t, lang } = useT();
  const [error, setError] = useState<string | null>(null);
  if (props.printers.length === 0) return <p className="muted">{t('printers.none')}</p>;

  const retry = async (printerId: string, jobId: string) => {
    setError(null);
    const r = await api(`/api/printing/printers/${encodeURIComponent(printerId)}/jobs/${encodeURIComponent(jobId)}/retry`, { body: {}, token: props.token });
    if (!r.ok) setError(r.error.message);
    props.onChanged();
  };

  return (
    <section className="admin-section" data-testid="printers-admin">
      <h2>{t('admin.printers')}</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('printers.name')}</th>
            <th>{t('printers.state')}</th>
            <th>{t('printers.waiting')}</th>
            <th>{t('printers.lastPrinted')}</th>
            <th>{t('printers.address')}</th>
          </tr>
        </thead>
        <tbody>
          {props.printers.map((p) => (
            <tr key={p.id} data-testid={`printer-row-${p.id}`} data-state={p.state}>
              <td>{localDigits(p.name, lang)}</td>
              <td>{lang === 'fa' ? p.message : t(`printer.state.${p.state}`)}</td>
              <td className="num">{formatNumber(p.waiting, lang)}</td>
              <td className="num">{p.lastPrintedAt ? formatTime(p.lastPrintedAt, lang, true) : '—'}</td>
              <td dir="ltr">{p.url}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.printers.map((p) => (
        <div key={p.id}>
          <h3>
            {t('printers.failed')} — {localDigits(p.name, lang)}
          </h3>
          {p.failed.length === 0 ? (
            <p className="muted">{t('printers.noFailed')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('printers.job')}</th>
                  <th>{t('printers.error')}</th>
                  <th>{t('printers.attempts')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {p.failed.map((j) => (
                  <tr key={j.id}>
                    <td>{localDigits(j.title ?? j.id, lang)}</td>
                    <td>{j.error ?? '—'}</td>
                    <td className="num">{formatNumber(j.attempts, lang)}</td>
                    <td>
                      <button type="button" className="btn" onClick={() => void retry(p.id, j.id)}>
                        {t('printers.retry')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}
