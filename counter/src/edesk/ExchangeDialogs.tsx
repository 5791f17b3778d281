// The dialogs of a step's exchanges: inquiries to other agencies, requests to the
// client and their answers, visits at the desk (time, reason, documents; check-in).
import { useState } from 'react';
import { formatJalaliSlashed, jalaliDateOf, toPersianDigits, type InquiryDefinition, type InquiryOutcome } from '@desk/common';
import { localDigits, useT } from '../i18n';
import type { UploadedDocument } from './api';
import { MIN_TEXT, useClose, type DialogProps } from './dialog-kit';
import { Choice, DialogForm, FieldBox, FilePicker, TextArea, lines } from './Fields';
import { tehranIso } from './format';

export function SendInquiryDialog(props: DialogProps & { inquiry: InquiryDefinition }) {
  const { t, lang } = useT();
  const q = props.inquiry;
  const title = lang === 'en' && q.titleEn ? q.titleEn : q.title;
  const agency = lang === 'en' && q.agencyEn ? q.agencyEn : q.agency;
  // a ready sentence: most inquiries ask the same about the same person
  const [request, setRequest] = useState(() =>
    t('edesk.inquiry.defaultRequest', { title: q.title, name: props.c.client.name, nationalId: toPersianDigits(props.c.client.nationalId) }),
  );
  const [problem, setProblem] = useState<string>();
  const close = useClose(props);

  async function submit() {
    const text = request.trim();
    if (text.length < MIN_TEXT) return setProblem(t('edesk.problem.text', { min: MIN_TEXT }));
    setProblem(undefined);
    const done = await props.commands.run({ type: 'inquiry.send', caseId: props.c.id, inquiryId: q.id, request: text });
    if (done) props.onDone(t('edesk.done.inquirySent', { agency }));
  }

  return (
    <DialogForm title={t('edesk.action.sendInquiry')} submitLabel={t('edesk.action.sendInquiry')} busy={props.commands.busy} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-inquiry">
      <p className="edesk-small">
        <strong>{localDigits(title, lang)}</strong> — {localDigits(agency, lang)}{' '}
        <span className="muted">({q.electronic ? t('edesk.inquiry.electronic') : t('edesk.inquiry.byLetter')})</span>
      </p>
      <FieldBox label={t('edesk.inquiry.request')} problem={problem} wide>
        <TextArea value={request} onChange={setRequest} invalid={!!problem} testId="inquiry-request" rows={4} maxLength={2000} />
      </FieldBox>
    </DialogForm>
  );
}

const INQUIRY_OUTCOMES: InquiryOutcome[] = ['confirmed', 'rejected', 'info'];

export function AnswerInquiryDialog(props: DialogProps & { recordId: string; title: string }) {
  const { t, lang } = useT();
  const [outcome, setOutcome] = useState<InquiryOutcome | ''>('');
  const [answer, setAnswer] = useState('');
  const [files, setFiles] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(0);
  const [problems, setProblems] = useState<{ outcome?: string; answer?: string }>({});
  const close = useClose(props);

  async function submit() {
    const text = answer.trim();
    const found = { ...(outcome ? {} : { outcome: t('edesk.problem.choose') }), ...(text ? {} : { answer: t('edesk.problem.text', { min: 1 }) }) };
    setProblems(found);
    if (!outcome || !text || uploading > 0) return;
    const done = await props.commands.run({
      type: 'inquiry.answer',
      caseId: props.c.id,
      inquiryRecordId: props.recordId,
      outcome,
      answer: text,
      documents: files.map((f) => ({ id: f.id })),
    });
    if (done) props.onDone(t('edesk.done.inquiryAnswered'));
  }

  return (
    <DialogForm title={t('edesk.action.answerInquiry')} submitLabel={t('edesk.action.answerInquiry')} busy={props.commands.busy || uploading > 0} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-inquiry-answer">
      <p className="edesk-small">
        <strong>{localDigits(props.title, lang)}</strong>
      </p>
      <Choice
        name="inquiry-outcome"
        legend={t('edesk.field.inquiryOutcome')}
        value={outcome}
        options={INQUIRY_OUTCOMES.map((o) => ({ value: o, label: t(`edesk.inquiryOutcome.${o}`) }))}
        onChange={setOutcome}
        problem={problems.outcome}
      />
      <FieldBox label={t('edesk.inquiry.answer')} problem={problems.answer} wide>
        <TextArea value={answer} onChange={setAnswer} invalid={!!problems.answer} testId="inquiry-answer-input" rows={4} maxLength={8000} />
      </FieldBox>
      <FilePicker edesk={props.edesk} label={t('edesk.field.answerFiles')} files={files} onChange={setFiles} onUploading={(n) => setUploading((u) => u + n)} optional testId="inquiry-answer-files" />
    </DialogForm>
  );
}

