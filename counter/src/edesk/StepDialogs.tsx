// The dialogs that move a case along its workflow: approve, reject, send back, issue
// the response (table 4) and record its hand-over.
import { useState } from 'react';
import { openStep, responseOutcomeLabel, type ResponseOutcome } from '@desk/common';
import { localDigits, useT } from '../i18n';
import type { UploadedDocument } from './api';
import { MIN_TEXT, useClose, type DialogProps } from './dialog-kit';
import { Choice, DialogForm, FieldBox, FilePicker, TextArea } from './Fields';
import { stepTitle, unitName } from './format';

export function CompleteDialog(props: DialogProps & { reject: boolean }) {
  const { t, lang } = useT();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const close = useClose(props);
  const step = openStep(props.c);
  const next = step && props.def?.workflow.steps[step.index + 1];

  async function submit() {
    const text = note.trim();
    if (props.reject && text.length < MIN_TEXT) return setProblem(t('edesk.problem.reason', { min: MIN_TEXT }));
    setProblem(undefined);
    const done = await props.commands.run({ type: 'step.complete', caseId: props.c.id, result: props.reject ? 'rejected' : 'done', ...(text ? { note: text } : {}) });
    if (done) props.onDone(props.reject ? t('edesk.done.rejected') : t('edesk.done.completed'));
  }

  return (
    <DialogForm
      title={props.reject ? t('edesk.action.reject') : t('edesk.action.complete')}
      submitLabel={props.reject ? t('edesk.action.reject') : t('edesk.action.complete')}
      busy={props.commands.busy}
      error={props.commands.error}
      onCancel={close}
      onSubmit={() => void submit()}
      danger={props.reject}
      testId={props.reject ? 'dialog-reject' : 'dialog-complete'}
    >
      <p className="muted edesk-small">
        {props.reject
          ? t('edesk.reject.help')
          : next
            ? t('edesk.complete.next', { step: stepTitle(props.def, next.id, lang), unit: unitName(props.catalogue, next.unitId, lang) })
            : null}
      </p>
      <FieldBox label={props.reject ? t('edesk.field.rejectReason') : t('edesk.field.note')} optional={!props.reject} problem={problem} wide>
        <TextArea value={note} onChange={setNote} invalid={!!problem} testId="note-input" maxLength={2000} />
      </FieldBox>
    </DialogForm>
  );
}

export function ReturnDialog(props: DialogProps) {
  const { t, lang } = useT();
  const step = openStep(props.c);
  const earlier = props.def?.workflow.steps.slice(0, step?.index ?? 0) ?? [];
  const [to, setTo] = useState(String(Math.max(0, (step?.index ?? 1) - 1)));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const close = useClose(props);

  async function submit() {
    const text = note.trim();
    if (text.length < MIN_TEXT) return setProblem(t('edesk.problem.reason', { min: MIN_TEXT }));
    setProblem(undefined);
    const done = await props.commands.run({ type: 'step.return', caseId: props.c.id, toStepIndex: Number(to), note: text });
    if (done) props.onDone(t('edesk.done.returned'));
  }

  return (
    <DialogForm title={t('edesk.action.return')} submitLabel={t('edesk.action.return')} busy={props.commands.busy} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-return">
      {earlier.length > 1 && (
        <FieldBox label={t('edesk.field.returnTo')} wide>
          <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="return-to">
            {earlier.map((s, i) => (
              <option key={s.id} value={String(i)}>
                {localDigits(String(i + 1), lang)}. {stepTitle(props.def, s.id, lang)} — {unitName(props.catalogue, s.unitId, lang)}
              </option>
            ))}
          </select>
        </FieldBox>
      )}
      <FieldBox label={t('edesk.field.returnReason')} problem={problem} wide>
        <TextArea value={note} onChange={setNote} invalid={!!problem} testId="note-input" maxLength={2000} />
      </FieldBox>
    </DialogForm>
  );
}

const RESPONSE_OUTCOMES: ResponseOutcome[] = ['approved', 'partial', 'rejected', 'informed'];

export function ResponseDialog(props: DialogProps) {
  const { t, lang } = useT();
  const rejectedBefore = props.c.steps.some((s) => s.result === 'rejected');
  const [outcome, setOutcome] = useState<ResponseOutcome | ''>(rejectedBefore ? 'rejected' : '');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(0);
  const [problems, setProblems] = useState<{ outcome?: string; text?: string }>({});
  const close = useClose(props);

  async function submit() {
    const body = text.trim();
    const found = { ...(outcome ? {} : { outcome: t('edesk.problem.choose') }), ...(body.length < MIN_TEXT ? { text: t('edesk.problem.text', { min: MIN_TEXT }) } : {}) };
    setProblems(found);
    if (!outcome || Object.keys(found).length > 0 || uploading > 0) return;
    const done = await props.commands.run({
      type: 'response.issue',
      caseId: props.c.id,
      outcome,
      text: body,
      documents: files.map((f) => ({ id: f.id })),
    });
    if (done) props.onDone(t('edesk.done.responded'));
  }

  return (
    <DialogForm title={t('edesk.action.response')} submitLabel={t('edesk.action.response')} busy={props.commands.busy || uploading > 0} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-response">
      {rejectedBefore && <p className="notice edesk-small">{t('edesk.response.afterRejection')}</p>}
      <Choice
        name="response-outcome"
        legend={t('edesk.field.responseOutcome')}
        value={outcome}
        options={RESPONSE_OUTCOMES.map((o) => ({ value: o, label: responseOutcomeLabel(o, lang) }))}
        onChange={setOutcome}
        problem={problems.outcome}
      />
      <FieldBox label={t('edesk.field.responseText')} problem={problems.text} wide>
        <TextArea value={text} onChange={setText} invalid={!!problems.text} testId="response-text" rows={5} maxLength={8000} />
      </FieldBox>
      <FilePicker edesk={props.edesk} label={t('edesk.field.responseFiles')} files={files} onChange={setFiles} onUploading={(n) => setUploading((u) => u + n)} optional testId="response-files" />
    </DialogForm>
  );
}

export function AcknowledgeDialog(props: DialogProps) {
  const { t, lang } = useT();
  const close = useClose(props);
  async function submit() {
    const done = await props.commands.run({ type: 'response.acknowledge', caseId: props.c.id });
    if (done) props.onDone(t('edesk.done.acknowledged'));
  }
  return (
    <DialogForm title={t('edesk.action.acknowledge')} submitLabel={t('edesk.action.acknowledge')} busy={props.commands.busy} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-acknowledge">
      <p>{t('edesk.acknowledge.help', { name: localDigits(props.c.client.name, lang) })}</p>
    </DialogForm>
  );
}
