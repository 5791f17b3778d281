// What oversight answers a person when it refuses (HTTP errors, Persian), in the same
// {error:{code,message}} shape as the rest of the central desk's API.
import { toPersianDigits } from '@desk/common';
import type { HttpError } from '../messages';

const MESSAGES = {
  'oversight.badInput': 'اطلاعات بازرسی درست نیست: {detail}',
  'oversight.badQuarter': 'فصل درست نیست؛ آن را به شکل ۱۴۰۵-Q3 بنویسید (سال، سپس Q و شمارهٔ فصل از ۱ تا ۴).',
  'oversight.badPeriod': 'دوره درست نیست؛ یا فصل را (مانند ۱۴۰۵-Q3) بدهید یا «از» و «تا» را به شکل YYYY-MM-DD، با «از» پیش از «تا».',
  'oversight.quarterNotStarted': '{quarter} هنوز آغاز نشده و بازرسی آن ممکن نیست.',
  'oversight.officeNotFound': 'اداره‌ای با این شناسه در حوزهٔ دسترسی شما ثبت نشده است.',
  'oversight.otherProvince': 'شما فقط ادارات استان {province} را می‌بینید.',
  'oversight.inspectionNotFound': 'بازرسی‌ای با این شناسه در حوزهٔ دسترسی شما نیست.',
  'oversight.signed': 'این بازرسی امضا شده و دیگر تغییر نمی‌کند؛ برای اصلاح آن نسخهٔ اصلاحی بسازید.',
  'oversight.quarterSigned': 'بازرسی این اداره برای {quarter} امضا شده است؛ برای اصلاح، از آن نسخهٔ اصلاحی بسازید.',
  'oversight.draftExists': 'پیش‌نویس بازرسی این اداره برای {quarter} از پیش هست؛ همان را ویرایش کنید.',
  'oversight.notYourDraft': 'این پیش‌نویس را بازرس دیگری ({name}) نوشته است.',
  'oversight.incomplete': 'برای امضا، بازرسی کامل نیست: {detail}',
  'oversight.notLatest': 'فقط آخرین نسخهٔ امضاشدهٔ بازرسی را می‌توان اصلاح کرد.',
  'oversight.notSigned': 'این بازرسی هنوز پیش‌نویس است؛ همان را ویرایش کنید.',
  'oversight.inspectorsOnly': 'فقط بازرس استان می‌تواند بازرسی ثبت یا امضا کند.',
  'oversight.badInspector': 'مشخصات بازرس درست نیست: {detail}',
  'oversight.inspectorNotFound': 'بازرسی با این شناسه ثبت نشده است.',
} as const;

export type OversightMessageKey = keyof typeof MESSAGES;

export function oversightMessage(key: OversightMessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? '' : typeof v === 'number' ? toPersianDigits(v) : v;
  });
}

export function oversightError(status: number, code: OversightMessageKey, params?: Record<string, string | number>): HttpError {
  return { status, body: { error: { code, message: oversightMessage(code, params) } } };
}
