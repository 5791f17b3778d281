// A display that could not pair itself asks for the admin's 6-digit code.
// Meanwhile it keeps trying automatic pairing, in case the server was only down.
import { useEffect, useState, type FormEvent } from 'react';
import { pairDevice, type DeviceCredential } from '@desk/ui';
import { toLatinDigits } from '@desk/common';
import { useT } from './i18n';

const AUTO_RETRY_MS = 15_000;

export function Pairing(props: { onPaired: (credential: DeviceCredential) => void }) {
  const { t } = useT();
  const { onPaired } = props;
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setInterval(() => {
      void pairDevice('display').then((result) => {
        if (!('error' in result)) onPaired(result);
      });
    }, AUTO_RETRY_MS);
    return () => clearInterval(timer);
  }, [onPaired]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const digits = toLatinDigits(code).replace(/\D/g, '');
    if (digits.length !== 6) {
      setError(t('pairing.badFormat'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await pairDevice('display', digits);
    setBusy(false);
    if ('error' in result) setError(result.error);
    else onPaired(result);
  }

  return (
    <main className="display display-pairing" data-testid="display-pairing">
      <form className="pairing-card" onSubmit={(e) => void submit(e)}>
        <h1>{t('pairing.title')}</h1>
        <p>{t('pairing.help')}</p>
        <label htmlFor="pairing-code">{t('pairing.code')}</label>
        <input
          id="pairing-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          maxLength={6}
          dir="ltr"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        {error && (
          <p className="pairing-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('pairing.busy') : t('pairing.submit')}
        </button>
      </form>
    </main>
  );
}