export function RequestInfoDialog(props: DialogProps) {
  const { t } = useT();
  const [message, setMessage] = useState('');
  const [items, setItems] = useState('');
  const [problems, setProblems] = useState<{ message?: string; items?: string }>({});
  const close = useClose(props);

  async function submit() {
    const text = message.trim();
    const list = lines(items);
    const found = {
      ...(text.length < MIN_TEXT ? { message: t('edesk.problem.text', { min: MIN_TEXT }) } : {}),
      ...(list.length > 20 || list.some((l) => l.length > 300) ? { items: t('edesk.problem.items', { max: 20, length: 300 }) } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const done = await props.commands.run({ type: 'info.request', caseId: props.c.id, message: text, items: list });
    if (done) props.onDone(t('edesk.done.infoRequested'));
  }

  return (
    <DialogForm title={t('edesk.action.requestInfo')} submitLabel={t('edesk.action.send')} busy={props.commands.busy} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-info">
      <p className="muted edesk-small">{t('edesk.info.help')}</p>
      <FieldBox label={t('edesk.field.infoMessage')} problem={problems.message} wide>
        <TextArea value={message} onChange={setMessage} invalid={!!problems.message} testId="info-message" maxLength={2000} />
      </FieldBox>
      <FieldBox label={t('edesk.field.infoItems')} hint={t('edesk.hint.onePerLine')} problem={problems.items} optional wide>
        <TextArea value={items} onChange={setItems} invalid={!!problems.items} testId="info-items" rows={4} />
      </FieldBox>
    </DialogForm>
  );
}

export function AppointmentDialog(props: DialogProps) {
  const { t, lang } = useT();
  const tomorrow = formatJalaliSlashed(jalaliDateOf(Date.now() + 24 * 3600_000));
  const [date, setDate] = useState(lang === 'fa' ? toPersianDigits(tomorrow) : tomorrow);
  const [time, setTime] = useState(lang === 'fa' ? '۰۹:۰۰' : '09:00');
  const [reason, setReason] = useState('');
  const [bring, setBring] = useState('');
  const [problems, setProblems] = useState<{ when?: string; reason?: string }>({});
  const close = useClose(props);

  async function submit() {
    const at = tehranIso(date, time);
    const text = reason.trim();
    const found = {
      ...(at ? {} : { when: t('edesk.problem.when') }),
      ...(text.length < MIN_TEXT ? { reason: t('edesk.problem.text', { min: MIN_TEXT }) } : {}),
    };
    setProblems(found);
    if (!at || Object.keys(found).length > 0) return;
    const done = await props.commands.run({ type: 'appointment.set', caseId: props.c.id, at, reason: text, bring: lines(bring) });
    if (done) props.onDone(t('edesk.done.appointmentSet'));
  }

  return (
    <DialogForm title={t('edesk.action.appointment')} submitLabel={t('edesk.action.appointment')} busy={props.commands.busy} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-appointment">
      <div className="edesk-row">
        <FieldBox label={t('edesk.field.date')} hint={t('edesk.hint.date')} problem={problems.when}>
          <input value={date} onChange={(e) => setDate(e.target.value)} inputMode="numeric" dir="ltr" aria-invalid={!!problems.when} data-testid="appointment-date" />
        </FieldBox>
        <FieldBox label={t('edesk.field.time')} hint={t('edesk.hint.time')}>
          <input value={time} onChange={(e) => setTime(e.target.value)} inputMode="numeric" dir="ltr" aria-invalid={!!problems.when} data-testid="appointment-time" />
        </FieldBox>
      </div>
      <FieldBox label={t('edesk.field.visitReason')} problem={problems.reason} wide>
        <TextArea value={reason} onChange={setReason} invalid={!!problems.reason} testId="appointment-reason" maxLength={2000} />
      </FieldBox>
      <FieldBox label={t('edesk.field.bring')} hint={t('edesk.hint.onePerLine')} optional wide>
        <TextArea value={bring} onChange={setBring} testId="appointment-bring" rows={3} />
      </FieldBox>
    </DialogForm>
  );
}

/** Checked in without a queue ticket: appointment.checkIn insists on some ticket id (CaseCommandSchema). */
export const NO_TICKET = 'no-ticket';

export function CheckInDialog(props: DialogProps & { appointmentId: string }) {
  const { t } = useT();
  const current = props.currentTicket;
  const [ticket, setTicket] = useState(current?.label ?? '');
  const close = useClose(props);

  async function submit() {
    const typed = ticket.trim();
    const ticketId = current && typed === current.label ? current.id : typed || NO_TICKET;
    const done = await props.commands.run({ type: 'appointment.checkIn', caseId: props.c.id, appointmentId: props.appointmentId, ticketId });
    if (done) props.onDone(t('edesk.done.checkedIn'));
  }

  return (
    <DialogForm title={t('edesk.action.checkIn')} submitLabel={t('edesk.action.checkIn')} busy={props.commands.busy} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-checkin">
      <FieldBox label={t('edesk.field.ticket')} hint={current ? t('edesk.hint.currentTicket', { ticket: current.label }) : t('edesk.hint.noTicket')} optional wide>
        <input value={ticket} onChange={(e) => setTicket(e.target.value)} data-testid="checkin-ticket" maxLength={64} />
      </FieldBox>
    </DialogForm>
  );
}

export function AnswerInfoDialog(props: DialogProps & { requestId: string }) {
  const { t } = useT();
  const [answer, setAnswer] = useState('');
  const [files, setFiles] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string>();
  const close = useClose(props);
  const request = props.c.infoRequests.find((r) => r.id === props.requestId);

  async function submit() {
    const text = answer.trim();
    if (!text && files.length === 0) return setProblem(t('edesk.problem.answerOrFile'));
    setProblem(undefined);
    if (uploading > 0) return;
    const done = await props.commands.run({
      type: 'info.answer',
      caseId: props.c.id,
      requestId: props.requestId,
      ...(text ? { answer: text } : {}),
      documents: files.map((f) => ({ id: f.id })),
    });
    if (done) props.onDone(t('edesk.done.infoAnswered'));
  }

  return (
    <DialogForm title={t('edesk.action.answerInfo')} submitLabel={t('edesk.action.answerInfo')} busy={props.commands.busy || uploading > 0} error={props.commands.error} onCancel={close} onSubmit={() => void submit()} testId="dialog-info-answer">
      {request && <p className="edesk-small">{request.message}</p>}
      <FieldBox label={t('edesk.info.answer')} problem={problem} optional wide>
        <TextArea value={answer} onChange={setAnswer} invalid={!!problem} testId="info-answer-input" rows={4} maxLength={8000} />
      </FieldBox>
      <FilePicker edesk={props.edesk} label={t('edesk.field.clientFiles')} files={files} onChange={setFiles} onUploading={(n) => setUploading((u) => u + n)} optional testId="info-answer-files" />
    </DialogForm>
  );
}
