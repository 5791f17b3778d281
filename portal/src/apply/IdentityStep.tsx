// Step 1: who is asking. National ID (checked as it is typed), name, mobile, e-mail;
// then the mobile is proven with a code by SMS. On a phone that asked before, the
// details are filled in already, with «این من نیستم» to clear them.
import { useState } from 'react';
import { normalizeMobile, toLatinDigits, type FormErrors } from '@desk/common';
import { useI18n, useNow } from '@desk/ui';
import { forgetClient, rememberedClient, type ApplyDraft, type ClientIdentity } from '../edesk/storage';
import { Field } from '../parts/Field';
import { validProof, type DraftUpdate } from './draft';
import { checkIdentity, type IdentityKey } from './identity';
import { OtpPanel } from './OtpPanel';

const EMPTY: ClientIdentity = { nationalId: '', name: '', mobile: '', email: '' };

export function IdentityStep(props: { draft: ApplyDraft; update: (u: DraftUpdate) => void; errors: FormErrors; onDone: () => void }) {
  const { t, lang } = useI18n();
  const now = useNow(5000);
  const { draft, update } = props;
  const [errors, setErrors] = useState<FormErrors>(props.errors);
  const [remembered, setRemembered] = useState(() => {
    const r = rememberedClient();
    return r && r.nationalId === draft.identity.nationalId ? r : undefined;
  });
  const identity = draft.identity;
  const proof = validProof(draft, now);

  function set(key: IdentityKey, value: string) {
    update((d) => {
      const next = { ...d, identity: { ...d.identity, [key]: value } };
      // another number: the code sent and the proof were for the old one
      if (key === 'mobile' && normalizeMobile(value) !== normalizeMobile(d.identity.mobile)) {
        delete next.otp;
        delete next.proof;
      }
      return next;
    });
    // a national ID is checked as soon as its ten digits are there
    if (key === 'nationalId') {
      const digits = toLatinDigits(value).replace(/\D/g, '');
      const message = digits.length >= 10 ? checkIdentity({ ...identity, nationalId: value }, t, lang).nationalId : undefined;
      setErrors((e) => ({ ...e, nationalId: message ?? (e.nationalId && digits.length < 10 ? e.nationalId : undefined) }) as FormErrors);
    } else if (errors[key]) {
      setErrors((e) => ({ ...e, [key]: checkIdentity({ ...identity, [key]: value }, t, lang)[key] }) as FormErrors);
    }
  }

  function blur(key: IdentityKey) {
    if (identity[key].trim() === '' && key !== 'nationalId') return;
    setErrors((e) => ({ ...e, [key]: checkIdentity(identity, t, lang)[key] }) as FormErrors);
  }

  /** Everything checked before a code is sent: a code for a form that cannot go on is wasted. */
  function checkAll(): boolean {
    const all = checkIdentity(identity, t, lang);
    setErrors(all);
    const first = (['nationalId', 'name', 'mobile', 'email'] as const).find((k) => all[k]);
    if (first) document.getElementById(`id-${first}`)?.focus();
    return !first;
  }

  function notMe() {
    forgetClient();
    setRemembered(undefined);
    setErrors({});
    update((d) => {
      const next = { ...d, identity: EMPTY };
      delete next.otp;
      delete next.proof;
      return next;
    });
    document.getElementById('id-nationalId')?.focus();
  }

  const input = (key: IdentityKey, extra: { inputMode?: 'numeric' | 'email' | 'tel' | 'text'; autoComplete: string; ltr?: boolean; type?: string }) => (
    <Field id={`id-${key}`} label={t(`id.${key}`)} hint={t(`id.${key}.hint`)} required={key !== 'email'} error={errors[key]} testId={`id-${key}`}>
      {(ids) => (
        <input
          id={ids.id}
          className={`portal-input${extra.ltr ? ' portal-input-ltr' : ''}`}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          autoComplete={extra.autoComplete}
          dir={extra.ltr ? 'ltr' : undefined}
          value={identity[key]}
          onChange={(e) => set(key, e.target.value)}
          onBlur={() => blur(key)}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          data-testid={`id-${key}`}
        />
      )}
    </Field>
  );

  return (
    <section className="portal-card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('apply.identity.title')}</h2>
      <p className="portal-lead">{t('apply.identity.intro')}</p>
      {remembered && (
        <div className="portal-notice" data-testid="remembered-client">
          <p>{t('apply.identity.remembered', { name: remembered.name })}</p>
          <button type="button" className="portal-button portal-button-secondary" onClick={notMe} data-testid="not-me">
            {t('apply.identity.notMe')}
          </button>
        </div>
      )}
      {input('nationalId', { inputMode: 'numeric', autoComplete: 'off', ltr: true })}
      {input('name', { autoComplete: 'name' })}
      {input('mobile', { inputMode: 'tel', autoComplete: 'tel', ltr: true, type: 'tel' })}
      {input('email', { inputMode: 'email', autoComplete: 'email', ltr: true, type: 'email' })}

      {proof ? (
        <div className="portal-verified">
          <p className="portal-ok" role="status" data-testid="mobile-verified">
            {t('apply.identity.verified')}
          </p>
          <button type="button" className="portal-button portal-button-primary" onClick={() => (checkAll() ? props.onDone() : undefined)} data-testid="identity-next">
            {t('common.next')}
          </button>
        </div>
      ) : (
        <OtpPanel
          mobile={identity.mobile}
          otp={draft.otp}
          intro={t('apply.identity.otpIntro')}
          beforeSend={checkAll}
          onSent={(otp) => update({ otp })}
          onVerified={(p) => {
            update({ proof: p });
            if (checkAll()) props.onDone();
          }}
        />
      )}
    </section>
  );
}
