// What every e-desk screen at the kiosk is made of: a bar with «بازگشت», the title,
// where the visitor is («۳ از ۹») and «پایان» (which forgets everything); a big box
// showing what is being typed, its Persian message right under it; a big «ادامه».
import type { ReactNode } from 'react';
import { toPersianDigits } from '@desk/common';
import { Icon, type IconName } from '../icons';
import { useKioskI18n } from '../useKioskI18n';

export function EdeskFrame(props: {
  title: string;
  testId: string;
  progress?: { at: number; of: number } | undefined;
  onBack?: (() => void) | undefined;
  onQuit: () => void;
  children: ReactNode;
  /** Under the content: the keyboard and the «ادامه» button. */
  footer?: ReactNode;
}) {
  const { t } = useKioskI18n();
  return (
    <div className="kiosk-screen kiosk-edesk" data-testid={props.testId}>
      <header className="kiosk-bar">
        {props.onBack && (
          <button type="button" className="kiosk-back" onClick={props.onBack} data-testid="edesk-back">
            <Icon name="back" size={36} />
            <span>{t('common.back')}</span>
          </button>
        )}
        <h1 className="kiosk-bar-title" dir="auto">
          {props.title}
        </h1>
        {props.progress && (
          <span className="kiosk-edesk-progress" data-testid="edesk-progress">
            {t('edesk.progress', { at: props.progress.at, of: props.progress.of })}
          </span>
        )}
        <button type="button" className="kiosk-edesk-quit" onClick={props.onQuit} data-testid="edesk-quit">
          <Icon name="exit" size={32} />
          <span>{t('edesk.quit')}</span>
        </button>
      </header>
      <main className="kiosk-edesk-main">{props.children}</main>
      {props.footer && <footer className="kiosk-edesk-footer">{props.footer}</footer>}
    </div>
  );
}

/** The question of the screen, with a picture for those who do not read well. */
export function Prompt(props: { icon: IconName; text: string; hint?: string | undefined }) {
  return (
    <div className="kiosk-prompt">
      <span className="kiosk-prompt-icon" aria-hidden="true">
        <Icon name={props.icon} size={64} />
      </span>
      <div>
        <p className="kiosk-prompt-text" id="edesk-prompt">
          {props.text}
        </p>
        {props.hint && <p className="kiosk-prompt-hint">{props.hint}</p>}
      </div>
    </div>
  );
}

/** What has been typed so far, big; digits in Persian; the message about it right below. */
export function EntryBox(props: { value: string; placeholder?: string; digits?: boolean; error?: string | undefined; multiline?: boolean }) {
  const { lang } = useKioskI18n();
  const shown = props.digits && lang === 'fa' ? toPersianDigits(props.value) : props.value;
  return (
    <div className="kiosk-entry-wrap">
      <div
        className={`kiosk-entry${props.error ? ' is-invalid' : ''}${props.multiline ? ' is-multiline' : ''}${props.digits ? ' is-digits' : ''}`}
        role="textbox"
        aria-readonly="true"
        aria-labelledby="edesk-prompt"
        aria-invalid={!!props.error}
        aria-describedby={props.error ? 'edesk-entry-error' : undefined}
        dir={props.digits ? 'ltr' : 'rtl'}
        data-testid="entry-value"
      >
        {props.value ? <span className="kiosk-entry-text">{shown}</span> : <span className="kiosk-entry-placeholder">{props.placeholder ?? ''}</span>}
        <span className="kiosk-caret" aria-hidden="true" />
      </div>
      <FieldMessage id="edesk-entry-error" message={props.error} testId="entry-error" />
    </div>
  );
}

export function FieldMessage(props: { id?: string; message: string | undefined; testId?: string }) {
  return (
    <p className="kiosk-entry-error" id={props.id} role="alert" data-testid={props.testId}>
      {props.message ? (
        <>
          <Icon name="info" size={32} />
          <span>{props.message}</span>
        </>
      ) : null}
    </p>
  );
}

/** A sentence about the whole screen (the server said no, the connection dropped). */
export function ScreenProblem(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p className="kiosk-edesk-problem" role="alert" data-testid="edesk-problem">
      {props.message}
    </p>
  );
}

export function NextButton(props: { onClick: () => void; label?: string; icon?: IconName; disabled?: boolean; busy?: boolean; testId?: string }) {
  const { t } = useKioskI18n();
  return (
    <button type="button" className="kiosk-next" onClick={props.onClick} disabled={props.disabled || props.busy} data-testid={props.testId ?? 'edesk-next'}>
      <span>{props.busy ? t('edesk.wait') : (props.label ?? t('edesk.next'))}</span>
      <Icon name={props.icon ?? 'next'} size={44} />
    </button>
  );
}

/**
 * «۰۹۱۲***۴۵۶۷»: enough for the visitor to know the number, not enough for the next one
 * to read it. Stars, not dots (a Persian zero is a dot); kept left to right inside Persian.
 */
export function maskedMobile(mobile: string, lang: 'fa' | 'en'): string {
  const masked = mobile.length >= 8 ? `${mobile.slice(0, 4)}***${mobile.slice(-4)}` : mobile;
  return `\u2066${lang === 'fa' ? toPersianDigits(masked) : masked}\u2069`;
}
