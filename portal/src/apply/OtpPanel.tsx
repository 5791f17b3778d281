// Proving the mobile number: «ارسال کد» sends a 6-digit code by SMS; the person types
// it (Persian digits are fine) and gets a proof good for a few minutes. The resend
// button waits for the server's resendAt, counting down.
import { useEffect, useRef, useState } from 'react';
import { normalizeMobile, toLatinDigits } from '@desk/common';
import { useI18n, useNow } from '@desk/ui';
import { sendOtp, verifyOtp } from '../edesk/api';
import { digits } from '../edesk/format';
import type { ApplyDraft } from '../edesk/storage';
import { FieldError } from '../parts/Field';

export function OtpPanel(props: {
  mobile: string;
  otp: ApplyDraft['otp'];
  /** Shown above the buttons: why a code is needed now. */
  intro?: string;
  /** Checks the rest of the page before a code is sent; false stops. */
  beforeSend?: () => boolean;
  onSent: (otp: NonNullable<ApplyDraft['otp']>) => void;
  onVerified: (proof: NonNullable<ApplyDraft['proof']>) => void;
}) {
  const { t, lang } = useI18n();
  const now = useNow(1000);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const mobile = normalizeMobile(props.mobile);
  const sent = props.otp && props.otp.mobile === mobile ? props.otp : undefined;
  const waitSeconds = sent ? Math.max(0, Math.ceil((Date.parse(sent.resendAt) - now) / 1000)) : 0;

  useEffect(() => {
    if (sent) codeRef.current?.focus();
  }, [sent?.resendAt]);

  async function send() {
    if (props.beforeSend && !props.beforeSend()) return;
    if (!mobile) return;
    setBusy(true);
    setError(undefined);
    const r = await sendOtp(mobile);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setCode('');
    props.onSent({ mobile: r.data.mobile, resendAt: r.data.resendAt, expiresAt: r.data.expiresAt });
  }

  async function verify() {
    const typed = toLatinDigits(code).replace(/\D/g, '');
    if (typed.length !== 6) return setError(t('otp.sixDigits'));
    if (!mobile) return;
    setBusy(true);
    setError(undefined);
    const r = await verifyOtp(mobile, typed);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    props.onVerified({ token: r.data.proof, mobile: r.data.mobile, expiresAt: r.data.expiresAt });
  }

  return (
    <div className="portal-otp" data-testid="otp-panel">
      {props.intro && <p className="portal-otp-intro">{props.intro}</p>}
      {!sent ? (
        <button type="button" className="portal-button portal-button-primary" onClick={() => void send()} disabled={busy} data-testid="otp-send">
          {busy ? t('common.wait') : t('otp.send')}
        </button>
      ) : (
        <form
          className="portal-otp-verify"
          onSubmit={(e) => {
            e.preventDefault();
            void verify();
          }}
        >
          <p className="portal-otp-sent" role="status">
            {t('otp.sent', { mobile: digits(sent.mobile, lang) })}
          </p>
          <label htmlFor="otp-code" className="portal-label">
            {t('otp.code')}
          </label>
          <input
            ref={codeRef}
            id="otp-code"
            className="portal-input portal-input-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            dir="ltr"
            maxLength={12}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby="otp-code-error"
            aria-invalid={!!error}
            data-testid="otp-code"
          />
          <button type="submit" className="portal-button portal-button-primary" disabled={busy} data-testid="otp-verify">
            {busy ? t('common.wait') : t('otp.verify')}
          </button>
          <p className="portal-otp-resend">
            {waitSeconds > 0 ? (
              <span aria-live="off">{t('otp.resendIn', { seconds: waitSeconds })}</span>
            ) : (
              <button type="button" className="portal-button portal-button-link" onClick={() => void send()} disabled={busy} data-testid="otp-resend">
                {t('otp.resend')}
              </button>
            )}
          </p>
        </form>
      )}
      <FieldError id="otp-code-error" message={error} testId="otp-error" />
    </div>
  );
}
