// How e-desk facts read for people: names in the page's language, file sizes, Rials,
// dates with their weekday, and how far a due date is (agreed times: formatAgreedTime).
import { formatJalaliDate, formatJalaliDateWithWeekday, formatTime, officeDay, pick, type Lang } from '@desk/common';
import type { CatalogueService, EdeskCatalogue } from './types';

// the shared ones (the kiosk reads e-desk facts the same way)
export { digits, fieldValueText, fileSizeText, pick } from '@desk/common';

export const serviceName = (s: Pick<CatalogueService, 'name' | 'nameEn'>, lang: Lang) => pick(lang, s.name, s.nameEn);

export function unitName(catalogue: EdeskCatalogue, unitId: string, lang: Lang): string {
  const unit = catalogue.units.find((u) => u.id === unitId);
  return unit ? pick(lang, unit.name, unit.nameEn) : unitId;
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
