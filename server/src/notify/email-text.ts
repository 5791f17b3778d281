// E-mails: Persian first, right to left; an English part follows when the client reads
// English. Each event becomes a small model (heading, paragraphs, facts, one link) per
// language, and one renderer turns the models into HTML and plain text.
import {
  formatJalaliDate,
  formatJalaliDateWithWeekday,
  formatTime,
  toPersianDigits,
  type Lang,
} from '@desk/common';
import { otpMinutes, type NotificationEvent, type Recipient, type Sender } from './events';
import type { EmailMessage } from './email';

interface Model {
  subject: string;
  heading: string;
  paragraphs: string[];
  facts: Array<[string, string]>;
  link?: { label: string; url: string };
}

function when(at: string, lang: Lang): string {
  return lang === 'fa'
    ? `${formatJalaliDateWithWeekday(at, 'fa')} ساعت ${formatTime(at, 'fa')}`
    : `${formatJalaliDateWithWeekday(at, 'en')}, ${formatTime(at, 'en')}`;
}

function modelFa(event: NotificationEvent): Model {
  const code = 'trackingCode' in event ? toPersianDigits(event.trackingCode) : '';
  const track: Array<[string, string]> = code ? [['کد رهگیری', code]] : [];
  switch (event.kind) {
    case 'accepted':
      return {
        subject: `درخواست شما پذیرفته شد — کد رهگیری ${code}`,
        heading: 'درخواست شما پذیرفته شد',
        paragraphs: [`درخواست «${event.serviceName}» شما پذیرفته شد. با کد رهگیری می‌توانید کار را پیگیری کنید.`],
        facts: [...track, ['زمان پاسخ', formatJalaliDateWithWeekday(event.promisedAt, 'fa')]],
        link: { label: 'دیدن رسید', url: event.receiptUrl },
      };
    case 'step-changed':
      return {
        subject: `درخواست ${code}: ${event.step}`,
        heading: 'پیشرفت درخواست شما',
        paragraphs: [`درخواست شما به مرحلهٔ «${event.step}» رسید.`, ...(event.note ? [event.note] : [])],
        facts: track,
        ...(event.url ? { link: { label: 'پیگیری درخواست', url: event.url } } : {}),
      };
    case 'info-requested':
      return {
        subject: `برای درخواست ${code} به اطلاعات بیشتری نیاز است`,
        heading: 'به اطلاعات بیشتری نیاز است',
        paragraphs: [`برای ادامهٔ رسیدگی، لطفاً ${event.what} را تا ${formatJalaliDate(event.dueAt, 'fa')} بفرستید.`],
        facts: [...track, ['مهلت', when(event.dueAt, 'fa')]],
        ...(event.url ? { link: { label: 'فرستادن', url: event.url } } : {}),
      };
    case 'appointment':
      return {
        subject: `زمان حضور برای درخواست ${code}`,
        heading: 'لطفاً به میز خدمت بیایید',
        paragraphs: ['برای این مرحله حضور شما لازم است. در میز خدمت پذیرفته می‌شوید و لازم نیست به اتاق دیگری بروید.'],
        facts: [
          ...track,
          ['زمان', when(event.at, 'fa')],
          ['مکان', event.place],
          ['علت', event.reason],
          ...(event.documents.length ? ([['مدارک همراه', event.documents.join('، ')]] as Array<[string, string]>) : []),
        ],
      };
    case 'response-issued':
      return {
        subject: `پاسخ درخواست ${code} آماده است`,
        heading: 'پاسخ درخواست شما آماده است',
        paragraphs: ['رسیدگی به درخواست شما به پایان رسید و پاسخ آن آماده است.'],
        facts: track,
        link: { label: 'دیدن پاسخ', url: event.url },
      };
    case 'survey':
      return {
        subject: `نظر شما دربارهٔ درخواست ${code}`,
        heading: 'نظر شما برای ما مهم است',
        paragraphs: ['لطفاً با پاسخ به چند پرسش کوتاه بگویید رسیدگی به درخواستتان چگونه بود.'],
        facts: track,
        link: { label: 'شرکت در نظرسنجی', url: event.url },
      };
    case 'otp':
      return {
        subject: 'کد یکبارمصرف',
        heading: 'کد یکبارمصرف',
        paragraphs: [
          `کد یکبارمصرف شما ${toPersianDigits(event.code)} است و تا ${toPersianDigits(otpMinutes(event))} دقیقه معتبر است. آن را به کسی ندهید.`,
        ],
        facts: [],
      };
  }
}

