// Asking for a reason: required for an out-of-turn call, optional for a pause.
import { useState, type FormEvent } from 'react';
import { checkOptionalReason, checkRequiredReason } from './desk-forms';
import { problemText, useT } from './i18n';
import { Dialog } from './Dialog';

export function ReasonDialog(props: {
  title: string;
  label: string;
  submitLabel: string;
  required: boolean;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (reason: string | undefined) => Promise<void>;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = props.required ? checkRequiredReason(text) : checkOptionalReason(text);
    if (!read.ok) return setProblem(problemText(t, read.problems.reason));
    setProblem(undefined);
    await props.onSubmit(read.value);
  }

  return (
    <Dialog title={props.title} onCancel={props.onCancel} error={props.error}>
      <form onSubmit={submit} noValidate className="form">
        <label className="field">
          <span>
            {props.label}
            {!props.required && <small className="muted"> ({t('form.optional')})</small>}
          </span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={!!problem}
            data-testid="reason-input"
            maxLength={250}
          />
          {problem && <small className="field-problem">{problem}</small>}
        </label>
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={props.busy} data-testid="reason-submit">
            {props.submitLabel}
          </button>
          <button type="button" className="btn" onClick={props.onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
