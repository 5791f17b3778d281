// Step 3: everything once more, as it will be sent, then «ثبت درخواست». A lost answer
// is retried with the same commandId, so a request is never made twice.
import { useState } from 'react';
import { normalizeFormValues, normalizeMobile, submissionBody, toLatinDigits, type DocumentField } from '@desk/common';
import { useI18n, useNow } from '@desk/ui';
import { submitCase, type SubmitBody } from '../edesk/api';
import { digits, fieldValueText, fileSizeText, pick, serviceName } from '../edesk/format';
import type { ApplyDraft } from '../edesk/storage';
import type { CatalogueService, EdeskError, SubmitAnswer } from '../edesk/types';
import { Problem } from '../parts/Page';
import { validProof, type DraftUpdate } from './draft';
import { OtpPanel } from './OtpPanel';

export function ReviewStep(props: {
  service: CatalogueService;
  draft: ApplyDraft;
  update: (u: DraftUpdate) => void;
  onEdit: (step: 'identity' | 'form') => void;
  onRefused: (error: EdeskError) => void;
  onAccepted: (answer: SubmitAnswer) => void;
}) {
  const { t, lang } = useI18n();
  const now = useNow(5000);
  const { draft, service } = props;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const proof = validProof(draft, now);
  const fields = service.form.fields;
  const values = normalizeFormValues(fields, draft.values);

  async function submit() {
    if (!proof) return;
    setBusy(true);
    setProblem(undefined);
    const body: SubmitBody = submissionBody(service.serviceId, fields, draft, proof);
    const r = await submitCase(body);
    setBusy(false);
    if (r.ok) return props.onAccepted(r.data);
    if (r.status === 401) {
      // the proof ran out (or the server restarted): prove the mobile again, then send again
      props.update((d) => {
        const next = { ...d };
        delete next.proof;
        return next;
      });
      return setProblem(t('apply.review.proofExpired'));
    }
    if (r.status === 0 || r.status >= 500) return setProblem(r.error.message);
    props.onRefused(r.error);
  }

  const docsOf = (slot: DocumentField) => draft.documents.filter((d) => d.slotId === slot.id);

  return (
    <section className="portal-card" aria-labelledby="review-title">
      <h2 id="review-title">{t('apply.review.title')}</h2>
      <p className="portal-lead">{t('apply.review.intro')}</p>

      <h3 className="portal-review-heading">
        {t('apply.review.you')}
        <button type="button" className="portal-button portal-button-link" onClick={() => props.onEdit('identity')}>
          {t('apply.review.edit')}
        </button>
      </h3>
      <dl className="portal-facts" data-testid="review-identity">
        <dt>{t('id.nationalId')}</dt>
        <dd>{digits(toLatinDigits(draft.identity.nationalId), lang)}</dd>
        <dt>{t('id.name')}</dt>
        <dd>{draft.identity.name}</dd>
        <dt>{t('id.mobile')}</dt>
        <dd>{digits(normalizeMobile(draft.identity.mobile) ?? draft.identity.mobile, lang)}</dd>
        {draft.identity.email.trim() && (
          <>
            <dt>{t('id.email')}</dt>
            <dd dir="ltr">{draft.identity.email}</dd>
          </>
        )}
      </dl>

      <h3 className="portal-review-heading">
        {t('apply.review.request', { service: serviceName(service, lang) })}
        <button type="button" className="portal-button portal-button-link" onClick={() => props.onEdit('form')}>
          {t('apply.review.edit')}
        </button>
      </h3>
      <dl className="portal-facts" data-testid="review-values">
        {fields.map((f) =>
          f.kind === 'document' ? (
            docsOf(f).length > 0 && (
              <div key={f.id} className="portal-facts-row">
                <dt>{pick(lang, f.label, f.labelEn)}</dt>
                <dd>
                  <ul className="portal-plain-list">
                    {docsOf(f).map((d) => (
                      <li key={d.id}>
                        <span dir="auto">{d.name}</span> <span className="portal-muted">({fileSizeText(d.size, lang)})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )
          ) : (
            values[f.id] !== undefined && (
              <div key={f.id} className="portal-facts-row">
                <dt>{pick(lang, f.label, f.labelEn)}</dt>
                <dd dir="auto">{fieldValueText(f, values[f.id]!, lang)}</dd>
              </div>
            )
          ),
        )}
      </dl>

      {problem && <Problem message={problem} testId="submit-problem" />}
      {!proof && (
        <OtpPanel
          mobile={draft.identity.mobile}
          otp={draft.otp}
          intro={t('apply.review.needCode')}
          onSent={(otp) => props.update({ otp })}
          onVerified={(p) => {
            props.update({ proof: p });
            setProblem(undefined);
          }}
        />
      )}
      <div className="portal-actions">
        <button type="button" className="portal-button portal-button-primary portal-button-big" onClick={() => void submit()} disabled={busy || !proof} data-testid="review-submit">
          {busy ? t('apply.review.sending') : t('apply.review.submit')}
        </button>
        <button type="button" className="portal-button portal-button-secondary" onClick={() => props.onEdit('form')}>
          {t('common.back')}
        </button>
      </div>
    </section>
  );
}
