// The office asked the client for something (a document, a piece of information):
// its message and items, and a form to answer with text and files. The files go up
// at once with the case's keys (x-desk-track), then the answer names them.
import { useState } from 'react';
import { caseMessage, type Case, type InfoRequest } from '@desk/common';
import { useI18n } from '@desk/ui';
import type { TrackKeys } from '../edesk/api';
import { dateTimeText } from '../edesk/format';
import type { UploadedDocument } from '../edesk/storage';
import { Field } from '../parts/Field';
import { Problem } from '../parts/Page';
import { Uploads } from '../parts/Uploads';
import { useCaseCommand } from './useCaseCommand';

/** What the server accepts from a client (sniffed by content), at most 10 MB each. */
const ANSWER_RULES = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 10 * 1024, maxFiles: 10 };

export function InfoRequestCard(props: { keys: TrackKeys; request: InfoRequest; onCase: (c: Case) => void }) {
  const { t, lang } = useI18n();
  const { request } = props;
  const [answer, setAnswer] = useState('');
  const [files, setFiles] = useState<UploadedDocument[]>([]);
  const [empty, setEmpty] = useState<string | undefined>();
  const command = useCaseCommand(props.keys, props.onCase);

  async function send() {
    if (!answer.trim() && files.length === 0) return setEmpty(caseMessage('case.error.emptyAnswer', undefined, lang));
    setEmpty(undefined);
    await command.run({
      type: 'info.answer',
      requestId: request.id,
      ...(answer.trim() ? { answer: answer.trim() } : {}),
      documents: files.map((f) => ({ id: f.id })),
    });
  }

  return (
    <section className="portal-card portal-attention" aria-labelledby={`info-${request.id}`} data-testid="info-request">
      <h2 id={`info-${request.id}`}>{t('info.title')}</h2>
      <p className="portal-muted">{t('info.askedAt', { at: dateTimeText(request.requestedAt, lang) })}</p>
      <blockquote className="portal-quote" data-testid="info-request-message">
        {request.message}
      </blockquote>
      {request.items.length > 0 && (
        <>
          <p className="portal-label">{t('info.items')}</p>
          <ul className="portal-checklist" data-testid="info-request-items">
            {request.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p className="portal-notice">{t('info.paused')}</p>
      <Field label={t('info.answer')} hint={t('info.answerHint')} required={false} error={empty} testId="info-answer">
        {(ids) => (
          <textarea
            id={ids.id}
            className="portal-input portal-textarea"
            rows={4}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            data-testid="info-answer-text"
          />
        )}
      </Field>
      <Uploads
        testId={`info-files-${request.id}`}
        rules={{ slotId: 'info', label: t('info.files'), ...ANSWER_RULES }}
        files={files}
        auth={{ track: props.keys }}
        required={false}
        onAdded={(doc) => setFiles((list) => [...list, doc])}
        onRemoved={(id) => setFiles((list) => list.filter((f) => f.id !== id))}
      />
      {command.error && <Problem message={command.error.message} />}
      <button type="button" className="portal-button portal-button-primary portal-button-big" onClick={() => void send()} disabled={command.busy} data-testid="info-answer-submit">
        {command.busy ? t('common.wait') : t('info.send')}
      </button>
    </section>
  );
}
