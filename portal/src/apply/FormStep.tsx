// Step 2: the service's electronic form. Each field is checked when the person leaves
// it, everything again on «ادامه», with validateForm: the same Persian sentences the
// server would answer. Files go up as soon as they are chosen.
import { useEffect, useState } from 'react';
import { checkRequestForm, documentsForCheck as forCheck, draftDocumentOf, formatTrackingCode, onFileForSlot, validateForm, type DocumentField, type FormErrors, type FormField } from '@desk/common';
import { getOnFile, type OnFileDocument } from '../edesk/api';
import { useI18n, useNow } from '@desk/ui';
import { pick } from '../edesk/format';
import type { ApplyDraft } from '../edesk/storage';
import type { CatalogueService } from '../edesk/types';
import { Uploads } from '../parts/Uploads';
import { validProof, type DraftUpdate } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { FieldInput, fieldDomId } from './FieldInput';
import { OtpPanel } from './OtpPanel';

export function documentsForCheck(draft: ApplyDraft) {
  return forCheck(draft.documents);
}

export function checkForm(fields: readonly FormField[], draft: ApplyDraft, lang: 'fa' | 'en'): FormErrors {
  return checkRequestForm(fields, draft.values, draft.documents, lang);
}

export function FormStep(props: {
  service: CatalogueService;
  draft: ApplyDraft;
  update: (u: DraftUpdate) => void;
  /** Messages from the server's refusal, shown like the form's own. */
  errors: FormErrors;
  /** The server's sentence for a refusal, shown above the form. */
  problem?: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const now = useNow(5000);
  const { draft, update, service } = props;
  const fields = service.form.fields;
  const [errors, setErrors] = useState<FormErrors>(props.errors);
  const [showSummary, setShowSummary] = useState(!!props.problem || Object.keys(props.errors).length > 0);
  const proof = validProof(draft, now);

  // the single-window rule: what this person gave the office before is offered, not asked again
  const [onFile, setOnFile] = useState<OnFileDocument[]>([]);
  const proofToken = proof;
  useEffect(() => {
    if (!proofToken || !draft.identity.nationalId) return;
    let stop = false;
    void getOnFile(draft.identity.nationalId, proofToken).then((r) => {
      if (!stop && r.ok) setOnFile(r.data.documents);
    });
    return () => {
      stop = true;
    };
  }, [proofToken, draft.identity.nationalId]);
  const offeredFor = (slot: DocumentField) => onFileForSlot(slot, onFile);

  const inputs = fields.filter((f): f is Exclude<FormField, DocumentField> => f.kind !== 'document');
  const slots = fields.filter((f): f is DocumentField => f.kind === 'document');

  function setValue(id: string, value: string) {
    update((d) => ({ ...d, values: { ...d.values, [id]: value } }));
    if (errors[id]) {
      const field = fields.find((f) => f.id === id)!;
      const message = validateForm([field], { [id]: value }, { lang })[id];
      setErrors((e) => ({ ...e, [id]: message }) as FormErrors);
    }
  }

  function blur(field: FormField) {
    const value = draft.values[field.id] ?? '';
    if (value.trim() === '' && !errors[field.id]) return;
    setErrors((e) => ({ ...e, [field.id]: validateForm([field], draft.values, { lang })[field.id] }) as FormErrors);
  }

  function next() {
    const all = checkForm(fields, draft, lang);
    setErrors(all);
    if (!fields.some((f) => all[f.id])) return props.onDone();
    setShowSummary(true);
    requestAnimationFrame(() => document.getElementById('form-errors')?.focus());
  }

  const slotError = (id: string) => {
    const message = errors[id];
    // a file added since the check may have fixed «بارگذاری کنید»
    return message && draft.documents.some((d) => d.slotId === id) && !validateForm(fields.filter((f) => f.id === id), {}, { lang, documents: documentsForCheck(draft) })[id]
      ? undefined
      : message;
  };

  return (
    <section className="portal-card" aria-labelledby="form-title">
      <h2 id="form-title">{t('apply.form.title')}</h2>
      <p className="portal-lead">{t('apply.form.intro')}</p>
      {showSummary && <ErrorSummary problem={props.problem} links={fields.filter((f) => errors[f.id] && (f.kind !== 'document' || slotError(f.id))).map((f) => ({ id: fieldDomId(f.id), message: errors[f.id]! }))} />}

      {inputs.map((field) => (
        <FieldInput key={field.id} field={field} value={draft.values[field.id] ?? ''} error={errors[field.id]} onChange={(v) => setValue(field.id, v)} onBlur={() => blur(field)} />
      ))}

      {slots.length > 0 && (
        <div className="portal-documents">
          <h3>{t('apply.form.documents')}</h3>
          <p className="portal-hint">{t('apply.form.documentsHint')}</p>
          {!proof && (
            <OtpPanel
              mobile={draft.identity.mobile}
              otp={draft.otp}
              intro={t('apply.form.proofExpired')}
              onSent={(otp) => update({ otp })}
              onVerified={(p) => update({ proof: p })}
            />
          )}
          {slots.map((slot) => (
            <div key={slot.id}>
            <Uploads
              testId={fieldDomId(slot.id)}
              rules={{ slotId: slot.id, label: pick(lang, slot.label, slot.labelEn), accept: slot.accept, ...(slot.maxSizeKb !== undefined ? { maxSizeKb: slot.maxSizeKb } : {}), ...(slot.maxFiles !== undefined ? { maxFiles: slot.maxFiles } : {}) }}
              files={draft.documents.filter((d) => d.slotId === slot.id)}
              auth={proof ? { proof } : undefined}
              required={slot.required}
              {...(slot.hint ? { hint: pick(lang, slot.hint, slot.hintEn) } : {})}
              {...(slotError(slot.id) ? { error: slotError(slot.id)! } : {})}
              onAdded={(doc) => update((d) => ({ ...d, documents: [...d.documents, doc] }))}
              onRemoved={(id) => update((d) => ({ ...d, documents: d.documents.filter((x) => x.id !== id) }))}
            />
            {offeredFor(slot).length > 0 && (
              <div className="portal-on-file" data-testid={`on-file-${slot.id}`}>
                <p className="portal-hint">
                  <strong>{t('apply.onFile.title')}</strong> — {t('apply.onFile.hint')}
                </p>
                <ul>
                  {offeredFor(slot).map((d) => {
                    const used = draft.documents.some((x) => x.id === d.id && x.slotId === slot.id);
                    return (
                      <li key={`${slot.id}:${d.id}`}>
                        <span>
                          {pick(lang, d.title, d.titleEn)} — {d.name} ({t('apply.onFile.from', { code: formatTrackingCode(d.trackingCode, lang) })})
                        </span>
                        <button
                          type="button"
                          className="portal-button portal-button-secondary"
                          disabled={used}
                          data-testid={`on-file-use-${slot.id}`}
                          onClick={() =>
                            update((x) => ({ ...x, documents: [...x.documents, draftDocumentOf(d, slot.id)] }))
                          }
                        >
                          {used ? t('apply.onFile.used') : t('apply.onFile.use')}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            </div>
          ))}
        </div>
      )}

      <div className="portal-actions">
        <button type="button" className="portal-button portal-button-primary" onClick={next} data-testid="form-next">
          {t('common.next')}
        </button>
        <button type="button" className="portal-button portal-button-secondary" onClick={props.onBack}>
          {t('common.back')}
        </button>
      </div>
    </section>
  );
}
