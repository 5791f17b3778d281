// Messages the clerk reads about inquiries, in the shared i18n format.
import { defineMessages, translator, type Lang, type Params } from '@desk/common';

export const inquiryMessages = defineMessages({
  fa: {
    'inquiry.timeout': 'پاسخی از {agency} در {seconds} ثانیه نرسید. استعلام را کمی بعد دوباره بفرستید.',
    'inquiry.unreachable': 'ارتباط با سامانهٔ {agency} برقرار نشد.',
    'inquiry.httpError': 'سامانهٔ {agency} خطا داد (کد {status}).',
    'inquiry.refused': 'سامانهٔ {agency} استعلام را نپذیرفت: {detail}',
    'inquiry.unreadable': 'پاسخ سامانهٔ {agency} شناخته نشد.',
    'inquiry.pending': 'استعلام در {agency} در دست بررسی است.',
    'inquiry.unknownKind': 'برای استعلام «{kind}» سامانه‌ای تعریف نشده است.',
    'inquiry.badNationalId': 'کد ملی «{value}» درست نیست.',
    'inquiry.internal': 'استعلام از {agency} به خطای داخلی خورد.',
  },
  en: {
    'inquiry.timeout': 'No answer from {agency} within {seconds} seconds. Send the inquiry again a little later.',
    'inquiry.unreachable': 'Could not reach the {agency} system.',
    'inquiry.httpError': 'The {agency} system returned an error ({status}).',
    'inquiry.refused': 'The {agency} system did not accept the inquiry: {detail}',
    'inquiry.unreadable': 'The answer of the {agency} system was not understood.',
    'inquiry.pending': 'The inquiry is being processed at {agency}.',
    'inquiry.unknownKind': 'No system is configured for the inquiry "{kind}".',
    'inquiry.badNationalId': 'The national ID "{value}" is not valid.',
    'inquiry.internal': 'The inquiry to {agency} hit an internal error.',
  },
});

export type InquiryMessageKey = keyof typeof inquiryMessages.fa;

export function inquiryMessage(key: InquiryMessageKey, params?: Params, lang: Lang = 'fa'): string {
  return translator(inquiryMessages, lang)(key, params);
}
