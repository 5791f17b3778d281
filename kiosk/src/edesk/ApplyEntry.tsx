// The screens of a request where something is typed or chosen: the national ID, the
// name, the mobile, the one-time code and each field of the service's form. Digits on
// the digit pad, words on the Persian keyboard, choices as big buttons.
import { useEffect, useRef, useState } from 'react';
import { formatNumber, normalizeMobile, pick, type FormField } from '@desk/common';
import { useNow } from '@desk/ui';
import { PersianKeyboard } from '../PersianKeyboard';
import { Keypad } from '../Keypad';
import { TEXT_EXTRA_KEYS, type KeyPress } from '../keyboard';
import { useKioskI18n } from '../useKioskI18n';
import { OTP_LENGTH, currentEntry, type ApplyAction, type ApplyContext, type ApplyState, type InputField } from './apply-flow';
import type { EdeskApi } from './api';
import { EntryBox, FieldMessage, NextButton, Prompt, ScreenProblem, maskedMobile } from './parts';
import type { IconName } from '../icons';

type Dispatch = (action: ApplyAction) => void;

/** Kinds typed on the digit pad, and the one extra key some need. */
const DIGIT_KINDS: Partial<Record<FormField['kind'], string | undefined>> = { nationalId: undefined, companyId: undefined, postalCode: undefined, mobile: undefined, date: '/', number: undefined };

export function isDigitField(field: InputField): boolean {
  return field.kind in DIGIT_KINDS;
}

function Keys(props: { digits: boolean; extra?: string | undefined; onKey: (key: KeyPress) => void }) {
  return props.digits ? <Keypad onKey={props.onKey} {...(props.extra !== undefined ? { extra: props.extra } : {})} /> : <PersianKeyboard onKey={props.onKey} extra={TEXT_EXTRA_KEYS} />;
}

/** National ID, name or mobile. */
export function IdentityEntry(props: { step: 'nationalId' | 'name' | 'mobile'; state: ApplyState; ctx: ApplyContext; dispatch: Dispatch }) {
  const { t } = useKioskI18n();
  const { step, state, ctx, dispatch } = props;
  const digits = step !== 'name';
  const icons: Record<typeof step, IconName> = { nationalId: 'idcard', name: 'person', mobile: 'phone' };
  return (
    <>
      {/* a name from an earlier request is only confirmed */}
      <Prompt icon={icons[step]} text={t(`apply.${step}.prompt`)} hint={step === 'name' && state.nameOnFile && state.identity.name === state.nameOnFile ? t('apply.name.onFile') : t(`apply.${step}.hint`)} />
      <EntryBox value={state.identity[step]} digits={digits} placeholder={t(`apply.${step}.placeholder`)} error={state.errors[step]} />
      <ScreenProblem message={state.problem} />
      <div className="kiosk-edesk-keys">
        <Keys digits={digits} onKey={(key) => dispatch({ type: 'key', key, ctx })} />
        <NextButton onClick={() => dispatch({ type: 'next', ctx })} />
      </div>
    </>
  );
}

