// Choosing files and sending them at once, one progress bar per file. Used by the
// request form (one per document slot) and by the answer to the office's request.
import { useState, type ChangeEvent } from 'react';
import { caseMessage, formatNumber, type Lang } from '@desk/common';
import { useI18n } from '@desk/ui';
import { uploadFile, type UploadAuth, type UploadHandle } from '../edesk/api';
import { acceptAttribute, acceptText, fileSizeText } from '../edesk/format';
import type { UploadedDocument } from '../edesk/storage';
import { FieldError } from './Field';
import { Icon } from './Icon';

export interface UploadRules {
  /** The slot's id (the form's document field), or 'info' for an answer. */
  slotId: string;
  label: string;
  accept: readonly string[];
  maxSizeKb?: number;
  maxFiles?: number;
}

interface InFlight {
  key: number;
  name: string;
  size: number;
  progress: number;
  error?: string;
  handle?: UploadHandle;
}

/** Why a file cannot go, before any byte is sent; undefined when it may. */
export function refuseFile(file: File, rules: UploadRules, count: number, lang: Lang): string | undefined {
  if (rules.maxFiles !== undefined && count >= rules.maxFiles) return caseMessage('form.tooManyFiles', { label: rules.label, max: rules.maxFiles }, lang);
  if (rules.maxSizeKb !== undefined && file.size > rules.maxSizeKb * 1024) return caseMessage('form.fileTooLarge', { file: file.name, max: rules.maxSizeKb }, lang);
  // the type the browser guesses from the name; the server checks the bytes themselves
  if (file.type && !rules.accept.includes(file.type)) return caseMessage('form.badFileType', { file: file.name, label: rules.label, accept: acceptText(rules.accept, lang) }, lang);
  return undefined;
}

let nextKey = 1;

export function Uploads(props: {
  rules: UploadRules;
  files: readonly UploadedDocument[];
  /** Who uploads; undefined while the mobile needs proving again (the chooser is off). */
  auth: UploadAuth | undefined;
  onAdded: (doc: UploadedDocument) => void;
  onRemoved: (id: string) => void;
  /** The slot's own message (required, too many…), from validateForm or the server. */
  error?: string;
  hint?: string;
  required?: boolean;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const [flying, setFlying] = useState<InFlight[]>([]);
  const { rules } = props;
  const hintId = `${props.testId}-hint`;
  const errorId = `${props.testId}-error`;
  const full = rules.maxFiles !== undefined && props.files.length + flying.filter((f) => !f.error).length >= rules.maxFiles;

  function patch(key: number, p: Partial<InFlight>) {
    setFlying((list) => list.map((f) => (f.key === key ? { ...f, ...p } : f)));
  }

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(e.target.files ?? [])];
    e.target.value = ''; // the same file may be chosen again after a failure
    let count = props.files.length + flying.filter((f) => !f.error).length;
    for (const file of chosen) {
      const key = nextKey++;
      const refusal = refuseFile(file, rules, count, lang) ?? (props.auth ? undefined : t('upload.needCode'));
      if (refusal) {
        setFlying((list) => [...list, { key, name: file.name, size: file.size, progress: 0, error: refusal }]);
        continue;
      }
      count++;
      const handle = uploadFile(file, props.auth!, lang, (progress) => patch(key, { progress }));
      setFlying((list) => [...list, { key, name: file.name, size: file.size, progress: 0, handle }]);
      void handle.done.then((r) => {
        if (r.ok) {
          setFlying((list) => list.filter((f) => f.key !== key));
          props.onAdded({ id: r.data.id, slotId: rules.slotId, name: r.data.originalName || file.name, size: r.data.size, contentType: r.data.contentType });
        } else if (r.error.code === 'upload.aborted') {
          setFlying((list) => list.filter((f) => f.key !== key));
        } else {
          patch(key, { error: r.error.message, handle: undefined });
        }
      });
    }
  }

  const describedBy = [props.hint || rules.accept.length ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const limits = [
    t('upload.types', { types: acceptText(rules.accept, lang) }),
    rules.maxSizeKb !== undefined ? t('upload.maxSize', { size: fileSizeText(rules.maxSizeKb * 1024, lang) }) : '',
    rules.maxFiles !== undefined ? t('upload.maxFiles', { count: formatNumber(rules.maxFiles, lang) }) : '',
  ].filter(Boolean);

  return (
    <div className={`portal-field portal-upload${props.error ? ' portal-field-invalid' : ''}`} id={props.testId} tabIndex={-1}>
      <p className="portal-label" id={`${props.testId}-label`}>
        {rules.label}
        {props.required === false && <span className="portal-optional"> {t('form.optional')}</span>}
      </p>
      <p className="portal-hint" id={hintId}>
        {props.hint ? `${props.hint} ` : ''}
        {limits.join(' · ')}
      </p>
      {(props.files.length > 0 || flying.length > 0) && (
        <ul className="portal-files" data-testid={`${props.testId}-files`}>
          {props.files.map((f) => (
            <li key={f.id} className="portal-file portal-file-done" data-testid={`uploaded-${rules.slotId}`}>
              <Icon name="check" className="portal-file-mark" />
              <span className="portal-file-name" dir="auto">{f.name}</span>
              <span className="portal-file-size">{fileSizeText(f.size, lang)}</span>
              <button type="button" className="portal-button portal-button-small" onClick={() => props.onRemoved(f.id)} aria-label={t('upload.removeNamed', { name: f.name })}>
                {t('upload.remove')}
              </button>
            </li>
          ))}
          {flying.map((f) => (
            <li key={f.key} className={`portal-file${f.error ? ' portal-file-failed' : ''}`}>
              <span className="portal-file-name" dir="auto">{f.name}</span>
              <span className="portal-file-size">{fileSizeText(f.size, lang)}</span>
              {f.error ? (
                <>
                  <span className="portal-file-error" role="alert">{f.error}</span>
                  <button type="button" className="portal-button portal-button-small" onClick={() => setFlying((list) => list.filter((x) => x.key !== f.key))}>
                    {t('upload.dismiss')}
                  </button>
                </>
              ) : (
                <>
                  <progress className="portal-progress" max={100} value={Math.round(f.progress * 100)} aria-label={t('upload.progress', { name: f.name })} />
                  <button type="button" className="portal-button portal-button-small" onClick={() => f.handle?.abort()}>
                    {t('upload.cancel')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {!full && (
        <label className={`portal-button portal-button-secondary portal-file-button${props.auth ? '' : ' portal-disabled'}`}>
          <input
            type="file"
            className="portal-visually-hidden"
            accept={acceptAttribute(rules.accept)}
            multiple={rules.maxFiles === undefined || rules.maxFiles > 1}
            disabled={!props.auth}
            onChange={choose}
            aria-describedby={describedBy}
            data-testid={`upload-${rules.slotId}`}
          />
          <Icon name="plus" />
          {props.files.length > 0 ? t('upload.addMore') : t('upload.choose')}
          <span className="portal-visually-hidden"> — {rules.label}</span>
        </label>
      )}
      <FieldError id={errorId} message={props.error} testId={`error-${rules.slotId}`} />
    </div>
  );
}
