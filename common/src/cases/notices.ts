// What the client is told by SMS or e-mail when an event says so (event.notice).
// The law wants the time, reason and documents of any visit told in advance, and
// the receipt and response delivered electronically: these are those sentences.
import { formatJalaliDateWithWeekday, formatTime, type Lang } from '../persian';
import type { CaseEngineEvent } from './contract';
import { formatTrackingCode } from './tracking-code';

export interface NoticeNames {
  /** The service's name (from the office configuration). */
  service: string;
  /** Where the client is received, e.g. «میز خدمت فرمانداری چالوس». */
  desk: string;
}

/** The text to send for an event, or undefined when the client need not be told. */
export function clientNoticeText(event: Pick<CaseEngineEvent, 'type' | 'notice' | 'case'>, names: NoticeNames, lang: Lang = 'fa'): string | undefined {
  const c = event.case;
  const code = formatTrackingCode(c.trackingCode, lang);
  const fa = lang === 'fa';
  switch (event.notice) {
    case undefined:
      return undefined;
    case 'receipt': {
      const date = formatJalaliDateWithWeekday(c.promisedResponseAt, lang);
      return fa
        ? `درخواست «${names.service}» ثبت شد. کد رهگیری: ${code}. زمان پاسخ: ${date}.`
        : `Your request for "${names.service}" is registered. Tracking code: ${code}. Response by ${date}.`;
    }
    case 'progress':
      return fa
        ? `پروندهٔ ${code} به مرحلهٔ بعد رفت. وضعیت را با کد رهگیری پیگیری کنید.`
        : `Case ${code} moved to its next step. Follow it with your tracking code.`;
    case 'infoRequest': {
      const request = c.infoRequests[c.infoRequests.length - 1];
      if (!request) return undefined;
      const items = request.items.join(fa ? '، ' : ', ');
      return fa
        ? `برای پروندهٔ ${code} به این نیاز است: ${request.message}${items ? ` (${items})` : ''}. لطفاً از درگاه یا کیوسک پاسخ دهید.`
        : `Case ${code} needs: ${request.message}${items ? ` (${items})` : ''}. Please answer on the portal or at a kiosk.`;
    }
    case 'appointment': {
      const a = c.appointments[c.appointments.length - 1];
      if (!a) return undefined;
      const when = `${formatJalaliDateWithWeekday(a.at, lang)} ${fa ? 'ساعت' : 'at'} ${formatTime(a.at, lang)}`;
      const bring = a.bring.join(fa ? '، ' : ', ');
      return fa
        ? `لطفاً ${when} به ${names.desk} بیایید. دلیل: ${a.reason}.${bring ? ` همراه داشته باشید: ${bring}.` : ''} کد رهگیری: ${code}. در کیوسک ورودی «نوبت حضوری دارم» را بزنید.`
        : `Please come to ${names.desk} on ${when}. Reason: ${a.reason}.${bring ? ` Bring: ${bring}.` : ''} Tracking code: ${code}. At the lobby kiosk, tap “I have an appointment”.`;
    }
    case 'response':
      return fa
        ? `پاسخ درخواست «${names.service}» (کد رهگیری ${code}) صادر شد. آن را در درگاه ببینید و دریافت را تأیید کنید.`
        : `The response to your request for "${names.service}" (tracking code ${code}) is ready. See it on the portal and confirm receipt.`;
  }
}
