// The buttons of the current step: only those its kind allows, only in my units.
// A step in another unit's inbox says whose it is instead.
import type { Case } from '@desk/common';
import { localDigits, useT } from '../i18n';
import type { EdeskCatalogue, EdeskService } from './api';
import type { CaseActions } from './case-actions';
import type { ActionDialog } from './ActionDialogs';
import { unitName } from './format';

export function CaseActionsBar(props: {
  c: Case;
  def?: EdeskService;
  catalogue?: EdeskCatalogue;
  actions: CaseActions;
  busy: boolean;
  onAction: (dialog: ActionDialog) => void;
}) {
  const { t, lang } = useT();
  const { actions: a, c } = props;
  const desk = [
    a.answerInfo && (
      <button key="answerInfo" type="button" className="btn btn-primary" data-testid="action-answer-info" onClick={() => props.onAction({ kind: 'answerInfo', requestId: a.answerInfo! })}>
        {t('edesk.action.answerInfo')}
      </button>
    ),
    a.acknowledge && (
      <button key="ack" type="button" className="btn btn-primary" data-testid="action-acknowledge" onClick={() => props.onAction({ kind: 'acknowledge' })}>
        {t('edesk.action.acknowledge')}
      </button>
    ),
  ].filter(Boolean);

  if (!a.step || !a.mine) {
    return (
      <section className="card edesk-actions" data-testid="case-actions">
        {a.step && (
          <p className="edesk-not-mine" data-testid="not-my-step">
            {t('edesk.notMyStep', { unit: unitName(props.catalogue, a.step.unitId, lang) })}
          </p>
        )}
        {!a.step && desk.length === 0 && <p className="muted">{t('edesk.closedCase')}</p>}
        {desk.length > 0 && <div className="edesk-action-row">{desk}</div>}
      </section>
    );
  }

  return (
    <section className="card edesk-actions" data-testid="case-actions" aria-label={t('edesk.actions')}>
      {c.status === 'waitingClient' && <p className="notice edesk-small">{t('edesk.waitingClient')}</p>}
      <div className="edesk-action-row">
        {a.complete && (
          <button type="button" className="btn btn-primary btn-big" data-testid="action-complete" disabled={props.busy || !!a.completeBlocker} onClick={() => props.onAction({ kind: 'complete' })}>
            {t('edesk.action.complete')}
          </button>
        )}
        {a.sendInquiry && (
          <button type="button" className="btn btn-primary btn-big" data-testid="action-send-inquiry" disabled={props.busy} onClick={() => props.onAction({ kind: 'sendInquiry', inquiry: a.sendInquiry! })}>
            {t('edesk.action.sendInquiry')}
          </button>
        )}
        {a.issueResponse && (
          <button type="button" className="btn btn-primary btn-big" data-testid="action-response" disabled={props.busy} onClick={() => props.onAction({ kind: 'response' })}>
            {t('edesk.action.response')}
          </button>
        )}
        {a.setAppointment && (
          <button type="button" className="btn" data-testid="action-appointment" disabled={props.busy} onClick={() => props.onAction({ kind: 'appointment' })}>
            {t('edesk.action.appointment')}
          </button>
        )}
        {a.checkIn && (
          <button type="button" className="btn btn-accent" data-testid="action-checkin" disabled={props.busy} onClick={() => props.onAction({ kind: 'checkIn', appointmentId: a.checkIn! })}>
            {t('edesk.action.checkIn')}
          </button>
        )}
        {desk}
        {a.requestInfo && (
          <button type="button" className="btn" data-testid="action-request-info" disabled={props.busy} onClick={() => props.onAction({ kind: 'requestInfo' })}>
            {t('edesk.action.requestInfo')}
          </button>
        )}
        {a.returnStep && (
          <button type="button" className="btn" data-testid="action-return" disabled={props.busy} onClick={() => props.onAction({ kind: 'return' })}>
            {t('edesk.action.return')}
          </button>
        )}
        {a.reject && (
          <button type="button" className="btn btn-danger-quiet" data-testid="action-reject" disabled={props.busy} onClick={() => props.onAction({ kind: 'reject' })}>
            {t('edesk.action.reject')}
          </button>
        )}
      </div>
      {/* «waiting for the agency's system» below says it better than «no answer yet» */}
      {a.completeBlocker && !(a.completeBlocker === 'inquiryPending' && a.answerInquiries.some((q) => q.electronic)) && (
        <p className="hint" data-testid="complete-blocker">
          {t(`edesk.blocker.${a.completeBlocker}`)}
        </p>
      )}
      {a.answerInquiries
        .filter((q) => q.electronic)
        .map((q) => (
          <p key={q.record.id} className="edesk-waiting edesk-small" data-testid="actions-inquiry-waiting">
            {t('edesk.inquiry.waitingSystem', { agency: localDigits(lang === 'en' ? agencyEn(props.def, q.record.inquiryId) ?? q.record.agency : q.record.agency, lang) })}
          </p>
        ))}
    </section>
  );
}

function agencyEn(def: EdeskService | undefined, inquiryId: string): string | undefined {
  return def?.package.inquiries.find((q) => q.id === inquiryId)?.agencyEn;
}
