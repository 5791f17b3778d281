// One labelled input: the label above, an optional hint, the error under it (read
// out when it appears), all tied to the input with ids so a screen reader says them.
import { useId, type ReactNode } from 'react';
import { useI18n } from '@desk/ui';

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export function Field(props: {
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  /** The input's id (for links from an error summary); generated when left out. */
  id?: string;
  testId?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const { t } = useI18n();
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`portal-field${props.error ? ' portal-field-invalid' : ''}`}>
      <label htmlFor={id} className="portal-label">
        {props.label}
        {props.required === false && <span className="portal-optional"> {t('form.optional')}</span>}
      </label>
      {props.hint && (
        <p id={hintId} className="portal-hint">
          {props.hint}
        </p>
      )}
      {props.children({ id, describedBy, invalid: !!props.error })}
      <FieldError id={errorId} message={props.error} testId={props.testId ? `error-${props.testId}` : undefined} />
    </div>
  );
}

/** Always in the page (empty when fine), so the live region is there before the message arrives. */
export function FieldError(props: { id: string; message: string | undefined; testId?: string }) {
  return (
    <p id={props.id} className="portal-field-error" aria-live="polite" data-testid={props.testId}>
      {props.message ?? ''}
    </p>
  );
}
