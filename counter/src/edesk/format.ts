// How the e-desk writes dates, codes, units, steps and form values for a clerk:
// Jalali dates in Tehran time, Persian digits in Persian, English names in English.
import {
  formatDuration,
  formatJalaliDate,
  formatTime,
  formatTrackingCode,
  jalaliToGregorian,
  parseJalaliDate,
  toLatinDigits,
  type Case,
  type FormField,
  type Lang,
  type ServiceDefinition,
  type Unit,
  type WorkflowStep,
} from '@desk/common';
import { localDigits } from '../i18n';
import type { EdeskCatalogue, EdeskService } from './api';

export function jalaliDate(at: string | undefined, lang: Lang): string {
  return at ? formatJalaliDate(at, lang) : '—';
}

/** «۳ آذر ۱۴۰۵، ۱۰:۳۰» */
export function jalaliDateTime(at: string | undefined, lang: Lang): string {
  if (!at) return '—';
  return `${formatJalaliDate(at, lang)}${lang === 'fa' ? '، ' : ', '}${formatTime(at, lang)}`;
}

export function trackingCode(code: string, lang: Lang): string {
  return formatTrackingCode(code, lang);
}

export function duration(minutes: number, lang: Lang): string {
  return formatDuration(minutes, lang);
}

export function unitName(catalogue: EdeskCatalogue | undefined, unitId: string, lang: Lang): string {
  const unit: Unit | undefined = catalogue?.units.find((u) => u.id === unitId);
  if (!unit) return unitId;
  return lang === 'en' && unit.nameEn ? unit.nameEn : localDigits(unit.name, lang);
}

export function serviceOf(catalogue: EdeskCatalogue | undefined, serviceId: string): EdeskService | undefined {
  return catalogue?.services.find((s) => s.serviceId === serviceId);
}

export function serviceTitle(catalogue: EdeskCatalogue | undefined, serviceId: string, lang: Lang): string {
  const s = serviceOf(catalogue, serviceId);
  if (!s) return serviceId;
  return lang === 'en' && s.nameEn ? s.nameEn : localDigits(s.name, lang);
}

export function workflowStep(def: ServiceDefinition | undefined, stepId: string): WorkflowStep | undefined {
  return def?.workflow.steps.find((s) => s.id === stepId);
}

export function stepTitle(def: ServiceDefinition | undefined, stepId: string, lang: Lang): string {
  const step = workflowStep(def, stepId);
  if (!step) return stepId;
  return lang === 'en' && step.titleEn ? step.titleEn : localDigits(step.title, lang);
}

export function fieldLabel(field: Pick<FormField, 'label' | 'labelEn'>, lang: Lang): string {
  return lang === 'en' && field.labelEn ? field.labelEn : field.label;
}

/** A stored form value as a person reads it: the option's label, digits in the reader's script. */
export function fieldValue(field: FormField | undefined, value: string, lang: Lang): string {
  if (field?.kind === 'select') {
    const option = field.options.find((o) => o.value === value);
    if (option) return lang === 'en' && option.labelEn ? option.labelEn : option.label;
  }
  return localDigits(value, lang);
}

export function fileSize(bytes: number, lang: Lang): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  const text = kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`;
  return localDigits(text, lang);
}

/**
 * A Jalali date («۱۴۰۵/۰۹/۱۰») and a time («۰۹:۳۰») at the office → ISO 8601 with
 * Tehran's offset (+03:30, no daylight saving since 1402); undefined when either is not valid.
 */
export function tehranIso(date: string, time: string): string | undefined {
  const j = parseJalaliDate(date);
  const m = /^(\d{1,2})\s*[:٫.]\s*(\d{2})$/.exec(toLatinDigits(time.trim()));
  if (!j || !m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  const g = jalaliToGregorian(j);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(g.year, 4)}-${pad(g.month)}-${pad(g.day)}T${pad(hour)}:${pad(minute)}:00+03:30`;
}

/** The definition a case is read with (the catalogue's; see the report for older versions). */
export function definitionFor(catalogue: EdeskCatalogue | undefined, c: Pick<Case, 'serviceId'>): EdeskService | undefined {
  return serviceOf(catalogue, c.serviceId);
}
