// The on-screen digit pad: pairing codes, national IDs, mobiles, one-time codes,
// tracking codes and the form's numbers and dates. Latin digits go into the text,
// Persian ones are on the keys; `extra` adds one more key (the date's «/», a decimal point).
import type { ReactNode } from 'react';
import { toPersianDigits } from '@desk/common';
import { DIGIT_KEYS, keyName, type KeyPress } from './keyboard';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

export function Keypad(props: { onKey: (key: KeyPress) => void; extra?: string; disabled?: boolean }) {
  const { t } = useKioskI18n();
  const key = (press: KeyPress, label: ReactNode, ariaLabel?: string) => (
    <button
      type="button"
      className={`kiosk-key kiosk-pad-key${press.kind === 'char' ? '' : ' is-action'}`}
      data-key={keyName(press)}
      aria-label={ariaLabel}
      disabled={props.disabled}
      onClick={() => props.onKey(press)}
    >
      {label}
    </button>
  );
  return (
    <div className="kiosk-pad" dir="ltr" data-testid="keypad" role="group" aria-label={t('keypad.label')}>
      {DIGIT_KEYS.map((d) => key({ kind: 'char', char: d }, toPersianDigits(d)))}
      {key({ kind: 'clear' }, t('keyboard.clear'))}
      {key({ kind: 'char', char: '0' }, toPersianDigits('0'))}
      {key({ kind: 'backspace' }, <Icon name="backspace" size={40} />, t('keyboard.backspace'))}
      {props.extra !== undefined && <span className="kiosk-pad-extra">{key({ kind: 'char', char: props.extra }, props.extra === '.' ? '٫' : props.extra)}</span>}
    </div>
  );
}
