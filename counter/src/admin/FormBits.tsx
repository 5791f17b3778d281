// Small form controls of the management screens: labelled, with their problem under them,
// numbers shown in the reader's digits and read back in any digits.
import type { ReactNode } from 'react';
import { toLatinDigits, toPersianDigits } from '@desk/common';
import { problemText, useT } from '../i18n';
import type { Problem } from '../problems';

interface FieldProps {
  label: string;
  problem?: Problem;
  disabled?: boolean;
  testId?: string;
}

function ProblemLine(props: { problem?: Problem }) {
  const { t } = useT();
  const text = problemText(t, props.problem);
  return text ? <small className="field-problem">{text}</small> : null;
}

export function TextField(props: FieldProps & { value: string; onChange: (v: string) => void; dir?: 'ltr' | 'rtl'; type?: string }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        dir={props.dir}
        disabled={props.disabled}
        aria-invalid={!!props.problem}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <ProblemLine problem={props.problem} />
    </label>
  );
}

/** Digits typed in any script; Persian digits shown in Persian. */
export function DigitsField(props: FieldProps & { value: string; onChange: (v: string) => void; placeholder?: string }) {
  const { lang } = useT();
  return (
    <label className="field field-narrow">
      <span>{props.label}</span>
      <input
        inputMode="numeric"
        value={lang === 'fa' ? toPersianDigits(props.value) : props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        aria-invalid={!!props.problem}
        data-testid={props.testId}
        onChange={(e) => props.onChange(toLatinDigits(e.target.value))}
      />
      <ProblemLine problem={props.problem} />
    </label>
  );
}

export function CheckField(props: { label: string; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  return (
    <label className="check">
      <input type="checkbox" checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

export function SelectField(
  props: FieldProps & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; placeholder?: string },
) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} disabled={props.disabled} aria-invalid={!!props.problem} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value)}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ProblemLine problem={props.problem} />
    </label>
  );
}

/** The box around one item being edited, with save / cancel and the server's refusal. */
export function EditorCard(props: {
  title: string;
  busy: boolean;
  error: string | null;
  onSave: () => void;
  onCancel: () => void;
  /** A supervisor reads the form but cannot save it. */
  readOnly?: boolean;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <form
      className="editor card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <h3>{props.title}</h3>
      <div className="editor-fields">{props.children}</div>
      {props.error && (
        <p className="form-error" role="alert" data-testid="admin-error">
          {props.error}
        </p>
      )}
      {!props.readOnly && <div className="editor-actions">
        <button type="submit" className="btn btn-primary" disabled={props.busy} data-testid="admin-save">
          {props.busy ? t('admin.saving') : t('admin.save')}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>}
    </form>
  );
}

export function YesNo(props: { value: boolean }) {
  const { t } = useT();
  return <span className={props.value ? 'yes' : 'no'}>{props.value ? t('admin.yes') : t('admin.no')}</span>;
}
