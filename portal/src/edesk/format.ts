// How e-desk facts read for people: names in the page's language, file sizes, Rials,
// dates with their weekday, and how far a due date is (agreed times: formatAgreedTime).
import {
  formatJalaliDate,
  formatJalaliDateWithWeekday,
  formatTime,
  officeDay,
  toPersianDigits,
  type FormField,
  type Lang,
} from '@desk/common';
import type { CatalogueService, EdeskCatalogue } from './types';

export const pick = (lang: Lang, fa: string, en: string | undefined) => (lang === 'en' && en ? en : fa);

export const serviceName = (s: Pick<CatalogueService, 'name' | 'nameEn'>, lang: Lang) => pick(lang, s.name, s.nameEn);

export function unitName(catalogue: EdeskCatalogue, unitId: string, lang: Lang): string {
  const unit = catalogue.units.find((u) => u.id === unitId);
  return unit ? pick(lang, unit.name, unit.nameEn) : unitId;
}

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

/** «۱۵۰٬۰۰۰ ریال». */
export function rialsText(amount: number, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US').format(amount);
  return `${n} ${lang === 'fa' ? 'ریال' : 'Rials'}`;
}

/** «سه‌شنبه ۳ آذر ۱۴۰۵، ساعت ۱۰:۳۰». */
export function dateTimeText(at: string, lang: Lang): string {
  return lang === 'fa'
    ? `${formatJalaliDateWithWeekday(at, lang)}، ساعت ${formatTime(at, lang)}`
    : `${formatJalaliDateWithWeekday(at, lang)}, ${formatTime(at, lang)}`;
}

/** «۳ آذر ۱۴۰۵، ۱۰:۳۰». */
export function shortDateTimeText(at: string, lang: Lang): string {
  return `${formatJalaliDate(at, lang)}${lang === 'fa' ? '،' : ','} ${formatTime(at, lang)}`;
}

/** How far a due date is, in office (Tehran) calendar days: negative when past. */
export function daysUntil(dueAt: string, now: number): number {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  return Math.round((day(officeDay(dueAt)) - day(officeDay(now))) / 86_400_000);
}

/** What a typed value reads like on the review page: the option's label, Persian digits. */
export function fieldValueText(field: FormField, value: string, lang: Lang): string {
  if (field.kind === 'select') {
    const option = field.options.find((o) => o.value === value);
    return option ? pick(lang, option.label, option.labelEn) : value;
  }
  if (field.kind === 'number' && field.unit) return `${digits(value, lang)} ${field.unit}`;
  if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'email') return value;
  return digits(value, lang);
}

/** The input types a document slot accepts, as a person reads them: «PDF، JPG یا PNG». */
export function acceptText(accept: readonly string[], lang: Lang): string {
  const names = [...new Set(accept.map((t) => TYPE_NAMES[t] ?? t.split('/').pop()!.toUpperCase()))];
  if (names.length <= 1) return names.join('');
  const last = names.pop()!;
  return lang === 'fa' ? `${names.join('، ')} یا ${last}` : `${names.join(', ')} or ${last}`;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/tiff': 'TIFF',
};

/** The `accept` attribute of a file input: content types and the usual extensions. */
export function acceptAttribute(accept: readonly string[]): string {
  const ext: Record<string, string[]> = { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] };
  return [...accept, ...accept.flatMap((t) => ext[t] ?? [])].join(',');
}
