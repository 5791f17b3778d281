// A last look at the request as it will be sent, then «ثبت درخواست»; and the answer:
// the tracking code large and grouped for reading aloud, the promised date, the receipt
// coming out of the kiosk's printer, the SMS on its way.
import {
  digits,
  fieldValueText,
  fileSizeText,
  formatJalaliDateWithWeekday,
  formatTrackingCode,
  normalizeFormValues,
  normalizeMobile,
  pick,
  type Case,
  type Receipt,
} from '@desk/common';
import { Icon } from '../icons';
import { useKioskI18n } from '../useKioskI18n';
import { documentSlots, inputFields, type ApplyContext, type ApplyState } from './apply-flow';
import type { EdeskApi } from './api';
import { NextButton, Prompt, ScreenProblem, maskedMobile } from './parts';
import { useReceiptPrint } from './useReceiptPrint';

export function ReviewStep(props: { state: ApplyState; ctx: ApplyContext; serviceName: string; sending: boolean; onSubmit: () => void }) {
  const { t, lang } = useKioskI18n();
  const { state, ctx } = props;
  const values = normalizeFormValues(ctx.fields, state.values);
  return (
    <>
      <Prompt icon="check" text={t('review.prompt')} hint={t('review.hint')} />
      <dl className="kiosk-review" data-testid="review">
        <dt>{t('id.nationalId')}</dt>
        <dd dir="ltr">{digits(state.identity.nationalId, lang)}</dd>
        <dt>{t('id.name')}</dt>
        <dd>{state.identity.name}</dd>
        <dt>{t('id.mobile')}</dt>
        <dd dir="ltr">{digits(normalizeMobile(state.identity.mobile) ?? state.identity.mobile, lang)}</dd>
        {inputFields(ctx.fields).map(
          (f) =>
            values[f.id] !== undefined && (
              <div key={f.id} className="kiosk-review-row">
                <dt>{pick(lang, f.label, f.labelEn)}</dt>
                <dd dir="auto">{fieldValueText(f, values[f.id]!, lang)}</dd>
              </div>
            ),
        )}
        {documentSlots(ctx.fields).map((slot) => {
          const files = state.documents.filter((d) => d.slotId === slot.id);
          return (
            files.length > 0 && (
              <div key={slot.id} className="kiosk-review-row">
                <dt>{pick(lang, slot.label, slot.labelEn)}</dt>
                <dd>
                  {files.map((f) => (
                    <span key={f.id} className="kiosk-review-file">
                      <Icon name="check" size={28} /> <span dir="auto">{f.name}</span> ({fileSizeText(f.size, lang)})
                    </span>
                  ))}
                </dd>
              </div>
            )
          );
        })}
      </dl>
      <ScreenProblem message={state.problem} />
      <div className="kiosk-edesk-keys">
        <NextButton onClick={props.onSubmit} busy={props.sending} label={t('review.submit', { service: props.serviceName })} icon="send" testId="review-submit" />
      </div>
    </>
  );
}

export function Accepted(props: { case: Case; receipt: Receipt; api: EdeskApi; serviceName: string; onDone: () => void }) {
  const { t, lang } = useKioskI18n();
  const { receipt } = props;
  const print = useReceiptPrint(props.api, receipt.trackingCode);
  const code = formatTrackingCode(receipt.trackingCode, lang);
  return (
    <div className="kiosk-accepted" data-testid="edesk-accepted">
      <div className="kiosk-accepted-card">
        <p className="kiosk-accepted-title">
          <Icon name="check" size={56} />
          <span>{t('accepted.title')}</span>
        </p>
        <p className="kiosk-accepted-service" dir="auto">
          {props.serviceName}
        </p>
        <p className="kiosk-accepted-label">{t('accepted.code')}</p>
        <p className="kiosk-accepted-code" dir="ltr" data-testid="accepted-code">
          {code}
        </p>
        <p className="kiosk-accepted-label">{t('accepted.promised')}</p>
        <p className="kiosk-accepted-date" data-testid="accepted-promised">
          {formatJalaliDateWithWeekday(receipt.promisedResponseAt, lang)}
        </p>
        <p className={`kiosk-print kiosk-print-${print.phase}`} role={print.phase === 'failed' ? 'alert' : 'status'} data-testid="receipt-print">
          <Icon name="print" size={36} />{' '}
          {print.phase === 'printing' ? t('accepted.printing') : print.phase === 'printed' ? t('accepted.printed') : t('accepted.notPrinted', { reason: print.message ?? t('print.noLocalPrinter') })}
        </p>
        <p className="kiosk-accepted-sms">
          <Icon name="message" size={36} /> {t('accepted.sms', { mobile: maskedMobile(props.case.client.mobile, lang) })}
        </p>
      </div>
      <NextButton onClick={props.onDone} label={t('accepted.done')} icon="exit" testId="accepted-done" />
    </div>
  );
}

