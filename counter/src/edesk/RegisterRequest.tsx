// Registering a client's request at the desk (پذیرش حضوری): the service, who asks,
// the service's form and documents in one pass, checked before sending; then the receipt.
import { useRef, useState, type FormEvent } from 'react';
import type { Case, Department, Receipt } from '@desk/common';
import { localDigits, serviceName, useT } from '../i18n';
import { CommandError } from '../CommandError';
import type { EdeskApi, EdeskCatalogue } from './api';
import { FieldBox } from './Fields';
import { ServicePicker } from './ServicePicker';
import { ServiceForm } from './ServiceForm';
import { ReceiptView } from './Receipt';
import { CLIENT_FIELDS, checkRegistration, emptyClient, type ClientDraft, type SlotFiles } from './register-form';
import { serviceOf } from './format';

export function RegisterRequest(props: {
  edesk: EdeskApi;
  catalogue?: EdeskCatalogue;
  departments: Department[];
  officeName: string;
  onRegistered: () => void;
  onOpenCase: (c: Case) => void;
}) {
  const { t } = useT();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [done, setDone] = useState<{ c: Case; receipt: Receipt } | null>(null);
  const [round, setRound] = useState(0);

  if (!props.catalogue) return <p className="splash">{t('app.loading')}</p>;
  if (done) {
    return (
      <ReceiptView
        edesk={props.edesk}
        catalogue={props.catalogue}
        officeName={props.officeName}
        receipt={done.receipt}
        onOpenCase={() => props.onOpenCase(done.c)}
        onNew={() => {
          setDone(null);
          setServiceId(null);
          setRound((n) => n + 1);
        }}
      />
    );
  }
  const service = serviceId ? serviceOf(props.catalogue, serviceId) : undefined;
  if (!service) return <ServicePicker services={props.catalogue.services} departments={props.departments} onPick={setServiceId} />;
  return (
    <RegisterForm
      key={`${service.serviceId}-${round}`}
      {...props}
      catalogue={props.catalogue}
      serviceId={service.serviceId}
      onChangeService={() => setServiceId(null)}
      onDone={(c, receipt) => {
        setDone({ c, receipt });
        props.onRegistered();
      }}
    />
  );
}

function RegisterForm(props: {
  edesk: EdeskApi;
  catalogue: EdeskCatalogue;
  serviceId: string;
  onChangeService: () => void;
  onDone: (c: Case, receipt: Receipt) => void;
}) {
  const { t, lang } = useT();
  const service = serviceOf(props.catalogue, props.serviceId)!;
  const [client, setClient] = useState<ClientDraft>(emptyClient);
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<SlotFiles>({});
  const [uploading, setUploading] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const sending = useRef(false);
  const originals = service.package.documents.filter((d) => d.originalAtDesk);
  const problemCount = Object.keys(errors).length;

  /** A field the clerk changes loses its old problem at once; the rest wait for the next check. */
  const forget = (id: string) => {
    setRefusal(null);
    setErrors((old) => {
      if (!(id in old)) return old;
      const { [id]: _gone, ...rest } = old;
      return rest;
    });
  };
  const patchClient = (key: keyof ClientDraft, value: string) => {
    setClient((c) => ({ ...c, [key]: value }));
    forget(CLIENT_FIELDS[key]);
  };

  function focusFirstProblem() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    // a ref, not state: two presses in one frame must not register the request twice
    if (sending.current) return;
    if (uploading > 0) return setRefusal(t('edesk.register.waitUploads'));
    const checked = checkRegistration(service, client, values, files, lang);
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstProblem();
    }
    setErrors({});
    setRefusal(null);
    sending.current = true;
    setBusy(true);
    const r = await props.edesk.submit(checked.request);
    sending.current = false;
    setBusy(false);
    if (!r.ok) {
      setRefusal(r.error.message);
      if (r.error.fields) {
        setErrors(r.error.fields);
        focusFirstProblem();
      }
      return;
    }
    props.onDone(r.data.case, r.data.receipt);
  }

  const clientField = (key: keyof ClientDraft, label: string, extra: { optional?: boolean; ltr?: boolean; numeric?: boolean; type?: string } = {}) => (
    <FieldBox label={label} optional={extra.optional} problem={errors[CLIENT_FIELDS[key]]}>
      <input
        type={extra.type ?? 'text'}
        value={client[key]}
        dir={extra.ltr ? 'ltr' : undefined}
        inputMode={extra.numeric ? 'numeric' : undefined}
        aria-invalid={!!errors[CLIENT_FIELDS[key]]}
        data-testid={`client-${key}`}
        onChange={(e) => patchClient(key, e.target.value)}
      />
    </FieldBox>
  );

  return (
    <form ref={form} className="edesk-body edesk-register" onSubmit={(e) => void submit(e)} noValidate data-testid="register-form">
      <header className="section-head">
        <div>
          <span className="muted edesk-small">{t('edesk.register.title')}</span>
          <h2 data-testid="register-service">{serviceName(service, lang)}</h2>
          <p className="muted edesk-small">{localDigits(lang === 'en' && service.package.summaryEn ? service.package.summaryEn : service.package.summary, lang)}</p>
        </div>
        <button type="button" className="btn btn-quiet" onClick={props.onChangeService} data-testid="register-change-service">
          {t('edesk.register.changeService')}
        </button>
      </header>
      {originals.length > 0 && (
        <p className="notice edesk-small" data-testid="register-originals">
          {t('edesk.register.originals', { list: originals.map((d) => (lang === 'en' && d.titleEn ? d.titleEn : d.title)).join(lang === 'fa' ? '، ' : ', ') })}
        </p>
      )}
      <fieldset className="card edesk-fieldset">
        <legend>{t('edesk.register.client')}</legend>
        <div className="edesk-form-grid">
          {clientField('nationalId', t('edesk.client.nationalId'), { ltr: true, numeric: true })}
          {clientField('name', t('edesk.client.name'))}
          {clientField('mobile', t('edesk.client.mobile'), { ltr: true, numeric: true })}
          {clientField('email', t('edesk.client.email'), { optional: true, ltr: true, type: 'email' })}
        </div>
      </fieldset>
      <fieldset className="card edesk-fieldset">
        <legend>{t('edesk.register.form')}</legend>
        <ServiceForm
          edesk={props.edesk}
          fields={service.form.fields}
          values={values}
          onValue={(id, v) => {
            setValues((old) => ({ ...old, [id]: v }));
            forget(id);
          }}
          files={files}
          onFiles={(slot, list) => {
            setFiles((old) => ({ ...old, [slot]: list }));
            forget(slot);
          }}
          onUploading={(d) => setUploading((n) => n + d)}
          errors={errors}
        />
      </fieldset>
      {problemCount > 0 && (
        <p className="form-error" role="alert" data-testid="register-problems">
          {t('edesk.register.fix', { count: problemCount })}
        </p>
      )}
      <CommandError message={refusal} onDismiss={() => setRefusal(null)} />
      <div className="edesk-submit-row">
        <button type="submit" className="btn btn-primary btn-big" disabled={busy} data-testid="register-submit">
          {busy ? t('edesk.register.sending') : t('edesk.register.submit')}
        </button>
        {uploading > 0 && <span className="muted">{t('edesk.files.uploading', { count: uploading })}</span>}
      </div>
    </form>
  );
}
