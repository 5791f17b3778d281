// One case on the clerk's screen: who asked for what and when it is promised, the
// actions the current step allows (only in my units), and everything recorded so far.
import { useCallback, useEffect, useState } from 'react';
import { caseStatusLabel, openStep, type Case } from '@desk/common';
import { localDigits, useT } from '../i18n';
import { CommandError } from '../CommandError';
import type { EdeskApi, EdeskCatalogue } from './api';
import { useCaseCommands } from './hooks';
import { caseActions } from './case-actions';
import { CaseActionDialog, type ActionDialog } from './ActionDialogs';
import { CaseActionsBar } from './CaseActionsBar';
import { AppointmentsSection, DocumentsSection, FormValuesSection, InfoRequestsSection, InquiriesSection, ResponseSection, StepsSection } from './CaseDetails';
import { definitionFor, jalaliDate, jalaliDateTime, serviceTitle, stepTitle, trackingCode, unitName } from './format';

/** While the server is waiting on an agency's system, look again this often. */
const PENDING_REFRESH_MS = 3_000;
const CASE_REFRESH_MS = 30_000;

export function CaseView(props: {
  edesk: EdeskApi;
  catalogue?: EdeskCatalogue;
  unitIds: string[];
  caseId: string;
  initial?: Case;
  currentTicket?: { id: string; label: string };
  onChanged: () => void;
  onBack: () => void;
}) {
  const { t, lang } = useT();
  const { edesk, catalogue } = props;
  const [c, setCase] = useState<Case | undefined>(props.initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<ActionDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { onChanged } = props;
  const commands = useCaseCommands(edesk, (next) => {
    setCase(next);
    onChanged();
  });

  const load = useCallback(async () => {
    const r = await edesk.case(props.caseId);
    if (r.ok) {
      setCase((old) => (old && old.updatedAt === r.data.case.updatedAt ? old : r.data.case));
      setLoadError(null);
    } else setLoadError(r.error.message);
  }, [edesk, props.caseId]);

  useEffect(() => {
    if (!props.initial) void load();
  }, [load, props.initial]);

  const def = c ? definitionFor(catalogue, c) : undefined;
  const waitingOnAgency = !!c?.inquiries.some((q) => !q.answeredAt && def?.package.inquiries.find((d) => d.id === q.inquiryId)?.electronic);
  useEffect(() => {
    const timer = setInterval(() => void load(), waitingOnAgency ? PENDING_REFRESH_MS : CASE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, waitingOnAgency]);

  // an electronic answer arriving changes the inbox too (the step may now be completed)
  const answeredCount = c?.inquiries.filter((q) => q.answeredAt).length ?? 0;
  useEffect(() => {
    if (answeredCount > 0) onChanged();
  }, [answeredCount, onChanged]);

  function openDialog(next: ActionDialog) {
    commands.clearError();
    setNotice(null);
    setDialog(next);
  }

  if (!c) {
    return (
      <div className="edesk-body">
        <button type="button" className="btn btn-quiet" onClick={props.onBack}>
          {t('edesk.back')}
        </button>
        {loadError ? <CommandError message={loadError} /> : <p className="splash">{t('app.loading')}</p>}
      </div>
    );
  }

  const actions = caseActions(c, def, catalogue?.units ?? [], props.unitIds);
  const step = openStep(c);
  const details = { edesk, catalogue, def, c };

  return (
    <div className="edesk-body edesk-case" data-testid="case-view" data-case-id={c.id}>
      <div className="edesk-case-top">
        <button type="button" className="btn btn-quiet" onClick={props.onBack} data-testid="case-back">
          {t('edesk.back')}
        </button>
        {notice && (
          <p className="notice notice-ok" role="status" data-testid="case-notice">
            {notice}
          </p>
        )}
        {loadError && <CommandError message={loadError} onDismiss={() => setLoadError(null)} />}
      </div>
      <section className="card edesk-case-head">
        <div className="edesk-case-title">
          <div>
            <span className="muted edesk-small">{t('edesk.trackingCode')}</span>
            <strong className="edesk-code" dir="ltr" data-testid="case-code">
              {trackingCode(c.trackingCode, lang)}
            </strong>
          </div>
          <h1>{serviceTitle(catalogue, c.serviceId, lang)}</h1>
          <span className={`badge ${c.status === 'inProgress' ? 'badge-busy' : c.status === 'waitingClient' ? 'badge-alert' : 'badge-free'}`} data-testid="case-status">
            {caseStatusLabel(c.status, lang)}
          </span>
        </div>
        <dl className="edesk-facts edesk-facts-row">
          <div>
            <dt>{t('edesk.client')}</dt>
            <dd data-testid="case-client">{localDigits(c.client.name, lang)}</dd>
          </div>
          <div>
            <dt>{t('edesk.client.nationalId')}</dt>
            <dd className="num">{localDigits(c.client.nationalId, lang)}</dd>
          </div>
          <div>
            <dt>{t('edesk.client.mobile')}</dt>
            <dd className="num">{localDigits(c.client.mobile, lang)}</dd>
          </div>
          {c.client.email && (
            <div>
              <dt>{t('edesk.client.email')}</dt>
              <dd dir="ltr">{c.client.email}</dd>
            </div>
          )}
          <div>
            <dt>{t('edesk.channel')}</dt>
            <dd>{t(`edesk.channel.${c.channel}`)}</dd>
          </div>
          <div>
            <dt>{t('edesk.acceptedAt')}</dt>
            <dd className="num">{jalaliDateTime(c.acceptedAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('edesk.promisedAt')}</dt>
            <dd className="num" data-testid="case-promised">
              {jalaliDate(c.promisedResponseAt, lang)}
            </dd>
          </div>
          {c.responseDueAt !== c.promisedResponseAt && (
            <div>
              <dt>{t('edesk.responseDueAt')}</dt>
              <dd className="num">{jalaliDate(c.responseDueAt, lang)}</dd>
            </div>
          )}
          <div>
            <dt>{t('edesk.deskUnit')}</dt>
            <dd>{unitName(catalogue, c.deskUnitId, lang)}</dd>
          </div>
        </dl>
        {step && (
          <p className="edesk-current-step" data-testid="case-current-step">
            {t('edesk.currentStep', {
              step: stepTitle(def, step.stepId, lang),
              unit: unitName(catalogue, step.unitId, lang),
              due: jalaliDateTime(step.dueAt, lang),
            })}
          </p>
        )}
      </section>

      <CaseActionsBar c={c} def={def} catalogue={catalogue} actions={actions} busy={commands.busy} onAction={openDialog} />

      <div className="edesk-case-grid">
        <div className="edesk-case-main">
          <StepsSection {...details} />
          <InquiriesSection
            {...details}
            renderActions={(recordId) => {
              const pending = actions.answerInquiries.find((a) => a.record.id === recordId);
              if (!pending) return null;
              const agency = localDigits(pending.record.agency, lang);
              return (
                <div className="edesk-item-actions">
                  {pending.electronic && (
                    <span className="edesk-waiting" data-testid="inquiry-waiting">
                      {t('edesk.inquiry.waitingSystem', { agency })}
                    </span>
                  )}
                  <button
                    type="button"
                    className={`btn btn-small ${pending.electronic ? 'btn-quiet' : 'btn-primary'}`}
                    data-testid="action-answer-inquiry"
                    onClick={() => openDialog({ kind: 'answerInquiry', recordId, title: pending.record.title })}
                  >
                    {pending.electronic ? t('edesk.action.answerInquiryByHand') : t('edesk.action.answerInquiry')}
                  </button>
                </div>
              );
            }}
          />
          <InfoRequestsSection {...details} />
          <AppointmentsSection {...details} />
          <ResponseSection {...details} />
        </div>
        <div className="edesk-case-side">
          <FormValuesSection {...details} />
          <DocumentsSection {...details} />
        </div>
      </div>

      {dialog && (
        <CaseActionDialog
          dialog={dialog}
          c={c}
          def={def}
          catalogue={catalogue}
          edesk={edesk}
          commands={commands}
          {...(props.currentTicket ? { currentTicket: props.currentTicket } : {})}
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setNotice(text);
          }}
        />
      )}
    </div>
  );
}