/** The one-time code: sent as the screen opens, checked as soon as its six digits are in. */
export function OtpEntry(props: { state: ApplyState; ctx: ApplyContext; dispatch: Dispatch; api: EdeskApi }) {
  const { t, lang } = useKioskI18n();
  const now = useNow(1000);
  const { state, ctx, dispatch, api } = props;
  const mobile = normalizeMobile(state.identity.mobile) ?? '';
  const sent = state.otp && state.otp.mobile === mobile ? state.otp : undefined;
  const busy = useRef(false);
  // a code went to this number a moment ago (from here or a phone): the next one goes by itself when allowed
  const [retryAt, setRetryAt] = useState<number>();

  const send = async () => {
    if (busy.current || !mobile) return;
    busy.current = true;
    const r = await api.sendOtp(mobile);
    busy.current = false;
    if (r.ok) return dispatch({ type: 'otpSent', otp: r.data });
    const wait = r.error.code === 'otp.wait' ? r.error.retryAfterSeconds : undefined;
    if (wait) setRetryAt(Date.now() + wait * 1000);
    dispatch({ type: 'problem', message: wait ? t('otp.waitAuto') : r.error.message });
  };
  useEffect(() => {
    if (retryAt === undefined) return;
    const timer = setTimeout(() => {
      setRetryAt(undefined);
      void send();
    }, retryAt - Date.now());
    return () => clearTimeout(timer);
  }, [retryAt]);
  const verify = async () => {
    if (busy.current) return;
    if (state.code.length !== OTP_LENGTH) return dispatch({ type: 'problem', message: t('otp.sixDigits') });
    busy.current = true;
    const r = await api.verifyOtp(mobile, state.code);
    busy.current = false;
    if (r.ok) dispatch({ type: 'verified', proof: r.data, ctx });
    else {
      dispatch({ type: 'key', key: { kind: 'clear' }, ctx });
      dispatch({ type: 'problem', message: r.error.message });
    }
  };

  // a code for this number is sent once, as the screen opens (the visitor may ask again later)
  useEffect(() => {
    if (!sent) void send();
  }, []);
  // six digits in: checked without another tap
  useEffect(() => {
    if (state.code.length === OTP_LENGTH) void verify();
  }, [state.code]);

  const resendAt = Math.max(sent ? Date.parse(sent.resendAt) : 0, retryAt ?? 0);
  const waitSeconds = Math.max(0, Math.ceil((resendAt - now) / 1000));
  return (
    <>
      <Prompt icon="message" text={t('otp.prompt')} hint={sent ? t('otp.sent', { mobile: maskedMobile(mobile, lang) }) : t('otp.sending')} />
      <div className="kiosk-code kiosk-otp" role="textbox" aria-readonly="true" aria-labelledby="edesk-prompt" data-testid="otp-code">
        {Array.from({ length: OTP_LENGTH }, (_, i) => (
          <span key={i} className={`kiosk-code-digit${i < state.code.length ? ' is-filled' : ''}`}>
            {state.code[i] ? formatNumber(Number(state.code[i]), lang) : ''}
          </span>
        ))}
      </div>
      <ScreenProblem message={state.problem} />
      <p className="kiosk-otp-resend">
        {waitSeconds > 0 ? (
          <span>{t('otp.resendIn', { seconds: waitSeconds })}</span>
        ) : (
          <button type="button" className="kiosk-link-button" onClick={() => void send()} data-testid="otp-resend">
            {t('otp.resend')}
          </button>
        )}
      </p>
      <div className="kiosk-edesk-keys">
        <Keypad onKey={(key) => dispatch({ type: 'key', key, ctx })} />
        <NextButton onClick={() => void verify()} label={t('otp.verify')} icon="check" />
      </div>
    </>
  );
}

/** One field of the service's form. */
export function FieldEntry(props: { field: InputField; state: ApplyState; ctx: ApplyContext; dispatch: Dispatch }) {
  const { t, lang } = useKioskI18n();
  const { field, state, ctx, dispatch } = props;
  const label = pick(lang, field.label, field.labelEn);
  const ownHint = lang === 'en' ? (field.hintEn ?? field.hint) : field.hint;
  const kindHint = field.kind === 'date' ? t('form.dateHint') : field.kind === 'number' && field.unit ? field.unit : undefined;
  const optional = field.required ? undefined : t('form.optional');
  const hint = [ownHint, kindHint, optional].filter(Boolean).join(' — ') || undefined;
  const error = state.errors[field.id];

  if (field.kind === 'select') {
    const value = state.values[field.id];
    return (
      <>
        <Prompt icon="pencil" text={label} hint={hint} />
        <div className="kiosk-options" role="radiogroup" aria-labelledby="edesk-prompt" aria-describedby={error ? 'edesk-entry-error' : undefined}>
          {field.options.map((o) => (
            <button
              key={o.value}
              type="button"
              role="radio"
              aria-checked={value === o.value}
              className={`kiosk-option${value === o.value ? ' is-chosen' : ''}`}
              onClick={() => dispatch({ type: 'choose', value: o.value, ctx })}
              data-testid={`option-${o.value}`}
            >
              <span className="kiosk-option-mark" aria-hidden="true">
                {value === o.value ? '✓' : ''}
              </span>
              <span>{pick(lang, o.label, o.labelEn)}</span>
            </button>
          ))}
        </div>
        <FieldMessage id="edesk-entry-error" message={error} testId="entry-error" />
        <ScreenProblem message={state.problem} />
        <div className="kiosk-edesk-keys">
          <NextButton onClick={() => dispatch({ type: 'next', ctx })} />
        </div>
      </>
    );
  }

  const digits = isDigitField(field);
  const extra = field.kind === 'number' && !field.integer ? '.' : DIGIT_KINDS[field.kind];
  const entry = currentEntry(state, ctx);
  return (
    <>
      <Prompt icon="pencil" text={label} hint={hint} />
      <EntryBox value={entry?.text ?? ''} digits={digits} multiline={field.kind === 'textarea'} error={error} placeholder={field.kind === 'date' ? t('form.datePlaceholder') : ''} />
      <ScreenProblem message={state.problem} />
      <div className="kiosk-edesk-keys">
        <Keys digits={digits} extra={extra} onKey={(key) => dispatch({ type: 'key', key, ctx })} />
        <NextButton onClick={() => dispatch({ type: 'next', ctx })} label={!field.required && !(entry?.text ?? '').trim() ? t('edesk.skip') : undefined} />
      </div>
    </>
  );
}
