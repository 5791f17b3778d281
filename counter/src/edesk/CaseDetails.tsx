// What a case holds, for the clerk: the form, the documents, the steps (table 1 as
// worked), inquiries, requests to the client, appointments and the response (table 4).
import type { ReactNode } from 'react';
import {
  responseOutcomeLabel,
  stepKindLabel,
  type Case,
  type CaseDocument,
  type Lang,
} from '@desk/common';
import { joinList, localDigits, useT } from '../i18n';
import type { EdeskApi, EdeskCatalogue, EdeskService } from './api';
import { DocumentLink } from './DocumentLink';
import { fieldLabel, fieldValue, jalaliDateTime, stepTitle, unitName } from './format';

interface DetailsProps {
  edesk: EdeskApi;
  catalogue?: EdeskCatalogue;
  def?: EdeskService;
  c: Case;
}

export function Section(props: { title: string; testId?: string; children: ReactNode; count?: number }) {
  const { lang } = useT();
  return (
    <section className="card edesk-section" data-testid={props.testId}>
      <h2>
        {props.title}
        {props.count !== undefined && <span className="muted num"> ({localDigits(String(props.count), lang)})</span>}
      </h2>
      {props.children}
    </section>
  );
}

export function FormValuesSection({ def, c }: DetailsProps) {
  const { t, lang } = useT();
  const fields = def?.form.fields.filter((f) => f.kind !== 'document') ?? [];
  const known = new Set(fields.map((f) => f.id));
  const extra = Object.keys(c.formValues).filter((id) => !known.has(id));
  return (
    <Section title={t('edesk.case.form')} testId="case-form">
      <dl className="edesk-facts">
        {fields.map((f) => (
          <div key={f.id}>
            <dt>{fieldLabel(f, lang)}</dt>
            <dd dir={f.kind === 'email' ? 'ltr' : undefined}>{c.formValues[f.id] ? fieldValue(f, c.formValues[f.id]!, lang) : '—'}</dd>
          </div>
        ))}
        {extra.map((id) => (
          <div key={id}>
            <dt>{id}</dt>
            <dd>{localDigits(c.formValues[id]!, lang)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function slotLabel(def: EdeskService | undefined, d: CaseDocument, t: ReturnType<typeof useT>['t'], lang: Lang): string {
  const field = def?.form.fields.find((f) => f.id === d.slotId);
  if (field) return fieldLabel(field, lang);
  return t(`edesk.docStage.${d.stage}`);
}

export function DocumentsSection(props: DetailsProps) {
  const { t, lang } = useT();
  const { c } = props;
  return (
    <Section title={t('edesk.case.documents')} testId="case-documents" count={c.documents.length}>
      {c.documents.length === 0 ? (
        <p className="muted">{t('edesk.case.noDocuments')}</p>
      ) : (
        <ul className="edesk-doc-list">
          {c.documents.map((d) => (
            <li key={d.id}>
              <span className="muted">{slotLabel(props.def, d, t, lang)}:</span> <DocumentLink edesk={props.edesk} document={d} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function StepsSection({ catalogue, def, c }: DetailsProps) {
  const { t, lang } = useT();
  const now = Date.now();
  return (
    <Section title={t('edesk.case.steps')} testId="case-steps">
      <table className="table edesk-steps">
        <thead>
          <tr>
            <th>{t('edesk.step.step')}</th>
            <th>{t('edesk.step.unit')}</th>
            <th>{t('edesk.step.started')}</th>
            <th>{t('edesk.step.due')}</th>
            <th>{t('edesk.step.finished')}</th>
            <th>{t('edesk.step.result')}</th>
          </tr>
        </thead>
        <tbody>
          {c.steps.map((s, i) => {
            const late = (s.finishedAt ? Date.parse(s.finishedAt) : now) > Date.parse(s.dueAt);
            const current = !s.finishedAt && c.currentStepIndex === s.index;
            return (
              <tr key={i} className={current ? 'edesk-step-current' : ''} data-testid={`step-row-${i}`}>
                <td>
                  <strong>{stepTitle(def, s.stepId, lang)}</strong>
                  <div className="muted edesk-small">{stepKindLabel(s.kind, lang)}</div>
                  {s.note && <div className="edesk-note">{t('edesk.step.note', { note: localDigits(s.note, lang) })}</div>}
                </td>
                <td>{unitName(catalogue, s.unitId, lang)}</td>
                <td className="num">{jalaliDateTime(s.startedAt, lang)}</td>
                <td className={`num${late ? ' edesk-late' : ''}`}>{jalaliDateTime(s.dueAt, lang)}</td>
                <td className="num">{jalaliDateTime(s.finishedAt, lang)}</td>
                <td>{s.result ? t(`edesk.result.${s.result}`) : current ? <span className="badge badge-busy">{t('edesk.result.open')}</span> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

export function InquiriesSection(props: DetailsProps & { renderActions?: (recordId: string) => ReactNode }) {
  const { t, lang } = useT();
  const { c } = props;
  if (c.inquiries.length === 0) return null;
  return (
    <Section title={t('edesk.case.inquiries')} testId="case-inquiries" count={c.inquiries.length}>
      <ul className="edesk-items">
        {c.inquiries.map((q) => (
          <li key={q.id} className={q.answeredAt ? '' : 'edesk-pending'} data-testid={`inquiry-${q.inquiryId}`} data-state={q.answeredAt ? 'answered' : 'pending'}>
            <div className="edesk-item-head">
              <strong>{localDigits(q.title, lang)}</strong>
              <span className="muted">— {localDigits(q.agency, lang)}</span>
              {q.outcome ? (
                <span className={`badge ${q.outcome === 'rejected' ? 'badge-alert' : 'badge-free'}`}>{t(`edesk.inquiryOutcome.${q.outcome}`)}</span>
              ) : (
                <span className="badge badge-busy">{t('edesk.inquiry.pending')}</span>
              )}
            </div>
            <p className="edesk-small">
              <span className="muted">{t('edesk.inquiry.request')}:</span> {localDigits(q.request, lang)}{' '}
              <span className="muted num">({jalaliDateTime(q.sentAt, lang)})</span>
            </p>
            {q.answeredAt && (
              <p className="edesk-small" data-testid="inquiry-answer">
                <span className="muted">{t('edesk.inquiry.answer')}:</span> {localDigits(q.answer ?? '', lang)}{' '}
                <span className="muted num">({jalaliDateTime(q.answeredAt, lang)})</span>
              </p>
            )}
            {q.documentIds.length > 0 && <DocList {...props} ids={q.documentIds} />}
            {!q.answeredAt && props.renderActions?.(q.id)}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function DocList(props: DetailsProps & { ids: string[] }) {
  const docs = props.c.documents.filter((d) => props.ids.includes(d.id));
  if (docs.length === 0) return null;
  return (
    <div className="edesk-doc-row">
      {docs.map((d) => (
        <DocumentLink key={d.id} edesk={props.edesk} document={d} />
      ))}
    </div>
  );
}

export function InfoRequestsSection(props: DetailsProps) {
  const { t, lang } = useT();
  const { c } = props;
  if (c.infoRequests.length === 0) return null;
  return (
    <Section title={t('edesk.case.infoRequests')} testId="case-info-requests" count={c.infoRequests.length}>
      <ul className="edesk-items">
        {c.infoRequests.map((r) => {
          const state = r.answeredAt ? 'answered' : r.closedAt ? 'closed' : 'open';
          return (
            <li key={r.id} className={state === 'open' ? 'edesk-pending' : ''} data-state={state}>
              <div className="edesk-item-head">
                <strong>{localDigits(r.message, lang)}</strong>
                <span className={`badge ${state === 'open' ? 'badge-busy' : state === 'answered' ? 'badge-free' : 'mark'}`}>{t(`edesk.info.${state}`)}</span>
              </div>
              {r.items.length > 0 && (
                <p className="edesk-small">
                  <span className="muted">{t('edesk.info.items')}:</span> {localDigits(joinList(r.items, lang), lang)}
                </p>
              )}
              <p className="edesk-small muted num">
                {t('edesk.info.askedAt', { at: jalaliDateTime(r.requestedAt, lang), unit: unitName(props.catalogue, r.unitId, lang) })}
              </p>
              {r.answeredAt && (
                <p className="edesk-small">
                  <span className="muted">{t('edesk.info.answer')}:</span> {r.answer ? localDigits(r.answer, lang) : '—'}{' '}
                  <span className="muted num">({jalaliDateTime(r.answeredAt, lang)})</span>
                </p>
              )}
              {r.documentIds.length > 0 && <DocList {...props} ids={r.documentIds} />}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function AppointmentsSection(props: DetailsProps) {
  const { t, lang } = useT();
  const { c } = props;
  if (c.appointments.length === 0) return null;
  return (
    <Section title={t('edesk.case.appointments')} testId="case-appointments" count={c.appointments.length}>
      <ul className="edesk-items">
        {c.appointments.map((a) => (
          <li key={a.id} className={a.status === 'scheduled' ? 'edesk-pending' : ''} data-state={a.status}>
            <div className="edesk-item-head">
              <strong className="num">{jalaliDateTime(a.at, lang)}</strong>
              <span className="muted">— {unitName(props.catalogue, a.deskUnitId, lang)}</span>
              <span className={`badge ${a.status === 'attended' ? 'badge-free' : a.status === 'scheduled' ? 'badge-busy' : 'mark'}`}>{t(`edesk.appointment.${a.status}`)}</span>
            </div>
            <p className="edesk-small">
              <span className="muted">{t('edesk.appointment.reason')}:</span> {localDigits(a.reason, lang)}
            </p>
            {a.bring.length > 0 && (
              <p className="edesk-small">
                <span className="muted">{t('edesk.appointment.bring')}:</span> {localDigits(joinList(a.bring, lang), lang)}
              </p>
            )}
            {a.checkedInAt && (
              <p className="edesk-small muted num">{t('edesk.appointment.checkedIn', { at: jalaliDateTime(a.checkedInAt, lang) })}</p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ResponseSection(props: DetailsProps) {
  const { t, lang } = useT();
  const r = props.c.response;
  if (!r) return null;
  return (
    <Section title={t('edesk.case.response')} testId="case-response">
      <div className="edesk-item-head">
        <span className={`badge ${r.outcome === 'rejected' ? 'badge-alert' : 'badge-free'}`} data-testid="response-outcome">
          {responseOutcomeLabel(r.outcome, lang)}
        </span>
        <span className="muted num">{jalaliDateTime(r.issuedAt, lang)}</span>
      </div>
      <p className="edesk-response-text">{localDigits(r.text, lang)}</p>
      {r.documentIds.length > 0 && <DocList {...props} ids={r.documentIds} />}
      <p className="edesk-small muted num">
        {r.acknowledgedAt ? t('edesk.response.acknowledged', { at: jalaliDateTime(r.acknowledgedAt, lang) }) : t('edesk.response.notAcknowledged')}
      </p>
    </Section>
  );
}
