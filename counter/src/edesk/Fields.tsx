// Form pieces of the e-desk: a dialog that is one form (Enter sends, Esc closes), a
// text box where Enter sends and Shift+Enter starts a new line, choices as a radio
// group, and files uploaded the moment they are chosen.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { localDigits, useT } from '../i18n';
import { Dialog } from '../Dialog';
import type { EdeskApi, UploadedDocument } from './api';
import { fileSize } from './format';

export function DialogForm(props: {
  title: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: () => void;
  testId?: string;
  danger?: boolean;
  children: ReactNode;
}) {
  const { t } = useT();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!props.busy) props.onSubmit();
  }
  return (
    <Dialog title={props.title} onCancel={props.onCancel} error={props.error}>
      <form onSubmit={submit} noValidate className="form" data-testid={props.testId}>
        {props.children}
        <div className="dialog-actions">
          <button type="submit" className={`btn ${props.danger ? 'btn-danger' : 'btn-primary'}`} disabled={props.busy} data-testid="dialog-submit">
            {props.submitLabel}
          </button>
          <button type="button" className="btn" onClick={props.onCancel}>
            {t('app.cancel')}
          </button>
          <small className="muted edesk-keys">{t('edesk.keys')}</small>
        </div>
      </form>
    </Dialog>
  );
}

export function FieldBox(props: { label: string; optional?: boolean; hint?: string; problem?: string; wide?: boolean; children: ReactNode }) {
  const { t } = useT();
  return (
    <label className={`field${props.wide ? ' field-wide' : ''}`}>
      <span>
        {props.label}
        {props.optional && <small className="muted"> ({t('form.optional')})</small>}
      </span>
      {props.children}
      {props.hint && <small className="hint">{props.hint}</small>}
      {props.problem && <small className="field-problem">{props.problem}</small>}
    </label>
  );
}

/** Enter sends the form (as in a one-line box); Shift+Enter starts a new line. */
export function TextArea(props: {
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  invalid?: boolean;
  testId?: string;
  maxLength?: number;
  placeholder?: string;
}) {
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      e.currentTarget.form?.requestSubmit();
    }
  }
  return (
    <textarea
      className="edesk-textarea"
      rows={props.rows ?? 3}
      value={props.value}
      aria-invalid={props.invalid}
      data-testid={props.testId}
      maxLength={props.maxLength}
      placeholder={props.placeholder}
      onChange={(e) => props.onChange(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

export function Choice<V extends string>(props: { legend: string; value: V | ''; options: { value: V; label: string }[]; onChange: (v: V) => void; problem?: string; name: string }) {
  return (
    <fieldset className="segmented" aria-invalid={!!props.problem}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} data-testid={`${props.name}-${o.value}`} />
          {o.label}
        </label>
      ))}
      {props.problem && <small className="field-problem edesk-choice-problem">{props.problem}</small>}
    </fieldset>
  );
}

/** Lines typed one per line (Shift+Enter), trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export interface FilesState {
  files: UploadedDocument[];
  uploading: number;
}

/** Files sent to the server as soon as they are chosen; the list shows what is stored. */
export function FilePicker(props: {
  edesk: EdeskApi;
  label: string;
  files: UploadedDocument[];
  onChange: (files: UploadedDocument[]) => void;
  onUploading?: (count: number) => void;
  accept?: string[];
  maxFiles?: number;
  optional?: boolean;
  hint?: string;
  problem?: string;
  testId: string;
}) {
  const { t, lang } = useT();
  const id = useId();
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(props.files);
  latest.current = props.files;

  async function choose(list: FileList | null) {
    if (!list || list.length === 0) return;
    setError(null);
    const chosen = [...list];
    setUploading((n) => n + chosen.length);
    props.onUploading?.(chosen.length);
    for (const file of chosen) {
      const r = await props.edesk.upload(file);
      setUploading((n) => n - 1);
      props.onUploading?.(-1);
      if (r.ok) {
        // the list as it is now (the clerk may have removed one meanwhile), plus this file
        latest.current = [...latest.current, { ...r.data, originalName: r.data.originalName || file.name }];
        props.onChange(latest.current);
      } else setError(`${file.name}: ${r.error.message}`);
    }
  }

  const full = props.maxFiles !== undefined && props.files.length >= props.maxFiles;
  return (
    <div className="field edesk-files">
      <span className="edesk-files-label" id={`${id}-label`}>
        {props.label}
        {props.optional && <small className="muted"> ({t('form.optional')})</small>}
      </span>
      <div className="edesk-files-row">
        {/* the browser's own button speaks the browser's language: ours is drawn by the label */}
        <input
          id={id}
          className="edesk-file-input"
          type="file"
          multiple={props.maxFiles !== 1}
          accept={props.accept?.join(',')}
          disabled={full}
          aria-invalid={!!props.problem}
          aria-labelledby={`${id}-label`}
          data-testid={props.testId}
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files).finally(() => (input.value = ''));
          }}
        />
        <label htmlFor={id} className={`btn btn-small edesk-file-button${full ? ' disabled' : ''}`} aria-hidden="true">
          {props.files.length > 0 ? t('edesk.files.more') : t('edesk.files.choose')}
        </label>
        {props.maxFiles !== undefined && <small className="muted">{t('edesk.files.max', { max: props.maxFiles })}</small>}
        {uploading > 0 && <span className="muted">{t('edesk.files.uploading', { count: uploading })}</span>}
      </div>
      {props.files.length > 0 && (
        <ul className="edesk-file-list" data-testid={`${props.testId}-list`}>
          {props.files.map((f) => (
            <li key={f.id}>
              <span>{f.originalName}</span>
              <small className="muted num">{fileSize(f.size, lang)}</small>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                aria-label={t('edesk.files.remove', { name: f.originalName })}
                onClick={() => props.onChange(props.files.filter((x) => x.id !== f.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.hint && <small className="hint">{props.hint}</small>}
      {error && <small className="field-problem">{localDigits(error, lang)}</small>}
      {props.problem && <small className="field-problem">{props.problem}</small>}
    </div>
  );
}
