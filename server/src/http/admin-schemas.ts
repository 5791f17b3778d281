// What the admin may save: checked here so bad input changes nothing and gets a Persian reason.
import { z } from 'zod';
import { letterClip } from '@desk/common/voice';
import { parseJalaliDate } from '@desk/common';

const name = z.string().trim().min(2).max(300);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const day = z.object({ open: hhmm, close: hhmm }).refine((d) => d.open < d.close).nullable();

export const DepartmentInput = z.object({ name, nameEn: z.string().trim().max(300).optional() });

export const ServiceInput = z
  .object({
    name,
    nameEn: z.string().trim().max(300).optional(),
    departmentId: z.string().min(1),
    prefix: z.string().trim().max(3).refine((p) => p === '' || letterClip(p) !== null),
    rangeStart: z.number().int().min(1).max(999),
    rangeEnd: z.number().int().min(1).max(999),
    weight: z.number().int().min(1).max(10),
    allowsPriority: z.boolean(),
    active: z.boolean(),
  })
  .refine((s) => s.rangeStart <= s.rangeEnd);

export const CounterInput = z.object({
  // the voice speaks 1–999 (common/src/voice.ts)
  number: z.number().int().min(1).max(999),
  name: z.string().trim().max(100).optional(),
  services: z.array(z.object({ serviceId: z.string().min(1), weight: z.number().int().min(1).max(10) })).max(200),
  active: z.boolean(),
});

export const StaffInput = z.object({
  username: z.string().trim().regex(/^[a-zA-Z0-9._-]{3,32}$/),
  displayName: name,
  role: z.enum(['clerk', 'supervisor', 'admin']),
  active: z.boolean(),
  password: z.string().min(8).max(200).optional(),
});

export const HoursInput = z.object({ sat: day, sun: day, mon: day, tue: day, wed: day, thu: day, fri: day });

/** Extra closed days, Jalali 'YYYY-MM-DD' (lunar holidays, closures announced by the governor). */
export const HolidaysInput = z.object({
  holidays: z
    .array(z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && parseJalaliDate(d) !== undefined))
    .max(400)
    .transform((days) => [...new Set(days)].sort()),
});

export const QueueSettingsInput = z.object({
  normalsPerPriority: z.number().int().min(0).max(20),
  recallsBeforeNoShow: z.number().int().min(0).max(10),
  defaultServiceMinutes: z.number().min(1).max(240),
  serviceTimeWindow: z.number().int().min(1).max(500),
  kioskIdleSeconds: z.number().int().min(10).max(600),
  autoPairLocalDevices: z.boolean(),
  enforceOpeningHours: z.boolean(),
});

export const DeviceInput = z.object({
  kind: z.enum(['kiosk', 'display']),
  name,
  counterId: z.string().min(1).optional(),
  /** A kiosk's printer: a server printer's id, 'local' (its Electron shell prints) or 'none'. */
  printer: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
});

/** Changing a paired device: everything but its kind. */
export const DeviceUpdate = DeviceInput.omit({ kind: true });

const FIELD_NAMES: Record<string, string> = {
  printer: 'چاپگر',
  holidays: 'تعطیلات (تاریخ شمسی درست به شکل ۱۴۰۵-۰۴-۰۳)',
  name: 'نام',
  departmentId: 'بخش',
  prefix: 'حرف پیشوند (یک حرف فارسی یا خالی)',
  rangeStart: 'شمارهٔ شروع (۱ تا ۹۹۹)',
  rangeEnd: 'شمارهٔ پایان (۱ تا ۹۹۹، نه کمتر از شروع)',
  weight: 'وزن (۱ تا ۱۰)',
  number: 'شمارهٔ باجه (۱ تا ۹۹)',
  services: 'خدمت‌ها',
  username: 'نام کاربری (۳ تا ۳۲ حرف لاتین یا رقم)',
  displayName: 'نام نمایشی',
  role: 'نقش',
  password: 'گذرواژه (دست‌کم ۸ نویسه)',
  kind: 'نوع دستگاه',
  code: 'کد',
  open: 'ساعت شروع',
  close: 'ساعت پایان',
};

/** «نام، شمارهٔ شروع» — the fields a person must fix. */
export function describeIssues(error: z.ZodError): string {
  const fields = new Set<string>();
  for (const issue of error.issues) {
    const key = [...issue.path].reverse().find((p) => typeof p === 'string' && FIELD_NAMES[p]) as string | undefined;
    const day = issue.path.find((p) => typeof p === 'string' && ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'].includes(p));
    fields.add(key ? FIELD_NAMES[key]! : day ? `ساعت کاری (${String(day)})` : issue.path.length ? issue.path.join('.') : 'داده‌ها');
  }
  return [...fields].join('، ');
}
