// First start on a machine that is not the server: the admin gives a 6-digit code,
// typed here on an on-screen digit pad. The kiosk keeps the token it gets back.
import { useState, type ReactNode } from 'react';
import { toPersianDigits } from '@desk/common';
import { DIGIT_KEYS, PAIRING_CODE_LENGTH, keyName, pressKey, type KeyPress } from './keyboard';
import { Icon } from './icons';
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
  const padKey = (key: KeyPress, label: ReactNode, ariaLabel?: string) => (
    <button
      type="button"
      className={`kiosk-key kiosk-pad-key${key.kind === 'char' ? '' : ' is-action'}`}
      data-key={keyName(key)}
      aria-label={ariaLabel}
      disabled={checking}
      onClick={() => press(key)}
    >
      {label}
    </button>
  );

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
        <div className="kiosk-pad" dir="ltr">
          {DIGIT_KEYS.map((d) => padKey({ kind: 'char', char: d }, toPersianDigits(d)))}
          {padKey({ kind: 'clear' }, t('keyboard.clear'))}
          {padKey({ kind: 'char', char: '0' }, toPersianDigits('0'))}
          {padKey({ kind: 'backspace' }, <Icon name="backspace" size={40} />, t('keyboard.backspace'))}
        </div>
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
