// Messages people read about uploads, in the shared i18n format.
import { defineMessages, toPersianDigits, translator, type Lang, type Params } from '@desk/common';

export const uploadMessages = defineMessages({
  fa: {
    'upload.tooLarge': 'حجم فایل بیشتر از حد مجاز ({max}) است.',
    'upload.unsupported': 'این نوع فایل پذیرفته نیست. فقط {kinds} پذیرفته می‌شود.',
    'upload.mismatch': 'محتوای این فایل با پسوند آن ({ext}) جور نیست و پذیرفته نمی‌شود. فقط {kinds} پذیرفته می‌شود.',
    'upload.empty': 'فایل خالی است.',
    'upload.interrupted': 'ارسال فایل نیمه‌کاره ماند. لطفاً دوباره بفرستید.',
    'upload.multipart': 'فایل را به‌صورت خام در بدنهٔ درخواست بفرستید و نامش را در سرآیند X-File-Name.',
    'upload.notFound': 'این سند پیدا نشد.',
  },
  en: {
    'upload.tooLarge': 'The file is larger than allowed ({max}).',
    'upload.unsupported': 'This kind of file is not accepted. Only {kinds} files are accepted.',
    'upload.mismatch': 'The content of this file does not match its extension ({ext}), so it is not accepted. Only {kinds} files are accepted.',
    'upload.empty': 'The file is empty.',
    'upload.interrupted': 'The upload was cut off. Please send the file again.',
    'upload.multipart': 'Send the file as the raw request body, with its name in the X-File-Name header.',
    'upload.notFound': 'This document was not found.',
  },
});

export type UploadErrorCode = keyof typeof uploadMessages.fa;

export function uploadMessage(code: UploadErrorCode, params?: Params, lang: Lang = 'fa'): string {
  return translator(uploadMessages, lang)(code, params);
}

/** «۱۰ مگابایت», «۵۰۰ کیلوبایت» */
export function formatBytes(bytes: number, lang: Lang = 'fa'): string {
  const mb = bytes / (1024 * 1024);
  const [n, unit] = mb >= 1 ? [mb, lang === 'fa' ? 'مگابایت' : 'MB'] : [bytes / 1024, lang === 'fa' ? 'کیلوبایت' : 'KB'];
  const text = String(Math.round(n * 10) / 10);
  return `${lang === 'fa' ? toPersianDigits(text).replace('.', '٫') : text} ${unit}`;
}
