// First start on a machine that is not the server: the admin gives a 6-digit code,
// typed here on an on-screen digit pad. The kiosk keeps the token it gets back.
import { useState } from 'react';
import { toPersianDigits } from '@desk/common';
import { PAIRING_CODE_LENGTH, pressKey, type KeyPress } from './keyboard';
import { Icon } from './icons';
import { Keypad } from './Keypad';
import { useKioskI18n } from './useKioskI18n';

export function Pairing(props: { onPair: (code: string) => Promise<string | null> }) {
  const { t } = useKioskI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const press = (key: KeyPress) => {
    setError(null);
    setCode((c) => pressKey(c, key, PAIRING_CODE_LENGTH));
  };
  const submit = async () => {
    if (checking || code.length !== PAIRING_CODE_LENGTH) return;
    setChecking(true);
    const problem = await props.onPair(code);
    setChecking(false);
    if (problem) {
      setError(problem);
      setCode('');
    }
  };
  return (
    <main className="kiosk-screen kiosk-pairing" data-testid="kiosk-pairing">
      <div className="kiosk-pairing-card">
        <Icon name="link" size={72} />
        <h1>{t('pairing.title')}</h1>
        <p>{t('pairing.body')}</p>
        <div className="kiosk-code" role="status" aria-label={t('pairing.code')}>
          {Array.from({ length: PAIRING_CODE_LENGTH }, (_, i) => (
            <span key={i} className={`kiosk-code-digit${i < code.length ? ' is-filled' : ''}`}>
              {code[i] ? toPersianDigits(code[i]!) : ''}
            </span>
          ))}
        </div>
        {error && (
          <p className="kiosk-pairing-error" role="alert">
            {error}
          </p>
        )}
        <Keypad onKey={press} disabled={checking} />
        <button
          type="button"
          className="kiosk-pairing-submit"
          disabled={checking || code.length !== PAIRING_CODE_LENGTH}
          onClick={() => void submit()}
        >
          {checking ? t('pairing.checking') : t('pairing.submit')}
        </button>
      </div>
    </main>
  );
}
