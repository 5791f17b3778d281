// The on-screen Persian keyboard: the kiosk has no physical one. Big keys (≥ 56px),
// standard Persian layout rows, space, backspace and clear.
import type { ReactNode } from 'react';
import { HALF_SPACE, PERSIAN_KEY_ROWS, keyName, type KeyPress } from './keyboard';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

/** `extra`: one more row of keys (TEXT_EXTRA_KEYS when writing a request rather than searching). */
export function PersianKeyboard(props: { onKey: (key: KeyPress) => void; extra?: readonly string[] }) {
  const { t } = useKioskI18n();
  const key = (press: KeyPress, label: ReactNode, className: string, ariaLabel?: string) => (
    <button
      type="button"
      className={`kiosk-key ${className}`}
      data-key={keyName(press)}
      aria-label={ariaLabel}
      onClick={() => props.onKey(press)}
    >
      {label}
    </button>
  );
  return (
    <div className="kiosk-keyboard" data-testid="keyboard" role="group" aria-label={t('keyboard.label')} dir="rtl" lang="fa">
      {PERSIAN_KEY_ROWS.map((row, i) => (
        <div className="kiosk-key-row" key={i}>
          {row.map((char) => key({ kind: 'char', char }, char, i === 0 ? 'is-digit' : 'is-letter'))}
        </div>
      ))}
      {props.extra && (
        <div className="kiosk-key-row">
          {props.extra.map((char) =>
            char === HALF_SPACE ? key({ kind: 'char', char }, t('keyboard.halfSpace'), 'is-action is-half-space') : key({ kind: 'char', char }, char, 'is-letter is-extra'),
          )}
        </div>
      )}
      <div className="kiosk-key-row">
        {key({ kind: 'clear' }, t('keyboard.clear'), 'is-action is-clear')}
        {key({ kind: 'space' }, t('keyboard.space'), 'is-space')}
        {key({ kind: 'backspace' }, <Icon name="backspace" size={40} />, 'is-action is-backspace', t('keyboard.backspace'))}
      </div>
    </div>
  );
}