function modelEn(event: NotificationEvent): Model {
  const code = 'trackingCode' in event ? event.trackingCode : '';
  const track: Array<[string, string]> = code ? [['Tracking code', code]] : [];
  switch (event.kind) {
    case 'accepted':
      return {
        subject: `Request accepted — tracking code ${code}`,
        heading: 'Your request has been accepted',
        paragraphs: [`Your request for “${event.serviceName}” has been accepted. Use the tracking code to follow it.`],
        facts: [...track, ['Response expected by', formatJalaliDateWithWeekday(event.promisedAt, 'en')]],
        link: { label: 'View the receipt', url: event.receiptUrl },
      };
    case 'step-changed':
      return {
        subject: `Request ${code}: ${event.step}`,
        heading: 'Your request has moved on',
        paragraphs: [`Your request has reached the step “${event.step}”.`, ...(event.note ? [event.note] : [])],
        facts: track,
        ...(event.url ? { link: { label: 'Follow your request', url: event.url } } : {}),
      };
    case 'info-requested':
      return {
        subject: `More information needed for request ${code}`,
        heading: 'More information is needed',
        paragraphs: [`To go on with your request, please send ${event.what} by ${formatJalaliDate(event.dueAt, 'en')}.`],
        facts: [...track, ['Due', when(event.dueAt, 'en')]],
        ...(event.url ? { link: { label: 'Send it', url: event.url } } : {}),
      };
    case 'appointment':
      return {
        subject: `Appointment for request ${code}`,
        heading: 'Please come to the service desk',
        paragraphs: ['This step needs you in person. You will be received at the service desk; you need not go to any other room.'],
        facts: [
          ...track,
          ['When', when(event.at, 'en')],
          ['Where', event.place],
          ['Why', event.reason],
          ...(event.documents.length ? ([['Bring', event.documents.join(', ')]] as Array<[string, string]>) : []),
        ],
      };
    case 'response-issued':
      return {
        subject: `The response to request ${code} is ready`,
        heading: 'Your response is ready',
        paragraphs: ['Your request has been dealt with and its response is ready.'],
        facts: track,
        link: { label: 'See the response', url: event.url },
      };
    case 'survey':
      return {
        subject: `How did we do? Request ${code}`,
        heading: 'Your opinion matters',
        paragraphs: ['Please answer a few short questions about how your request was handled.'],
        facts: track,
        link: { label: 'Take the survey', url: event.url },
      };
    case 'otp':
      return {
        subject: 'Your one-time code',
        heading: 'Your one-time code',
        paragraphs: [`Your code is ${event.code}. It is valid for ${otpMinutes(event)} minutes. Do not share it.`],
        facts: [],
      };
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const safeUrl = (url: string) => /^https?:\/\//i.test(url);

function htmlPart(m: Model, lang: Lang, greeting: string, footer: string[]): string {
  const rtl = lang === 'fa';
  const align = rtl ? 'right' : 'left';
  const facts = m.facts.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:12px 0">${m.facts
        .map(
          ([k, v]) =>
            `<tr><td style="padding:4px 0 4px 16px;color:#5b6b7a;vertical-align:top;white-space:nowrap">${escapeHtml(k)}</td><td style="padding:4px 0;font-weight:bold">${escapeHtml(v)}</td></tr>`,
        )
        .join('')}</table>`
    : '';
  const link =
    m.link && safeUrl(m.link.url)
      ? `<p style="margin:20px 0"><a href="${escapeHtml(m.link.url)}" style="background:#0b5cad;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">${escapeHtml(m.link.label)}</a></p><p style="font-size:12px;color:#5b6b7a;direction:ltr;text-align:${align}">${escapeHtml(m.link.url)}</p>`
      : m.link
        ? `<p>${escapeHtml(m.link.label)}: ${escapeHtml(m.link.url)}</p>`
        : '';
  return `<div dir="${rtl ? 'rtl' : 'ltr'}" lang="${lang}" style="font-family:${rtl ? 'Vazirmatn,Tahoma,' : ''}Arial,sans-serif;text-align:${align};background:#fff;max-width:560px;margin:16px auto;padding:24px;border-radius:12px;color:#14202b;line-height:1.8">
${greeting ? `<p>${escapeHtml(greeting)}</p>` : ''}<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(m.heading)}</h1>
${m.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${facts}${link}
<p style="font-size:12px;color:#5b6b7a;border-top:1px solid #e2e8ee;padding-top:12px">${footer.map(escapeHtml).join('<br>')}</p>
</div>`;
}

function textPart(m: Model, greeting: string, footer: string[]): string {
  return [
    ...(greeting ? [greeting, ''] : []),
    m.heading,
    '',
    ...m.paragraphs,
    '',
    ...m.facts.map(([k, v]) => `${k}: ${v}`),
    ...(m.link ? ['', `${m.link.label}: ${m.link.url}`] : []),
    '',
    '--',
    ...footer,
  ].join('\n');
}

export function emailContent(event: NotificationEvent, to: Recipient, sender: Sender): Omit<EmailMessage, 'to' | 'ref'> {
  const fa = modelFa(event);
  const parts: Array<{ lang: Lang; model: Model; greeting: string; footer: string[] }> = [
    {
      lang: 'fa',
      model: fa,
      greeting: to.name ? `${to.name} گرامی،` : '',
      footer: [sender.officeName, 'این پیام خودکار است؛ لطفاً به آن پاسخ ندهید.'],
    },
  ];
  if (to.lang === 'en') {
    parts.push({
      lang: 'en',
      model: modelEn(event),
      greeting: to.name ? `Dear ${to.name},` : '',
      footer: [sender.officeNameEn ?? sender.officeName, 'This message was sent automatically; please do not reply.'],
    });
  }
  const subject = parts.map((p) => p.model.subject).join(' | ');
  const html = `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:8px;background:#f4f6f8">
${parts.map((p) => htmlPart(p.model, p.lang, p.greeting, p.footer)).join('\n')}
</body></html>`;
  const text = parts.map((p) => textPart(p.model, p.greeting, p.footer)).join('\n\n======== English ========\n\n');
  return { subject, html, text };
}
