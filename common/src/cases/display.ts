// How e-desk facts read for people, on any screen: the name in the page's language,
// digits as the language writes them, file sizes, a typed value as a sentence shows it.
import { toPersianDigits, type Lang } from '../persian';
import type { FormField } from './definitions';

/** The English text when the page is in English and there is one; the Persian otherwise. */
export const pick = (lang: Lang, fa: string, en: string | undefined) => (lang === 'en' && en ? en : fa);

/** Digits as the page's language writes them. */
export const digits = (text: string | number, lang: Lang) => (lang === 'fa' ? toPersianDigits(String(text)) : String(text));

/** «۲٫۴ مگابایت», «۱۲۰ کیلوبایت». */
export function fileSizeText(bytes: number, lang: Lang): string {
  const kb = bytes / 1024;
  const [value, unit] =
    kb >= 1024 ? [(kb / 1024).toFixed(1).replace(/\.0$/, ''), lang === 'fa' ? 'مگابایت' : 'MB'] : [String(Math.max(1, Math.round(kb))), lang === 'fa' ? 'کیلوبایت' : 'KB'];
  const shown = lang === 'fa' ? toPersianDigits(value.replace('.', '٫')) : value;
  return `${shown} ${unit}`;
}

/** What a typed value reads like on a review page: the option's label, Persian digits. */
export function fieldValueText(field: FormField, value: string, lang: Lang): string {
  if (field.kind === 'select') {
    const option = field.options.find((o) => o.value === value);
    return option ? pick(lang, option.label, option.labelEn) : value;
  }
  if (field.kind === 'number' && field.unit) return `${digits(value, lang)} ${field.unit}`;
  if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'email') return value;
  return digits(value, lang);
}
