// Messages people read from this module (one-time codes), in the shared i18n format.
// Candidates for common/src/i18n once the screens that ask for codes exist.
import { defineMessages, translator, type Lang, type Params } from '@desk/common';

export const notifyMessages = defineMessages({
  fa: {
    'otp.badMobile': 'شمارهٔ همراه درست نیست. نمونهٔ درست: ۰۹۱۲۱۲۳۴۵۶۷',
    'otp.wait': 'لطفاً {seconds} ثانیه دیگر دوباره تلاش کنید.',
    'otp.tooManyCodes': 'برای این شماره کد زیادی خواسته شده است. لطفاً {minutes} دقیقهٔ دیگر دوباره تلاش کنید.',
    'otp.malformed': 'کد یکبارمصرف باید {digits} رقم باشد.',
    'otp.noCode': 'برای این شماره کدی فرستاده نشده است. لطفاً کد بگیرید.',
    'otp.expired': 'کد یکبارمصرف منقضی شده است. لطفاً کد تازه بگیرید.',
    'otp.wrong': 'کد یکبارمصرف نادرست است. {left} بار دیگر می‌توانید تلاش کنید.',
    'otp.tooManyAttempts': 'کد یکبارمصرف نادرست است و دفعه‌های تلاش تمام شد. لطفاً کد تازه بگیرید.',
  },
  en: {
    'otp.badMobile': 'This is not a valid mobile number. Example: 09121234567',
    'otp.wait': 'Please try again in {seconds} seconds.',
    'otp.tooManyCodes': 'Too many codes were asked for this number. Please try again in {minutes} minutes.',
    'otp.malformed': 'The one-time code has {digits} digits.',
    'otp.noCode': 'No code was sent to this number. Please ask for one.',
    'otp.expired': 'The one-time code has expired. Please ask for a new one.',
    'otp.wrong': 'The one-time code is not correct. You have {left} more tries.',
    'otp.tooManyAttempts': 'The one-time code is not correct and no tries are left. Please ask for a new code.',
  },
});

export type NotifyMessageKey = keyof typeof notifyMessages.fa;

export function notifyMessage(key: NotifyMessageKey, params?: Params, lang: Lang = 'fa'): string {
  return translator(notifyMessages, lang)(key, params);
}
