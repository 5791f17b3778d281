// My inbox: every case whose current step is in one of my units, the late ones
// first and red, then the least working time left. Filter by unit.
import { useMemo, useState } from 'react';
import { stepKindLabel } from '@desk/common';
import { localDigits, useT } from '../i18n';
import { CommandError } from '../CommandError';
import type { EdeskCatalogue, InboxRow } from './api';
import type { InboxState } from './hooks';
import { duration, jalaliDateTime, serviceOf, serviceTitle, stepTitle, trackingCode, unitName, workflowStep } from './format';

const ALL = '';

/** Late first (the latest first), then the least working time left; the server sorts per unit only. */
export function sortInbox(rows: readonly InboxRow[]): InboxRow[] {
  return [...rows].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.overdue ? b.workingMinutes - a.workingMinutes : a.workingMinutes - b.workingMinutes),
  );
}

export function rowUnit(catalogue: EdeskCatalogue | undefined, row: InboxRow): string | undefined {
  return workflowStep(serviceOf(catalogue, row.serviceId), row.stepId)?.unitId;
}

export function Inbox(props: { state: InboxState; catalogue?: EdeskCatalogue; onOpen: (caseId: string) => void }) {
  const { t, lang } = useT();
  const { inbox, error, loading, reload } = props.state;
  const [unit, setUnit] = useState(ALL);
  const rows = useMemo(() => {
    const all = sortInbox(inbox?.rows ?? []);
    return unit === ALL ? all : all.filter((r) => rowUnit(props.catalogue, r) === unit);
  }, [inbox, unit, props.catalogue]);
  const late = rows.filter((r) => r.overdue).length;

  return (
    <section className="edesk-body" data-testid="edesk-inbox">
      <header className="section-head edesk-inbox-head">
        <h2>
          {t('edesk.inbox.title')} <span className="muted num">({localDigits(String(rows.length), lang)})</span>
          {late > 0 && <span className="badge badge-alert edesk-late-count">{t('edesk.inbox.lateCount', { count: late })}</span>}
        </h2>
        <div className="edesk-inbox-tools">
          {inbox && inbox.unitIds.length > 1 && (
            <label className="edesk-inline-field">
              <span>{t('edesk.inbox.unit')}</span>
              <select value={unit} onChange={(e) => setUnit(e.target.value)} data-testid="inbox-unit">
                <option value={ALL}>{t('edesk.inbox.allUnits')}</option>
                {inbox.unitIds.map((id) => (
                  <option key={id} value={id}>
                    {unitName(props.catalogue, id, lang)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="btn btn-small" onClick={reload} disabled={loading} data-testid="inbox-refresh">
            {loading ? t('edesk.inbox.refreshing') : t('edesk.inbox.refresh')}
          </button>
        </div>
      </header>
      <CommandError message={error} />
      {inbox && inbox.unitIds.length === 0 ? (
        <p className="card muted">{t('edesk.inbox.noUnits')}</p>
      ) : (
        <table className="table edesk-inbox">
          <thead>
            <tr>
              <th>{t('edesk.trackingCode')}</th>
              <th>{t('edesk.service')}</th>
              <th>{t('edesk.client')}</th>
              <th>{t('edesk.step.step')}</th>
              <th>{t('edesk.step.unit')}</th>
              <th>{t('edesk.step.due')}</th>
              <th>{t('edesk.inbox.timeLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {inbox && rows.length === 0 && (
              <tr>
                <td colSpan={7} className="muted" data-testid="inbox-empty">
                  {t('edesk.inbox.empty')}
                </td>
              </tr>
            )}
            {rows.map((r) => {
              const def = serviceOf(props.catalogue, r.serviceId);
              const unitId = rowUnit(props.catalogue, r);
              return (
                <tr
                  key={r.caseId}
                  className={`edesk-inbox-row${r.overdue ? ' edesk-overdue' : ''}`}
                  data-testid={`inbox-row-${r.trackingCode}`}
                  data-overdue={r.overdue}
                  onClick={() => props.onOpen(r.caseId)}
                >
                  <td>
                    <button
                      type="button"
                      className="btn btn-quiet edesk-code-btn"
                      dir="ltr"
                      onClick={(e) => {
                        e.stopPropagation();
                        props.onOpen(r.caseId);
                      }}
                    >
                      {trackingCode(r.trackingCode, lang)}
                    </button>
                  </td>
                  <td className="edesk-cell-service">{serviceTitle(props.catalogue, r.serviceId, lang)}</td>
                  <td>{localDigits(r.clientName, lang)}</td>
                  <td>
                    {stepTitle(def, r.stepId, lang)}
                    <div className="muted edesk-small">{stepKindLabel(r.kind, lang)}</div>
                  </td>
                  <td>{unitId ? unitName(props.catalogue, unitId, lang) : '—'}</td>
                  <td className="num">{jalaliDateTime(r.dueAt, lang)}</td>
                  <td className="num">
                    {r.overdue ? (
                      <strong className="edesk-late">{t('edesk.inbox.late', { time: duration(r.workingMinutes, lang) })}</strong>
                    ) : (
                      t('edesk.inbox.left', { time: duration(r.workingMinutes, lang) })
                    )}
                    {r.waitingClient && <div className="badge badge-busy edesk-small">{t('edesk.inbox.waitingClient')}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
